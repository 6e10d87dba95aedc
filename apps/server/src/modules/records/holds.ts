import type { HoldReason } from '@vinhdanh/domain/rules/types';
import type { Db, Tx } from '../../db/client';
import type { RequestContext } from '../../lib/context';
import { newId } from '../../lib/ids';
import { appendAudit } from '../../platform/audit/append-audit';
import { findAward } from './awards.repository';
import { findHold, insertHold, updateHoldRow } from './conduct.repository';
import { auditBase } from './subject';

// Holds and awards as other modules' cases reach them (an inspection finding): the caller has
// already checked its own permission on the subject's scope, and names its case in the audit
// event (`cause`), so the hold's history says why it was opened and closed.

/** Opens a hold on a person or collective, inside the caller's transaction; returns its id. */
export async function placeHold(
  tx: Tx,
  ctx: RequestContext,
  input: { subjectId: string; reason: HoldReason; fromDate: string; note: string; cause: object },
) {
  const row = {
    tenantId: ctx.actor.tenantId,
    id: newId(),
    subjectId: input.subjectId,
    reason: input.reason,
    fromDate: input.fromDate,
    toDate: null,
    note: input.note,
    closedReason: null,
    version: 1,
  };
  await insertHold(tx, row);
  const { tenantId: _t, ...after } = row;
  await appendAudit(tx, {
    ...auditBase(ctx, 'hold', row.id),
    action: 'hold.open',
    after: { ...after, ...input.cause },
  });
  return row.id;
}

/** Closes the hold if it is still open (a hold closed by hand stays as it was); true when closed now. */
export async function releaseHold(
  tx: Tx,
  ctx: RequestContext,
  holdId: string,
  input: { toDate: string; closedReason: string; cause: object },
) {
  const hold = await findHold(tx, ctx.actor.tenantId, holdId);
  if (!hold || hold.toDate !== null) return false;
  // The hold may have been opened later than "today" by hand: never close it before it opened.
  const toDate = input.toDate < hold.fromDate ? hold.fromDate : input.toDate;
  const closed = await updateHoldRow(tx, ctx.actor.tenantId, hold.id, hold.version, {
    toDate,
    closedReason: input.closedReason,
  });
  await appendAudit(tx, {
    ...auditBase(ctx, 'hold', hold.id),
    action: 'hold.close',
    before: { toDate: null },
    after: { toDate: closed?.toDate ?? toDate, closedReason: input.closedReason, ...input.cause },
  });
  return closed !== undefined;
}

/** What another module shows of an award: whose it is, which, which year, and whether revoked. */
export async function findAwardBrief(db: Db | Tx, tenantId: string, id: string) {
  const row = await findAward(db, tenantId, id);
  return (
    row && {
      id: row.id,
      subjectId: row.subjectId,
      awardCode: row.awardCode,
      year: row.year,
      decisionId: row.decisionId,
      isRevoked: row.isRevoked,
      revocationGround: row.revocationGround,
    }
  );
}
