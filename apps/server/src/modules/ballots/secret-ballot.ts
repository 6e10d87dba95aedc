import type { Tx } from '../../db/client';
import type { RequestContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { appendAudit } from '../audit/audit.repository';

// The secret ballot (bỏ phiếu kín) shared by the council (ND 91, Điều 45) and the vote for a
// cluster's leading unit (suy tôn). Two tables per use, never one:
//   - a participation table "voter X has voted on Y", with no id, time or sequence;
//   - counters per choice, with no voter.
// Both are written in the caller's transaction, so a ballot is all or nothing. The audit event
// names the voter and what was voted on, never the choice.

export type SecretBallot = {
  /**
   * Inserts the participation row (on conflict do nothing) and says whether it was new. Its
   * primary key is what makes "one voter, one vote" hold under concurrency.
   */
  participate(tx: Tx): Promise<boolean>;
  /** Adds one to the chosen counter; the choice never reaches any other write. */
  tally(tx: Tx): Promise<void>;
  /** The audit event: `after` names the voter and the question only. */
  audit: { action: string; entityType: string; entityId: string; after: Record<string, string> };
};

/** Records one ballot, or refuses a second one with ALREADY_VOTED (nothing written then). */
export async function castSecretBallot(tx: Tx, ctx: RequestContext, ballot: SecretBallot) {
  if (!(await ballot.participate(tx))) throw new AppError('ALREADY_VOTED');
  await ballot.tally(tx);
  await appendAudit(tx, {
    tenantId: ctx.actor.tenantId,
    actorId: ctx.actor.userId,
    action: ballot.audit.action,
    entityType: ballot.audit.entityType,
    entityId: ballot.audit.entityId,
    after: ballot.audit.after,
    requestId: ctx.requestId,
  });
}

/** Tallies are shown only once the ballot is closed, so no one reads them change vote by vote. */
export const talliesIfClosed = <T extends object>(closed: boolean, tallies: T): Partial<T> =>
  closed ? tallies : {};
