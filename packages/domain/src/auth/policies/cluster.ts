import type { Actor, Decision } from '../policy';
import { decide } from '../policy';
import { decideLaunchedByUnit } from './unit-tree';

/** What the cluster policy needs: the tenant and the organising unit's path. */
export type ClusterFacts = { tenantId: string; organiserPath: string };

/** A cluster is managed inside the organiser's subtree, and read from its members below as well. */
export function clusterPolicy(
  actor: Actor,
  permission: 'cluster:read' | 'cluster:manage',
  c: ClusterFacts,
): Decision {
  return decideLaunchedByUnit(actor, permission, permission === 'cluster:read', {
    tenantId: c.tenantId,
    unitPath: c.organiserPath,
  });
}

/**
 * Proposing the vote's winner for the Cờ thi đua is a submission by the organiser unit (whose
 * council ran the vote): `proposal:submit` over the organiser's subtree.
 */
export function clusterLeaderProposalPolicy(
  actor: Actor,
  permission: 'proposal:submit',
  c: ClusterFacts,
): Decision {
  return decide(actor, permission, { tenantId: c.tenantId, unitPath: c.organiserPath });
}

/**
 * What the score sheet policy needs: the cluster, and the units of one sheet (who is scored, who
 * scores). A sheet whose assessor is the member itself is a self-score.
 */
export type ScoreSheetFacts = ClusterFacts & { memberPath: string; assessorPath: string; isSelf: boolean };

/** How the actor reaches a sheet: to score it, or to read it. */
export type ScoreSheetAs = 'SCORER' | 'READER';

/**
 * Scoring a sheet: a self-score needs `score:submit` over the member unit; a cross-score needs
 * `score:assess` over the assessing unit (whether that unit may cross-score at all, as the head or
 * a named assessor, is the service's NOT_CLUSTER_ASSESSOR).
 */
export function decideScorer(actor: Actor, s: ScoreSheetFacts): Decision {
  return s.isSelf
    ? decide(actor, 'score:submit', { tenantId: s.tenantId, unitPath: s.memberPath })
    : decide(actor, 'score:assess', { tenantId: s.tenantId, unitPath: s.assessorPath });
}

/** A sheet is read by whoever may score it, and by the readers of its cluster (the organiser, the council). */
export function scoreSheetPolicy(actor: Actor, s: ScoreSheetFacts, as: ScoreSheetAs): Decision {
  const scorer = decideScorer(actor, s);
  if (as === 'SCORER' || scorer.allowed) return scorer;
  return clusterPolicy(actor, 'cluster:read', s);
}
