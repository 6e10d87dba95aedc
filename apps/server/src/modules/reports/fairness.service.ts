import { tenantRootPath } from '@vinhdanh/domain/auth/policy';
import { type FairnessIndicator, INDICATOR_DEFS } from '@vinhdanh/domain/reports/fairness-indicators';
import { buildFairnessView } from '@vinhdanh/domain/reports/fairness-view';
import { allOf } from '@vinhdanh/domain/reports/report-filter';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { reportTarget } from '../../db/schema/index';
import { requireAccess } from '../../lib/access';
import { authorize } from '../../lib/authorize';
import type { RequestContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { appendAudit } from '../../platform/audit/append-audit';
import { AWARD_LEVEL_SQL, fairnessFigures } from './fairness.repository';
import type { FairnessQuery, FairnessRecordsQuery, TargetsInput } from './fairness.schemas';
import { AWARD_FIELDS } from './report-facts.repository';
import { filterToSql } from './report-filter.sql';
import { listFactRecords } from './report-records.repository';
import { reportScopeRef } from './report-scope';
import { presentRecord } from './reports.service';

async function loadTargets(db: Db, tenantId: string): Promise<Partial<Record<FairnessIndicator, number>>> {
  const rows = await db.select().from(reportTarget).where(eq(reportTarget.tenantId, tenantId));
  return Object.fromEntries(rows.map((r) => [r.indicator, r.targetPct]));
}

/** Shares of awards to direct workers, women, minorities, grassroots units and leaders, with targets. */
export async function getFairnessView(db: Db, ctx: RequestContext, query: FairnessQuery) {
  const scope = await requireAccess(db, ctx, 'report:read', reportScopeRef(query.unitId));
  const facts = {
    tenantId: ctx.actor.tenantId,
    pathPrefix: scope.path,
    yearFrom: query.yearFrom,
    yearTo: query.yearTo,
  };
  const { rows, units } = await fairnessFigures(db, { ...facts, unitId: scope.unitId });
  const years = Array.from({ length: query.yearTo - query.yearFrom + 1 }, (_, i) => query.yearFrom + i);
  const view = buildFairnessView({ years, rows, units, targets: await loadTargets(db, ctx.actor.tenantId) });
  return {
    yearFrom: query.yearFrom,
    yearTo: query.yearTo,
    unitId: scope.unitId,
    unitName: scope.unitName,
    indicators: view.indicators.map((i) => ({
      ...i,
      label: INDICATOR_DEFS[i.key].label,
      baseLabel: INDICATOR_DEFS[i.key].baseLabel,
    })),
    units: view.units,
  };
}

/**
 * The awards behind a share. They name people by a sensitive trait (ethnicity, gender), so the
 * list needs the permission to reveal sensitive fields, and every opening is audited.
 */
export async function getFairnessRecords(db: Db, ctx: RequestContext, query: FairnessRecordsQuery) {
  const scope = await requireAccess(db, ctx, 'report:read', reportScopeRef(query.unitId));
  authorize(ctx.actor, 'person:readSensitive', { tenantId: ctx.actor.tenantId, path: scope.path });
  const member = filterToSql(allOf(INDICATOR_DEFS[query.indicator].member), AWARD_FIELDS);
  const condition = query.level ? sql`${member} AND ${AWARD_LEVEL_SQL} = ${query.level}` : member;
  const facts = {
    tenantId: ctx.actor.tenantId,
    pathPrefix: scope.path,
    yearFrom: query.yearFrom,
    yearTo: query.yearTo,
  };
  const { rows, total } = await listFactRecords(
    db,
    'AWARD',
    facts,
    condition,
    query.pageSize,
    (query.page - 1) * query.pageSize,
  );
  await appendAudit(db, {
    tenantId: ctx.actor.tenantId,
    actorId: ctx.actor.userId,
    action: 'report.fairnessRecords',
    entityType: 'org_unit',
    entityId: scope.unitId,
    after: {
      indicator: query.indicator,
      level: query.level ?? null,
      yearFrom: query.yearFrom,
      yearTo: query.yearTo,
    },
    requestId: ctx.requestId,
  });
  return {
    items: rows.map(presentRecord),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** Sets the tenant's targets (tenant administrators at the root); null removes one. Audited. */
export async function saveTargets(db: Db, ctx: RequestContext, input: TargetsInput) {
  authorize(ctx.actor, 'report:manage', { tenantId: ctx.actor.tenantId, path: tenantRootPath(ctx.actor) });
  if (ctx.actor.scopePath !== tenantRootPath(ctx.actor)) throw new AppError('FORBIDDEN');
  return db.transaction(async (tx) => {
    const before = await loadTargets(tx as unknown as Db, ctx.actor.tenantId);
    for (const [indicator, value] of Object.entries(input)) {
      if (value === undefined) continue;
      await tx
        .delete(reportTarget)
        .where(
          sql`${reportTarget.tenantId} = ${ctx.actor.tenantId} AND ${reportTarget.indicator} = ${indicator}`,
        );
      if (value !== null) {
        await tx
          .insert(reportTarget)
          .values({ tenantId: ctx.actor.tenantId, indicator, targetPct: value, updatedBy: ctx.actor.userId });
      }
    }
    const after = await loadTargets(tx as unknown as Db, ctx.actor.tenantId);
    await appendAudit(tx, {
      tenantId: ctx.actor.tenantId,
      actorId: ctx.actor.userId,
      action: 'report.targets',
      entityType: 'tenant',
      entityId: ctx.actor.tenantId,
      before,
      after,
      requestId: ctx.requestId,
    });
    return { targets: after as Record<string, number> };
  });
}
