import type { Actor } from '@vinhdanh/domain/auth/policy';
import type { Tx } from '../../db/client';
import type { RequestContext } from '../../lib/context';
import { bumpVersion, findProposal, listItems, SYSTEM_USER_ID, transitionInTx } from '../proposals/index';
import { type ExternalDecision, externalDecisionEffect } from './decision-writes';

// The upper level's decision as it arrives in its signed decision package (modules/upper-level):
// recorded by the system, in the import's transaction, through the same writes as
// POST /decisions/external (decision register, awards with their money, the dossier DECIDED),
// with the same processing history and audit. No user acts, so there is no access check: the
// package's seal and its sender (the tenant's parent) were checked by the import.

/** The system as the actor: tenant-wide, every permission, no account (audit actor null). */
export const upperLevelActor = (tenantId: string): Actor => ({
  userId: SYSTEM_USER_ID,
  tenantId,
  roles: ['SYSTEM_ADMIN'],
  scopePath: '/',
});

export type UpperLevelOutcome =
  | { recorded: true; decisionId: string; awards: { itemId: string; awardId: string }[] }
  /** The dossier was no longer waiting for the upper level (recorded by hand, or not sent up). */
  | { recorded: false; state: string | null };

/**
 * Records the decision on the dossier, or rejects it when the upper level approved none of its
 * items. Idempotent by state: a dossier no longer PROPOSED_UP records nothing.
 */
export async function recordDecisionFromUpperLevel(
  tx: Tx,
  tenantId: string,
  proposalId: string,
  decision: ExternalDecision,
  refusal: string,
): Promise<UpperLevelOutcome> {
  const ctx: RequestContext = { actor: upperLevelActor(tenantId), requestId: `upper-level:${proposalId}` };
  const p = await findProposal(tx, tenantId, proposalId);
  if (p?.state !== 'PROPOSED_UP') return { recorded: false, state: p?.state ?? null };
  const locked = await bumpVersion(tx, tenantId, p.id, p.version);
  if (!locked) return { recorded: false, state: p.state };
  const approved = decision.approvedItemIds.length;
  const detail = {
    number: decision.number,
    issuer: decision.issuer,
    approvedItems: approved,
    fromPackage: true,
  };
  if (approved === 0) {
    await transitionInTx(tx, ctx, locked, {
      command: { type: 'reject', reason: refusal },
      detail,
      effect: async () => ({ rejectReason: refusal }),
    });
    return { recorded: true, decisionId: '', awards: [] };
  }
  let decisionId = '';
  await transitionInTx(tx, ctx, locked, {
    command: { type: 'recordExternalDecision', approvedItems: approved },
    detail,
    effect: externalDecisionEffect(ctx, decision, (d) => {
      decisionId = d.id;
    }),
  });
  const awards = (await listItems(tx, tenantId, p.id)).flatMap((i) =>
    i.awardId ? [{ itemId: i.id, awardId: i.awardId }] : [],
  );
  return { recorded: true, decisionId, awards };
}
