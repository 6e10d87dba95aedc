import type { Config } from '../../config/config';
import type { Tx } from '../../db/client';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { PACKAGE_FORMAT, queuePackage, sealPackage, type UnsealedManifest } from '../exchange/index';
import { loadTenantSeal } from '../signing/index';
import { findIncomingDossier, type IncomingDossierRow, tenantParty } from './incoming-dossiers.repository';

// What the writes on an incoming dossier share: the row locked and checked in the write's
// transaction, and a reply (RETURN, DECISION) to the dossier's sender.

/**
 * The row again under a lock, in the write's transaction: the version the officer looked at must
 * still be the current one (a resend in between would be decided unseen), and the state must
 * allow the action.
 */
export async function lockForAction(
  tx: Tx,
  tenantId: string,
  id: string,
  expectedVersion: number,
  states: IncomingDossierRow['status'][],
) {
  const row = await findIncomingDossier(tx, tenantId, id, true);
  if (!row) throw new AppError('INCOMING_DOSSIER_NOT_FOUND');
  if (row.version !== expectedVersion) throw new AppError('INCOMING_DOSSIER_VERSION_CHANGED');
  if (!states.includes(row.status)) throw new AppError('INCOMING_DOSSIER_WRONG_STATE');
  return row;
}

export function assertItems(row: IncomingDossierRow, itemIds: (string | null)[]) {
  const known = new Set(row.manifest.dossier.items.map((i) => i.id));
  if (itemIds.some((i) => i !== null && !known.has(i))) throw new AppError('INCOMING_DOSSIER_UNKNOWN_ITEM');
}

/** A reply of this tenant to the dossier's sender, sealed with this tenant's seal and queued. */
export async function queueReply(
  tx: Tx,
  config: Config,
  actorId: string,
  row: IncomingDossierRow,
  body: Record<string, unknown>,
  files: Uint8Array[] = [],
) {
  const me = await tenantParty(tx, row.tenantId);
  const manifest = {
    format: PACKAGE_FORMAT,
    packageId: newId(),
    version: 1,
    createdAt: new Date().toISOString(),
    sender: me,
    recipient: { code: row.senderCode, name: row.senderName },
    inReplyTo: { packageId: row.packageId, version: row.version },
    dossierId: row.dossierId,
    ...body,
  } as UnsealedManifest;
  const envelope = await sealPackage(manifest, files, await loadTenantSeal(tx, config, row.tenantId));
  return queuePackage(tx, row.tenantId, envelope, { actorId });
}
