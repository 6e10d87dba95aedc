import type { Config } from '../../config/config';
import type { Db } from '../../db/client';
import { requireAccess } from '../../lib/access';
import type { RequestContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { storageFor } from '../../lib/storage';
import { appendAudit } from '../../platform/audit/append-audit';
import { presentIncomingDossier, presentSummary } from './incoming-dossier-view';
import {
  type Approval,
  findStoredFile,
  listIncomingDossiers,
  packageFiles,
  updateIncomingDossier,
} from './incoming-dossiers.repository';
import type { ApproveIncomingInput, ReturnIncomingInput } from './incoming-dossiers.schemas';
import { INCOMING_OFFICE, incomingDossierRef } from './incoming-dossiers-access';
import { assertItems, lockForAction, queueReply } from './incoming-replies';

/** Hồ sơ cấp dưới gửi lên: every incoming dossier of the tenant, newest first. */
export async function listIncoming(db: Db, ctx: RequestContext) {
  await requireAccess(db, ctx, 'proposal:read', INCOMING_OFFICE);
  return { items: (await listIncomingDossiers(db, ctx.actor.tenantId)).map(presentSummary) };
}

/** One incoming dossier: the sender's verdicts beside the receiver's own re-run, and what it may do. */
export async function getIncoming(db: Db, ctx: RequestContext, id: string) {
  const row = await requireAccess(db, ctx, 'proposal:read', incomingDossierRef(id));
  return presentIncomingDossier(db, ctx.actor, row);
}

/** A file of the dossier as received, or of the decision issued on it. */
export async function readIncomingFile(
  db: Db,
  dataDir: string,
  ctx: RequestContext,
  id: string,
  fileId: string,
) {
  const row = await requireAccess(db, ctx, 'proposal:read', incomingDossierRef(id));
  const received = await packageFiles(db, row.tenantId, row.packageRowId);
  const own = received.some((f) => f.id === fileId) || row.decision?.files.some((f) => f.fileId === fileId);
  const file = own ? await findStoredFile(db, row.tenantId, fileId) : undefined;
  if (!file) throw new AppError('INCOMING_DOSSIER_NOT_FOUND');
  return { name: file.name, mimeType: file.mimeType, bytes: await storageFor(dataDir).get(file.storageKey) };
}

/** Trả lại: the dossier goes back to its sender with structured reasons (a RETURN package). */
export async function returnIncoming(
  db: Db,
  config: Config,
  ctx: RequestContext,
  id: string,
  input: ReturnIncomingInput,
) {
  await requireAccess(db, ctx, 'proposal:appraise', incomingDossierRef(id));
  await db.transaction(async (tx) => {
    const row = await lockForAction(tx, ctx.actor.tenantId, id, input.expectedVersion, [
      'RECEIVED',
      'APPROVED',
    ]);
    assertItems(
      row,
      input.reasons.map((r) => r.itemId),
    );
    const outgoingId = await queueReply(tx, config, ctx.actor.userId, row, {
      kind: 'RETURN',
      reasons: input.reasons,
    });
    const entry = { at: new Date().toISOString(), version: row.version, reasons: input.reasons };
    await updateIncomingDossier(tx, row.tenantId, id, {
      status: 'RETURNED',
      returns: [...row.returns, entry],
    });
    await appendAudit(tx, {
      tenantId: row.tenantId,
      actorId: ctx.actor.userId,
      action: 'incomingDossier.return',
      entityType: 'incoming_dossier',
      entityId: id,
      before: { status: row.status },
      after: { status: 'RETURNED', version: row.version, reasons: input.reasons, outgoingId },
      requestId: ctx.requestId,
    });
  });
  return getIncoming(db, ctx, id);
}

/**
 * Chấp thuận: the receiver's answer per item (approved, or not with a reason). Once every item has
 * an answer the dossier is APPROVED and may be decided; a partial answer is kept.
 */
export async function approveIncoming(db: Db, ctx: RequestContext, id: string, input: ApproveIncomingInput) {
  await requireAccess(db, ctx, 'proposal:appraise', incomingDossierRef(id));
  await db.transaction(async (tx) => {
    const row = await lockForAction(tx, ctx.actor.tenantId, id, input.expectedVersion, [
      'RECEIVED',
      'APPROVED',
    ]);
    assertItems(
      row,
      input.items.map((i) => i.itemId),
    );
    if (input.items.some((i) => !i.approved && !i.reason))
      throw new AppError('INCOMING_DOSSIER_REASON_REQUIRED');
    const approvals: Record<string, Approval> = { ...row.approvals };
    for (const i of input.items) approvals[i.itemId] = { approved: i.approved, reason: i.reason ?? null };
    const complete = row.manifest.dossier.items.every((i) => approvals[i.id] !== undefined);
    const status = complete ? 'APPROVED' : row.status;
    await updateIncomingDossier(tx, row.tenantId, id, { approvals, status });
    await appendAudit(tx, {
      tenantId: row.tenantId,
      actorId: ctx.actor.userId,
      action: 'incomingDossier.approve',
      entityType: 'incoming_dossier',
      entityId: id,
      before: { status: row.status, approvals: row.approvals },
      after: { status, approvals, version: row.version },
      requestId: ctx.requestId,
    });
  });
  return getIncoming(db, ctx, id);
}
