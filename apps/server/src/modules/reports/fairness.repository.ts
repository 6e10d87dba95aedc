import { AWARD_LEVELS, PROVINCE_LEVEL_CODES, STATE_LEVEL_CODES } from '@vinhdanh/domain/reports/award-levels';
import { FAIRNESS_INDICATORS, INDICATOR_DEFS } from '@vinhdanh/domain/reports/fairness-indicators';
import { type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { queryRows } from '../../db/query-rows';
import { AWARD_FIELDS, type FactScope, SOURCES } from './report-facts.repository';
import { filterToSql } from './report-filter.sql';

// The fairness figures as SQL aggregates: per indicator the awards in its base, the awards of its
// members and the distinct people (or collectives) among them, the latter for small-cell
// suppression. One query by year and by level (GROUPING SETS), one by unit below the scope.

const list = (codes: readonly string[]) =>
  sql.join(
    codes.map((c) => sql`${c}`),
    sql`, `,
  );
export const AWARD_LEVEL_SQL = sql`CASE WHEN a.award_code IN (${list(STATE_LEVEL_CODES)}) THEN 'NHA_NUOC'
  WHEN a.award_code IN (${list(PROVINCE_LEVEL_CODES)}) THEN 'BO_TINH' ELSE 'CO_SO' END`;

export type IndicatorCounts = { base: number; count: number; people: number };
export type FairnessRow = { key: string; counts: Record<string, IndicatorCounts> };

function flags(): SQL {
  return sql.join(
    FAIRNESS_INDICATORS.map((k, i) => {
      const d = INDICATOR_DEFS[k];
      return sql`COALESCE(${filterToSql(d.base, AWARD_FIELDS)}, FALSE) AS ${sql.identifier(`b${i}`)},
        COALESCE(${filterToSql(d.member, AWARD_FIELDS)}, FALSE) AS ${sql.identifier(`m${i}`)}`;
    }),
    sql`, `,
  );
}

function aggregates(): SQL {
  return sql.join(
    FAIRNESS_INDICATORS.map((_, i) => {
      const b = sql.identifier(`b${i}`);
      const m = sql.identifier(`m${i}`);
      return sql`count(*) FILTER (WHERE ${b})::int AS ${sql.identifier(`base${i}`)},
        count(*) FILTER (WHERE ${m})::int AS ${sql.identifier(`count${i}`)},
        count(DISTINCT subject_id) FILTER (WHERE ${m})::int AS ${sql.identifier(`people${i}`)}`;
    }),
    sql`, `,
  );
}

function toCounts(r: Record<string, unknown>): Record<string, IndicatorCounts> {
  return Object.fromEntries(
    FAIRNESS_INDICATORS.map((k, i) => [
      k,
      {
        base: Number(r[`base${i}`] ?? 0),
        count: Number(r[`count${i}`] ?? 0),
        people: Number(r[`people${i}`] ?? 0),
      },
    ]),
  );
}

/** Rows keyed "all", "year:2024" and "level:NHA_NUOC". */
export async function fairnessByYearAndLevel(db: Db | Tx, scope: FactScope): Promise<FairnessRow[]> {
  const s = SOURCES.AWARD;
  const rows = await queryRows<Record<string, unknown>>(
    db,
    sql`SELECT yr, lvl, GROUPING(yr) AS gy, GROUPING(lvl) AS gl, ${aggregates()}
        FROM (SELECT a.subject_id, ${AWARD_FIELDS.year} AS yr, ${AWARD_LEVEL_SQL} AS lvl, ${flags()}
              ${s.from} WHERE ${s.where(scope)}) f
        GROUP BY GROUPING SETS ((yr), (lvl), ())`,
  );
  return rows.map((r) => ({
    key: Number(r.gy) === 0 ? `year:${r.yr}` : Number(r.gl) === 0 ? `level:${r.lvl}` : 'all',
    counts: toCounts(r),
  }));
}

/** Rows keyed by the id of each unit directly below the scope (the scope's own awards under its id). */
export async function fairnessByUnit(
  db: Db | Tx,
  scope: FactScope & { unitId: string },
): Promise<(FairnessRow & { name: string })[]> {
  const s = SOURCES.AWARD;
  const child = sql`COALESCE(NULLIF(split_part(substr(u.path, ${scope.pathPrefix.length + 1}), '/', 1), ''), ${scope.unitId})`;
  const rows = await queryRows<Record<string, unknown>>(
    db,
    sql`SELECT f.child, cu.name, ${aggregates()}
        FROM (SELECT a.subject_id, ${child} AS child, ${flags()} ${s.from} WHERE ${s.where(scope)}) f
        JOIN org_unit cu ON cu.tenant_id = ${scope.tenantId} AND cu.id::text = f.child
        GROUP BY f.child, cu.name
        ORDER BY cu.name COLLATE "C"`,
  );
  return rows.map((r) => ({ key: String(r.child), name: String(r.name), counts: toCounts(r) }));
}

export { AWARD_LEVELS };
