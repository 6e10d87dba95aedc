import {
  clusterLeaderProposalPolicy,
  clusterPolicy,
  decideScorer,
  type ScoreSheetAs,
  scoreSheetPolicy,
} from '@vinhdanh/domain/auth/policies/cluster';
import { type Actor, decide } from '@vinhdanh/domain/auth/policy';
import type { Db, Tx } from '../../db/client';
import { allowedActions, type EntityRef, isAllowed } from '../../lib/access';
import { AppError } from '../../lib/errors';
import { findCluster, findTemplate, listMembers } from './clusters.repository';
import { findScore, type ScoreRow } from './scores.repository';

type Found = NonNullable<Awaited<ReturnType<typeof findCluster>>>;
type LoadedCluster = Found & { tenantId: string };

/**
 * The cluster for requireAccess: managed inside the organiser's subtree, read from its member
 * units below as well (the domain's cluster policy).
 */
export function clusterRef(id: string): EntityRef<LoadedCluster, 'cluster:read' | 'cluster:manage'> {
  return {
    load: async (db, tenantId) => {
      const found = await findCluster(db, tenantId, id);
      return found && { ...found, tenantId: found.cluster.tenantId };
    },
    notFound: 'CLUSTER_NOT_FOUND',
    policy: clusterPolicy,
  };
}

/**
 * The cluster for proposing its vote's winner (the organiser unit submits the proposal): the
 * role's permission before the load, as that route always checked it, then the organiser's scope.
 */
export function clusterLeaderRef(id: string): EntityRef<LoadedCluster, 'proposal:submit'> {
  return {
    load: clusterRef(id).load,
    notFound: 'CLUSTER_NOT_FOUND',
    policy: clusterLeaderProposalPolicy,
    precheck: decide,
  };
}

/**
 * The cluster's actions, each decided as the route performing it decides: the same permission
 * through the same ref its service passes to requireAccess. Scoring is the sheet's
 * (scoreSheetRef) and voting the voter unit's: neither is the cluster's.
 */
export const CLUSTER_ACTIONS = {
  /** Edit, elect the head, record a pledge, save the template, open and close the vote (clusters, cluster-vote). */
  manage: (actor: Actor, c: LoadedCluster) => isAllowed(actor, 'cluster:manage', clusterRef(c.cluster.id), c),
  /** Propose the vote's winner for the Cờ thi đua (cluster-vote proposeLeader). */
  proposeLeader: (actor: Actor, c: LoadedCluster) =>
    isAllowed(actor, 'proposal:submit', clusterLeaderRef(c.cluster.id), c),
} satisfies Record<string, (actor: Actor, c: LoadedCluster) => boolean>;

export type ClusterAction = keyof typeof CLUSTER_ACTIONS;

/** What the actor may do on a cluster already loaded by clusterRef. */
export function clusterActions(actor: Actor, found: LoadedCluster): Record<ClusterAction, boolean> {
  return allowedActions(CLUSTER_ACTIONS, (decideAction) => decideAction(actor, found));
}

/** One score sheet: who is scored (the member unit) and who scores (the assessing unit). */
export type Sheet = { memberUnitId: string; assessorUnitId: string };

/**
 * A score sheet for requireAccess, reached to score it or to read it (the domain's score sheet
 * policy): which permission it needs depends on the sheet, a self-score or a cross-score, so the
 * one decision replaces trying the scorer's check and falling back to the cluster's readers.
 * The permission named at the call is `score:submit` for scoring (a cross-score sheet asks
 * `score:assess` of the assessing unit instead) and `cluster:read` for reading. A unit of the
 * sheet that is not a member is NOT_CLUSTER_MEMBER, before the decision, as it always was; the
 * template is loaded here and checked by the caller after the decision.
 */
export function scoreSheetRef(
  clusterId: string,
  sheet: Sheet,
  as: ScoreSheetAs,
): EntityRef<LoadedSheet, 'score:submit' | 'cluster:read'> {
  return {
    load: (db, tenantId) => loadSheet(db, tenantId, clusterId, sheet),
    notFound: 'CLUSTER_NOT_FOUND',
    policy: (actor, _permission, s) => scoreSheetPolicy(actor, s, as),
  };
}

/** The sheet of one existing score, to score it (editing a cell, adding evidence). */
export function scoreRef(id: string): EntityRef<LoadedSheet & { row: ScoreRow }, 'score:submit'> {
  return {
    load: async (db, tenantId) => {
      const row = await findScore(db, tenantId, id);
      if (!row) throw new AppError('SCORE_NOT_FOUND');
      const s = await loadSheet(db, tenantId, row.clusterId, row);
      if (!s) throw new AppError('CLUSTER_NOT_FOUND');
      return { ...s, row };
    },
    notFound: 'SCORE_NOT_FOUND',
    policy: (actor, _permission, s) => scoreSheetPolicy(actor, s, 'SCORER'),
  };
}

async function loadSheet(db: Db | Tx, tenantId: string, clusterId: string, sheet: Sheet) {
  const found = await findCluster(db, tenantId, clusterId);
  if (!found) return undefined;
  const c = found.cluster;
  const members = await listMembers(db, c.tenantId, clusterId);
  const member = members.find((m) => m.unitId === sheet.memberUnitId);
  const assessor = members.find((m) => m.unitId === sheet.assessorUnitId);
  if (!member || !assessor) throw new AppError('NOT_CLUSTER_MEMBER');
  const isSelf = sheet.memberUnitId === sheet.assessorUnitId;
  return {
    cluster: c,
    tenantId: c.tenantId,
    organiserPath: found.organiserPath,
    memberPath: member.path,
    assessorPath: assessor.path,
    isSelf,
    kind: isSelf ? ('SELF' as const) : ('CROSS' as const),
    /** A cross-score is given by the cluster's head or a named assessor only. */
    assessorMayScore: isSelf || assessor.isAssessor || c.headUnitId === assessor.unitId,
    template: await findTemplate(db, c.tenantId, clusterId, c.year),
  };
}

export type LoadedSheet = NonNullable<Awaited<ReturnType<typeof loadSheet>>>;

/**
 * What follows the decision, in the order it always had: an actor who may score the sheet
 * (whether scoring or reading it) but whose unit may not cross-score is NOT_CLUSTER_ASSESSOR, and
 * a cluster without a template for its year is TEMPLATE_NOT_FOUND.
 */
export function sheetTemplate(actor: Actor, s: LoadedSheet) {
  if (!s.assessorMayScore && decideScorer(actor, s).allowed) throw new AppError('NOT_CLUSTER_ASSESSOR');
  if (!s.template) throw new AppError('TEMPLATE_NOT_FOUND');
  return s.template;
}
