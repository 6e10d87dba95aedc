import type { Permission } from '../permissions';
import { type Actor, type Decision, decide } from '../policy';

/**
 * Whose unit a proposal command is checked against: the submitting unit, the office now holding
 * the dossier (the route's current level), or the deciding level (the route's last).
 */
export type ProposalActing = 'SUBMITTER' | 'OFFICE' | 'DECIDER';

/**
 * How the actor reaches the proposal: as one of the acting units, or as a reader, who may be
 * in the submitting unit's subtree or at the office on the route holding it (an office reads a
 * dossier sent up to it, though the submitting unit is outside its subtree).
 */
export type ProposalAs = ProposalActing | 'READER';

/** What the proposal policy needs: the tenant and the paths of the units acting on it. */
export type ProposalFacts = {
  tenantId: string;
  /** Path of each acting unit; a unit no longer found stands as "/" (no one's scope but the root's). */
  paths: Record<ProposalActing, string>;
};

export function proposalPolicy(
  actor: Actor,
  permission: Permission,
  p: ProposalFacts,
  as: ProposalAs,
): Decision {
  const at = (acting: ProposalActing) =>
    decide(actor, permission, { tenantId: p.tenantId, unitPath: p.paths[acting] });
  if (as !== 'READER') return at(as);
  const asSubmitter = at('SUBMITTER');
  return asSubmitter.allowed ? asSubmitter : at('OFFICE');
}
