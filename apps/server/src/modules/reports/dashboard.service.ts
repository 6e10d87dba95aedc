import { hasPermission } from '@vinhdanh/domain/auth/policy';
import { AWARD_LEVELS } from '@vinhdanh/domain/reports/award-levels';
import type { Db } from '../../db/client';
import { requireAccess } from '../../lib/access';
import type { RequestContext } from '../../lib/context';
import { getFundYears } from '../fund/index';
import { awardsByYearAndLevel, eligibleNotProposed, proposalQueue } from './dashboard.repository';
import { getFairnessView } from './fairness.service';
import { reportScopeRef } from './report-scope';

const TREND_YEARS = 5;

/**
 * What each role needs on its first page, for the actor's subtree: awards this year against last
 * and the eligible not yet proposed (officer), the dossier queue (appraiser), the year's awards by
 * level with their money and what the fund paid (leader), the fairness shares (administrator). Blocks the actor may not
 * see are left out.
 */
export async function getDashboard(db: Db, ctx: RequestContext, year: number, today: string) {
  const scope = await requireAccess(db, ctx, 'report:read', reportScopeRef(undefined));
  const facts = {
    tenantId: ctx.actor.tenantId,
    pathPrefix: scope.path,
    yearFrom: year - TREND_YEARS + 1,
    yearTo: year,
  };
  const rows = await awardsByYearAndLevel(db, facts);
  const at = (y: number, level: string) => rows.find((r) => Number(r.year) === y && r.level === level);
  const awardsByLevel = AWARD_LEVELS.map((level) => ({
    level,
    thisYear: at(year, level)?.n ?? 0,
    lastYear: at(year - 1, level)?.n ?? 0,
    moneyVnd: Number(at(year, level)?.money ?? 0),
  }));
  const trend = Array.from({ length: TREND_YEARS }, (_, i) => year - TREND_YEARS + 1 + i).map((y) => ({
    year: y,
    awards: rows.filter((r) => Number(r.year) === y).reduce((s, r) => s + r.n, 0),
    moneyVnd: rows.filter((r) => Number(r.year) === y).reduce((s, r) => s + Number(r.money ?? 0), 0),
  }));
  const can = (p: Parameters<typeof hasPermission>[1]) => hasPermission(ctx.actor, p);
  const queue =
    can('proposal:appraise') || can('decision:issue')
      ? await proposalQueue(db, ctx.actor.tenantId, scope.path, today)
      : null;
  const fairness = can('report:manage')
    ? (await getFairnessView(db, ctx, { yearFrom: year - 2, yearTo: year })).indicators.map((i) => ({
        key: i.key,
        label: i.label,
        sharePct: i.overall.sharePct,
        targetPct: i.targetPct,
        isShort: i.overall.isShort,
      }))
    : null;
  return {
    year,
    unitName: scope.unitName,
    awardsByLevel,
    trend,
    eligibleNotProposed: can('proposal:submit')
      ? await eligibleNotProposed(db, ctx.actor.tenantId, scope.path, year)
      : null,
    queue,
    fairness,
    // The awards' money above is what the decisions granted; the fund's ledger says what was paid.
    fund: await getFundYears(db, ctx, year - TREND_YEARS + 1, year),
  };
}
