import { buildBoard } from '@vinhdanh/domain/emulation/cluster-board';
import { maxTotal } from '@vinhdanh/domain/emulation/scoring';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  cluster,
  clusterLeadership,
  pledge,
  pledgeSignatory,
  scoringCriterion,
  scoringTemplate,
} from '../../db/schema/index';
import { requireAccess } from '../../lib/access';
import { authorize } from '../../lib/authorize';
import type { RequestContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { appendAudit } from '../../platform/audit/append-audit';
import { findUnitsByIds } from '../movements/index';
import { unitRef } from '../org-units/index';
import { clusterActions, clusterRef } from './cluster-access';
import { voteView } from './cluster-vote.view';
import {
  bumpCluster,
  findTemplate,
  listClusters,
  listLeadership,
  listMembers,
  listPledges,
  replaceMembers,
} from './clusters.repository';
import type {
  CreateClusterInput,
  ElectLeadershipInput,
  PledgeInput,
  TemplateInput,
  UpdateClusterInput,
} from './clusters.schemas';
import { listClusterScores } from './scores.repository';

/** Members, assessors, head and deputy must be units of the organiser's subtree. */
async function checkUnits(
  db: Db,
  ctx: RequestContext,
  organiserPath: string,
  ids: (string | null | undefined)[],
) {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  const units = await findUnitsByIds(db, ctx.actor.tenantId, wanted);
  if (
    units.length !== wanted.length ||
    units.some((u) => !u.path.startsWith(organiserPath) || u.status !== 'ACTIVE')
  ) {
    throw new AppError('INVALID_INPUT', [
      {
        path: 'memberUnitIds',
        message: 'Đơn vị thành viên phải đang hoạt động và thuộc phạm vi của đơn vị tổ chức',
      },
    ]);
  }
}

function mustBeMembers(members: string[], ...ids: (string | null | undefined)[]) {
  if (ids.some((id) => id && !members.includes(id))) throw new AppError('NOT_CLUSTER_MEMBER');
}

export async function getClusters(db: Db, ctx: RequestContext, year?: number) {
  authorize(ctx.actor, 'cluster:read');
  const rows = await listClusters(db, ctx.actor.tenantId, ctx.actor.scopePath, year);
  return rows.map((r) => ({
    id: r.cluster.id,
    year: r.cluster.year,
    name: r.cluster.name,
    kind: r.cluster.kind,
    organiserLevel: r.cluster.organiserLevel,
    headUnitName: r.headUnitName,
    memberCount: Number(r.memberCount),
    version: r.cluster.version,
  }));
}

export async function createCluster(db: Db, ctx: RequestContext, input: CreateClusterInput) {
  const organiser = await requireAccess(db, ctx, 'cluster:manage', unitRef(input.organiserUnitId));
  const members = [...new Set(input.memberUnitIds)];
  const assessors = input.assessorUnitIds ?? [];
  mustBeMembers(members, input.headUnitId, input.deputyUnitId, ...assessors);
  await checkUnits(db, ctx, organiser.path, members);
  const tenantId = ctx.actor.tenantId;
  const id = newId();
  await db.transaction(async (tx) => {
    const { memberUnitIds: _m, assessorUnitIds: _a, ...fields } = input;
    await tx.insert(cluster).values({ ...fields, tenantId, id });
    await replaceMembers(tx, tenantId, id, members, assessors);
    if (input.headUnitId) {
      await tx.insert(clusterLeadership).values({
        tenantId,
        id: newId(),
        clusterId: id,
        termYear: input.year,
        headUnitId: input.headUnitId,
        deputyUnitId: input.deputyUnitId ?? null,
        electedOn: `${input.year}-01-01`,
      });
    }
    await appendAudit(tx, {
      tenantId,
      actorId: ctx.actor.userId,
      action: 'cluster.create',
      entityType: 'cluster',
      entityId: id,
      after: input,
      requestId: ctx.requestId,
    });
  });
  return getCluster(db, ctx, id);
}

export async function updateCluster(db: Db, ctx: RequestContext, id: string, input: UpdateClusterInput) {
  const found = await requireAccess(db, ctx, 'cluster:manage', clusterRef(id));
  const c = found.cluster;
  const current = (await listMembers(db, c.tenantId, id)).map((m) => m.unitId);
  const members = input.memberUnitIds ? [...new Set(input.memberUnitIds)] : current;
  mustBeMembers(members, c.headUnitId, c.deputyUnitId, ...(input.assessorUnitIds ?? []));
  if (input.memberUnitIds) await checkUnits(db, ctx, found.organiserPath, members);
  const { version, memberUnitIds, assessorUnitIds, ...set } = input;
  await db.transaction(async (tx) => {
    const row = await bumpCluster(tx, c.tenantId, id, version, set);
    if (!row) throw new AppError('VERSION_CONFLICT');
    if (memberUnitIds || assessorUnitIds) {
      const assessors =
        assessorUnitIds ??
        (await listMembers(tx, c.tenantId, id)).filter((m) => m.isAssessor).map((m) => m.unitId);
      await replaceMembers(tx, c.tenantId, id, members, assessors);
    }
    await appendAudit(tx, {
      tenantId: c.tenantId,
      actorId: ctx.actor.userId,
      action: 'cluster.update',
      entityType: 'cluster',
      entityId: id,
      before: { name: c.name, tieBreak: c.tieBreak, outlierThreshold: c.outlierThreshold, members: current },
      after: input,
      requestId: ctx.requestId,
    });
  });
  return getCluster(db, ctx, id);
}

/** Records the year-end rotation: a new head and deputy; earlier terms stay in the history. */
export async function electLeadership(db: Db, ctx: RequestContext, id: string, input: ElectLeadershipInput) {
  const found = await requireAccess(db, ctx, 'cluster:manage', clusterRef(id));
  const c = found.cluster;
  const members = (await listMembers(db, c.tenantId, id)).map((m) => m.unitId);
  mustBeMembers(members, input.headUnitId, input.deputyUnitId);
  await db.transaction(async (tx) => {
    const row = await bumpCluster(tx, c.tenantId, id, input.version, {
      headUnitId: input.headUnitId,
      deputyUnitId: input.deputyUnitId ?? null,
    });
    if (!row) throw new AppError('VERSION_CONFLICT');
    await tx.insert(clusterLeadership).values({
      tenantId: c.tenantId,
      id: newId(),
      clusterId: id,
      termYear: input.termYear,
      headUnitId: input.headUnitId,
      deputyUnitId: input.deputyUnitId ?? null,
      electedOn: input.electedOn,
      note: input.note ?? null,
    });
    await appendAudit(tx, {
      tenantId: c.tenantId,
      actorId: ctx.actor.userId,
      action: 'cluster.elect',
      entityType: 'cluster',
      entityId: id,
      before: { headUnitId: c.headUnitId, deputyUnitId: c.deputyUnitId },
      after: input,
      requestId: ctx.requestId,
    });
  });
  return getCluster(db, ctx, id);
}

/** Sets the year's template; once a score exists the criteria are frozen (scores point at them). */
export async function putTemplate(db: Db, ctx: RequestContext, id: string, input: TemplateInput) {
  const found = await requireAccess(db, ctx, 'cluster:manage', clusterRef(id));
  const c = found.cluster;
  const existing = await findTemplate(db, c.tenantId, id, c.year);
  if (existing && (await listClusterScores(db, c.tenantId, id)).length) throw new AppError('TEMPLATE_IN_USE');
  await db.transaction(async (tx) => {
    const templateId = existing?.id ?? newId();
    if (existing) {
      await tx
        .delete(scoringCriterion)
        .where(and(eq(scoringCriterion.tenantId, c.tenantId), eq(scoringCriterion.templateId, templateId)));
      await tx
        .update(scoringTemplate)
        .set({ name: input.name, version: existing.version + 1 })
        .where(and(eq(scoringTemplate.tenantId, c.tenantId), eq(scoringTemplate.id, templateId)));
    } else {
      await tx
        .insert(scoringTemplate)
        .values({ tenantId: c.tenantId, id: templateId, clusterId: id, year: c.year, name: input.name });
    }
    await tx.insert(scoringCriterion).values(
      input.criteria.map((cr, position) => ({
        ...cr,
        tenantId: c.tenantId,
        id: newId(),
        templateId,
        position,
      })),
    );
    await appendAudit(tx, {
      tenantId: c.tenantId,
      actorId: ctx.actor.userId,
      action: 'cluster.template',
      entityType: 'scoring_template',
      entityId: templateId,
      before: existing ? { name: existing.name, criteria: existing.criteria.length } : null,
      after: input,
      requestId: ctx.requestId,
    });
  });
  return getCluster(db, ctx, id);
}

export async function addPledge(db: Db, ctx: RequestContext, id: string, input: PledgeInput) {
  const found = await requireAccess(db, ctx, 'cluster:manage', clusterRef(id));
  const c = found.cluster;
  const members = (await listMembers(db, c.tenantId, id)).map((m) => m.unitId);
  mustBeMembers(members, ...input.signatories.map((s) => s.unitId));
  const pledgeId = newId();
  await db.transaction(async (tx) => {
    await tx.insert(pledge).values({
      tenantId: c.tenantId,
      id: pledgeId,
      clusterId: id,
      title: input.title,
      content: input.content ?? null,
      signedOn: input.signedOn,
    });
    const signers = new Map(input.signatories.map((s) => [s.unitId, s]));
    await tx.insert(pledgeSignatory).values(
      [...signers.values()].map((s) => ({
        tenantId: c.tenantId,
        pledgeId,
        unitId: s.unitId,
        signerName: s.signerName,
        signerTitle: s.signerTitle ?? null,
      })),
    );
    await appendAudit(tx, {
      tenantId: c.tenantId,
      actorId: ctx.actor.userId,
      action: 'cluster.pledge',
      entityType: 'pledge',
      entityId: pledgeId,
      after: input,
      requestId: ctx.requestId,
    });
  });
  return getCluster(db, ctx, id);
}

export async function getCluster(db: Db, ctx: RequestContext, id: string) {
  const found = await requireAccess(db, ctx, 'cluster:read', clusterRef(id));
  const c = found.cluster;
  // One query at a time: `db` may be a transaction (pg 9 refuses concurrent queries on one client).
  const members = await listMembers(db, c.tenantId, id);
  const leadership = await listLeadership(db, c.tenantId, id);
  const template = await findTemplate(db, c.tenantId, id, c.year);
  const pledges = await listPledges(db, c.tenantId, id);
  const cells = await listClusterScores(db, c.tenantId, id);
  const names = new Map(members.map((m) => [m.unitId, m.name]));
  const vote = await voteView(db, ctx, c, members);
  const board = buildBoard(
    template?.criteria ?? [],
    members.map((m) => ({ unitId: m.unitId, name: m.name })),
    cells,
    c.tieBreak,
    c.outlierThreshold,
  );
  return {
    id: c.id,
    year: c.year,
    name: c.name,
    kind: c.kind,
    organiserLevel: c.organiserLevel,
    organiserUnitId: c.organiserUnitId,
    organiserUnitName: found.organiserName,
    headUnitId: c.headUnitId,
    headUnitName: c.headUnitId ? (names.get(c.headUnitId) ?? null) : null,
    deputyUnitId: c.deputyUnitId,
    leadingUnitId: c.leadingUnitId,
    leadingUnitName: c.leadingUnitId ? (names.get(c.leadingUnitId) ?? null) : null,
    regulationRef: c.regulationRef,
    tieBreak: c.tieBreak,
    outlierThreshold: c.outlierThreshold,
    memberCount: members.length,
    version: c.version,
    members: members.map((m) => ({
      id: m.unitId,
      name: m.name,
      isAssessor: m.isAssessor,
      isHead: m.unitId === c.headUnitId,
      isDeputy: m.unitId === c.deputyUnitId,
    })),
    leadership,
    template: template
      ? {
          id: template.id,
          name: template.name,
          maxTotal: maxTotal(template.criteria),
          criteria: template.criteria.map(({ id: cid, groupName, code, name, kind, maxPoints }) => ({
            id: cid,
            groupName,
            code,
            name,
            kind,
            maxPoints,
          })),
        }
      : null,
    pledges,
    vote,
    allowedActions: clusterActions(ctx.actor, found),
    board: {
      ranking: board.ranking.map((r) => ({
        unitId: r.unitId,
        unitName: r.unitName,
        rank: r.rank,
        total: r.total,
        selfTotal: r.selfTotal,
        crossTotal: r.crossTotal,
        selfStatus: r.selfStatus,
        crossSheets: r.crossSheets,
      })),
      notSubmitted: board.notSubmitted.map((m) => ({ id: m.unitId, name: m.name })),
      submittedCount: members.length - board.notSubmitted.length,
      outliers: board.outliers.map((o) => ({
        assessorUnitName: names.get(o.assessorId) ?? '',
        memberUnitName: names.get(o.memberId) ?? '',
        total: o.total,
        median: o.median,
        deviation: o.deviation,
      })),
    },
  };
}
