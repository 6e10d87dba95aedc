import { AWARD_LEVELS, PROVINCE_LEVEL_CODES, STATE_LEVEL_CODES } from '@vinhdanh/domain/reports/award-levels';
import { FAIRNESS_INDICATORS, INDICATOR_DEFS } from '@vinhdanh/domain/reports/fairness-indicators';
import { type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { queryRows } from '../../db/query-rows';
import { AWARD_FIELDS, type FactScope, SOURCES } from './report-facts.repository';
import { filterToSql } from './report-filter.sql';

// The fairness figures as SQL aggregates: per indicator the awards in its base, the awards of its
// members and the distinct people (or collectives) among them, the latter for small-cell
// suppression. One query by year, by level and by unit below the scope (GROUPING SETS).

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

/**
 * Every figure of the view in one pass over the awards: rows keyed "all", "year:2024" and
 * "level:NHA_NUOC", and one row per unit directly below the scope (the scope's own awards under
 * its id). One GROUPING SETS query, not one per breakdown: the scan, the joins and the sorts for
 * the distinct counts are the cost, and a second query paid all of them again (bench: reports).
 * The awards in scope are a MATERIALIZED CTE: Citus runs GROUPING SETS only on one shard's query
 * or on an intermediate result, and the outer joins of the award source reach every shard, so the
 * rows are collected first and grouped on the coordinator (docs/scale-out.md).
 */
export async function fairnessFigures(
  db: Db | Tx,
  scope: FactScope & { unitId: string },
): Promise<{ rows: FairnessRow[]; units: (FairnessRow & { name: string })[] }> {
  const s = SOURCES.AWARD;
  const child = sql`COALESCE(NULLIF(split_part(substr(u.path, ${scope.pathPrefix.length + 1}), '/', 1), ''), ${scope.unitId})`;
  const rows = await queryRows<Record<string, unknown>>(
    db,
    sql`WITH f AS MATERIALIZED (
          SELECT a.subject_id, ${AWARD_FIELDS.year} AS yr, ${AWARD_LEVEL_SQL} AS lvl, ${child} AS child, ${flags()}
          ${s.from} WHERE ${s.where(scope)})
        SELECT g.*, cu.name FROM (
          SELECT yr, lvl, child, GROUPING(yr) AS gy, GROUPING(lvl) AS gl, GROUPING(child) AS gc, ${aggregates()}
          FROM f GROUP BY GROUPING SETS ((yr), (lvl), (child), ())) g
        LEFT JOIN org_unit cu ON g.gc = 0 AND cu.tenant_id = ${scope.tenantId} AND cu.id::text = g.child
        ORDER BY g.gc, cu.name COLLATE "C"`,
  );
  const byUnit = (r: Record<string, unknown>) => Number(r.gc) === 0;
  return {
    rows: rows
      .filter((r) => !byUnit(r))
      .map((r) => ({
        key: Number(r.gy) === 0 ? `year:${r.yr}` : Number(r.gl) === 0 ? `level:${r.lvl}` : 'all',
        counts: toCounts(r),
      })),
    units: rows
      .filter((r) => byUnit(r) && r.name !== null)
      .map((r) => ({ key: String(r.child), name: String(r.name), counts: toCounts(r) })),
  };
}

export { AWARD_LEVELS };
