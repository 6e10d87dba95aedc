import type { Permission } from '@vinhdanh/domain/auth/permissions';
import {
  type ProposalActing,
  type ProposalAs,
  proposalPolicy,
} from '@vinhdanh/domain/auth/policies/proposal';
import { type Actor, decide } from '@vinhdanh/domain/auth/policy';
import type { Db, Tx } from '../../db/client';
import { allowedActions, type EntityRef, isAllowed } from '../../lib/access';
import { findProposal, type ProposalRow, unitPaths } from './proposals.repository';

export type { ProposalActing as Acting } from '@vinhdanh/domain/auth/policies/proposal';

export function actingUnitId(p: ProposalRow, acting: ProposalActing): string {
  if (acting === 'SUBMITTER') return p.submittingUnitId;
  if (acting === 'OFFICE') return p.levels[p.levelIndex] ?? p.submittingUnitId;
  return p.levels[p.levels.length - 1] ?? p.submittingUnitId;
}

const ACTING: ProposalActing[] = ['SUBMITTER', 'OFFICE', 'DECIDER'];

/**
 * The proposal for requireAccess, reached as `as` (the domain's proposal policy). The role's
 * permission is checked before the load, so an actor without it is refused whether or not the
 * id exists.
 */
type Loaded = ProposalRow & { paths: Record<ProposalActing, string> };

/** The paths of the units acting on a loaded proposal: what its policy decides on. */
async function withPaths(db: Db | Tx, tenantId: string, p: ProposalRow): Promise<Loaded> {
  const known = await unitPaths(db, tenantId, [...new Set(ACTING.map((a) => actingUnitId(p, a)))]);
  const pathOf = (a: ProposalActing) => known.get(actingUnitId(p, a)) ?? '/';
  return {
    ...p,
    paths: { SUBMITTER: pathOf('SUBMITTER'), OFFICE: pathOf('OFFICE'), DECIDER: pathOf('DECIDER') },
  };
}

export function proposalRef(id: string, as: ProposalAs): EntityRef<Loaded> {
  return {
    load: async (db, tenantId) => {
      const p = await findProposal(db, tenantId, id);
      return p && withPaths(db, tenantId, p);
    },
    notFound: 'PROPOSAL_NOT_FOUND',
    policy: (actor, permission, p) => proposalPolicy(actor, permission, p, as),
    precheck: decide,
  };
}

/**
 * The proposal's actions and the rule of the route performing each: the permission and the unit
 * it is checked against, as the services' requireAccess calls pass them to proposalRef.
 */
export const PROPOSAL_ACTIONS = {
  /** Edit the nominees and components, submit for review, submit (proposal-transitions, proposal-components). */
  submit: ['proposal:submit', 'SUBMITTER'],
  /** Receive, forward, appraise, return, reject, public comment, council (proposal-transitions, public-comment). */
  appraise: ['proposal:appraise', 'OFFICE'],
  /** Confirm the generated minutes (minutes-confirmation). */
  confirmMinutes: ['minutes:confirm', 'SUBMITTER'],
  /** Issue the decision, or record the upper level's (decisions). */
  issueDecision: ['decision:issue', 'DECIDER'],
  /** Revoke an award the decision granted (decisions). */
  revokeAward: ['decision:revoke', 'DECIDER'],
  /**
   * Send the dossier to the upper level as a package, or resend it after a return (upper-level):
   * the office holding it at the last level. The state (PROPOSED_UP, not sent or returned) is the page's.
   */
  sendUp: ['proposal:appraise', 'OFFICE'],
  /** Download the dossier's documents, e.g. the Tờ trình (documents/proposal-letter). */
  generateDocuments: ['document:generate', 'READER'],
} as const satisfies Record<string, readonly [Permission, ProposalAs]>;

export type ProposalAction = keyof typeof PROPOSAL_ACTIONS;

/** What the actor may do on the proposal, decided by proposalRef's policy as each route does. */
export async function proposalActions(
  db: Db | Tx,
  actor: Actor,
  p: ProposalRow,
): Promise<Record<ProposalAction, boolean>> {
  const loaded = await withPaths(db, actor.tenantId, p);
  return allowedActions(PROPOSAL_ACTIONS, ([permission, as]) =>
    isAllowed(actor, permission, proposalRef(p.id, as), loaded),
  );
}
