import type { Config } from '../../config/config';
import type { Db } from '../../db/client';
import { requireAccess } from '../../lib/access';
import { authorize } from '../../lib/authorize';
import type { RequestContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { outgoingEnvelope, packagesOfDossier, queuePackage, sealPackage } from '../exchange/index';
import { bumpVersion, listItems, proposalRef, recordUpperLevelStep } from '../proposals/index';
import { loadTenantSeal } from '../signing/index';
import { tenantWithParent } from '../tenants/index';
import { buildDossierManifest, proposedUp } from './dossier-manifest';
import type { SendUpInput } from './upper-level.schemas';
import { upperLevelFrom } from './upper-level-view';

// Sending a dossier decided above the tenant (PROPOSED_UP) to the upper level as a sealed package
// (docs/interop.md): the first time as version 1 of a new package id, after a return as the next
// version of the same package id. The package is written with its outbox message, the dossier's
// history step and the audit event in one transaction; the outbox delivers it.

async function sealOf(db: Db, config: Config, tenantId: string) {
  try {
    return await loadTenantSeal(db, config, tenantId);
  } catch (error) {
    if (error instanceof AppError && error.code === 'SIGNING_NOT_CONFIGURED')
      throw new AppError('UPPER_LEVEL_SEAL_REQUIRED');
    throw error;
  }
}

export async function sendUp(
  db: Db,
  config: Config,
  ctx: RequestContext,
  proposalId: string,
  input: SendUpInput,
) {
  const p = await requireAccess(db, ctx, 'proposal:appraise', proposalRef(proposalId, 'OFFICE'));
  const tenantId = ctx.actor.tenantId;
  if (p.state !== 'PROPOSED_UP') throw new AppError('INVALID_TRANSITION');
  if (p.version !== input.expectedVersion) throw new AppError('VERSION_CONFLICT');
  const parties = await tenantWithParent(db, tenantId);
  if (!parties?.parent) throw new AppError('PACKAGE_NO_PARENT');
  const rows = await packagesOfDossier(db, tenantId, p.id);
  const shown = upperLevelFrom(rows);
  if (shown && shown.status !== 'RETURNED') throw new AppError('UPPER_LEVEL_ALREADY_SENT');
  if ((await listItems(db, tenantId, p.id)).filter(proposedUp).length === 0)
    throw new AppError('UPPER_LEVEL_NOTHING_TO_SEND');
  const first = rows.find((r) => r.direction === 'OUT');
  const ids = { packageId: first?.packageId ?? newId(), version: (shown?.version ?? 0) + 1 };
  const identity = await sealOf(db, config, tenantId);
  const { manifest, files } = await buildDossierManifest(
    db,
    config.dataDir,
    p,
    { sender: parties.self, recipient: parties.parent },
    ids,
  );
  const envelope = await sealPackage(manifest, files, identity);
  const id = await db.transaction(async (tx) => {
    // The dossier's version guards against two sends at once (and a change since it was read).
    if (!(await bumpVersion(tx, tenantId, p.id, input.expectedVersion)))
      throw new AppError('VERSION_CONFLICT');
    const outgoingId = await queuePackage(tx, tenantId, envelope, {
      actorId: ctx.actor.userId,
      proposalId: p.id,
    });
    await recordUpperLevelStep(tx, {
      tenantId,
      proposalId: p.id,
      command: 'sendUp',
      state: p.state,
      actorId: ctx.actor.userId,
      detail: { packageId: ids.packageId, version: ids.version, recipient: parties.parent?.code },
      notify: [],
    });
    return outgoingId;
  });
  return { exchange: { id, status: 'SENDING' as const, version: ids.version } };
}

/** The package as a file (the paper or e-mail route): whoever may read the dossier may download it. */
export async function downloadOutgoing(db: Db, ctx: RequestContext, outgoingId: string) {
  // The role first; the dossier the package carries decides the scope.
  authorize(ctx.actor, 'proposal:read');
  const row = await outgoingEnvelope(db, ctx.actor.tenantId, outgoingId);
  if (!row?.proposalId) throw new AppError('PACKAGE_NOT_FOUND');
  await requireAccess(db, ctx, 'proposal:read', proposalRef(row.proposalId, 'READER'));
  return { fileName: `goi-ho-so-${row.packageId.slice(0, 8)}-v${row.version}.json`, body: row.envelope };
}
