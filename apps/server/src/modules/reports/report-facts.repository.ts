import type { ReportDefinition } from '@vinhdanh/domain/reports/report-definition';
import { type FactGroup, type FactValue, fieldsOf } from '@vinhdanh/domain/reports/report-filter';
import type { ReportSource } from '@vinhdanh/domain/reports/report-sources';
import { type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { queryRows } from '../../db/query-rows';
import { type FieldExpressions, filterToSql } from './report-filter.sql';

// The facts each form counts, as SQL: one FROM per source and one expression per field. Figures
// are GROUP BY counts; no report reads award or movement rows into Node to count them.

export type FactScope = { tenantId: string; pathPrefix: string; yearFrom: number; yearTo: number };

const escapeLike = (value: string) => value.replace(/[\\%_]/g, '\\$&');

/** Org unit types counted as grassroots units in the fairness view (communes, villages, schools, enterprises). */
export const GRASSROOTS_UNIT_TYPES = [
  'XA_PHUONG',
  'THON_TO_DAN_PHO',
  'DON_VI_SU_NGHIEP',
  'DOANH_NGHIEP',
] as const;

// The year an award counts in: the year of its decision (statistics count what was decided in the
// report year), or its achievement year when no decision date was recorded. docs/reports.md.
const AWARD_YEAR = sql`COALESCE(EXTRACT(YEAR FROM a.decision_date)::int, a.year)`;

// A person's award is scoped by the person's unit, a team's or household's by theirs, an org
// unit's by the unit itself (as in the award search). The leader level is the one of the post
// held on the decision date (or at the end of the achievement year).
const AWARD_FROM = sql`
  FROM award a
  JOIN tenant t ON t.tenant_id = a.tenant_id
  LEFT JOIN person p ON p.tenant_id = a.tenant_id AND p.id = a.subject_id AND a.subject_type = 'PERSON'
  LEFT JOIN collective c ON c.tenant_id = a.tenant_id AND c.id = a.subject_id AND a.subject_type = 'COLLECTIVE'
  LEFT JOIN household h ON h.tenant_id = a.tenant_id AND h.id = a.subject_id AND a.subject_type = 'HOUSEHOLD'
  JOIN org_unit u ON u.tenant_id = a.tenant_id
   AND u.id = CASE a.subject_type WHEN 'PERSON' THEN p.unit_id WHEN 'HOUSEHOLD' THEN h.unit_id
                                  ELSE COALESCE(c.unit_id, a.subject_id) END
  LEFT JOIN LATERAL (
    SELECT e.leader_level FROM person_employment e
     WHERE e.tenant_id = a.tenant_id AND e.person_id = p.id
       AND e.from_date <= COALESCE(a.decision_date, make_date(a.year, 12, 31))
       AND (e.to_date IS NULL OR e.to_date >= COALESCE(a.decision_date, make_date(a.year, 12, 31)))
     ORDER BY e.from_date DESC LIMIT 1) emp ON TRUE`;

/**
 * The awards with their subject's unit only, for figures of the award's own columns (its year,
 * code, money: the dashboard's): no tenant row and no probe of the post held per award, which the
 * planner cannot leave out of AWARD_FROM and which cost one index probe per award counted.
 */
export const AWARD_UNIT_FROM = sql`
  FROM award a
  LEFT JOIN person p ON p.tenant_id = a.tenant_id AND p.id = a.subject_id AND a.subject_type = 'PERSON'
  LEFT JOIN collective c ON c.tenant_id = a.tenant_id AND c.id = a.subject_id AND a.subject_type = 'COLLECTIVE'
  LEFT JOIN household h ON h.tenant_id = a.tenant_id AND h.id = a.subject_id AND a.subject_type = 'HOUSEHOLD'
  JOIN org_unit u ON u.tenant_id = a.tenant_id
   AND u.id = CASE a.subject_type WHEN 'PERSON' THEN p.unit_id WHEN 'HOUSEHOLD' THEN h.unit_id
                                  ELSE COALESCE(c.unit_id, a.subject_id) END`;

const grassroots = sql.join(
  GRASSROOTS_UNIT_TYPES.map((t) => sql`${t}`),
  sql`, `,
);

export const AWARD_FIELDS: FieldExpressions = {
  subjectType: sql`a.subject_type`,
  awardCode: sql`a.award_code`,
  kind: sql`a.kind`,
  leaderLevel: sql`CASE WHEN a.subject_type = 'PERSON' THEN COALESCE(emp.leader_level, CASE WHEN p.is_direct_worker THEN 'TRUC_TIEP' END) END`,
  isEnterprise: sql`(a.subject_type = 'COLLECTIVE' AND (COALESCE(c.is_enterprise, FALSE) OR u.type = 'DOANH_NGHIEP'))`,
  tenantKind: sql`t.kind`,
  gender: sql`p.gender`,
  // Ethnicity is sensitive: only this yes/no leaves the database, and only as a count.
  isMinority: sql`CASE WHEN a.subject_type = 'PERSON' AND p.ethnicity IS NOT NULL THEN p.ethnicity <> 'Kinh' END`,
  isGrassroots: sql`(a.subject_type <> 'PERSON' AND u.type IN (${grassroots}))`,
  year: AWARD_YEAR,
};

function awardWhere(scope: FactScope): SQL {
  return sql`a.tenant_id = ${scope.tenantId} AND NOT a.is_revoked
    AND u.path LIKE ${`${escapeLike(scope.pathPrefix)}%`}
    AND ${AWARD_YEAR} BETWEEN ${scope.yearFrom} AND ${scope.yearTo}`;
}

// Duration buckets of form 0601. A movement without both dates counts as one year when regular
// and under a year when thematic (the usual shapes); 355–379 days is "1 năm" so that 01/01–31/12
// and a school year both land there.
const DURATION = sql`CASE
  WHEN m.start_date IS NULL OR m.end_date IS NULL THEN CASE WHEN m.form = 'THUONG_XUYEN' THEN 'MOT_NAM' ELSE 'DUOI_1_NAM' END
  WHEN m.end_date - m.start_date < 355 THEN 'DUOI_1_NAM'
  WHEN m.end_date - m.start_date < 380 THEN 'MOT_NAM'
  WHEN m.end_date < m.start_date + 3 * 365 THEN 'TU_1_DEN_3'
  WHEN m.end_date < m.start_date + 5 * 365 THEN 'TU_3_DEN_5'
  ELSE 'TU_5_NAM' END`;

const MOVEMENT_FROM = sql`
  FROM movement m
  JOIN org_unit u ON u.tenant_id = m.tenant_id AND u.id = m.owner_unit_id`;

export const MOVEMENT_FIELDS: FieldExpressions = {
  level: sql`m.level`,
  scope: sql`m.scope`,
  form: sql`m.form`,
  duration: DURATION,
};

function movementWhere(scope: FactScope): SQL {
  return sql`m.tenant_id = ${scope.tenantId} AND m.state <> 'DRAFT'
    AND u.path LIKE ${`${escapeLike(scope.pathPrefix)}%`}
    AND m.year BETWEEN ${scope.yearFrom} AND ${scope.yearTo}`;
}

export const SOURCES: Record<
  ReportSource,
  { from: SQL; fields: FieldExpressions; where: (s: FactScope) => SQL }
> = {
  AWARD: { from: AWARD_FROM, fields: AWARD_FIELDS, where: awardWhere },
  MOVEMENT: { from: MOVEMENT_FROM, fields: MOVEMENT_FIELDS, where: movementWhere },
};

/** Counts of the source's facts grouped by the given fields, within scope and the universe filter. */
export async function groupFacts(
  db: Db | Tx,
  source: ReportSource,
  fieldNames: readonly string[],
  scope: FactScope,
  universe: SQL = sql`TRUE`,
): Promise<FactGroup[]> {
  const s = SOURCES[source];
  const names = [...fieldNames];
  const select = names.map((f, i) => sql`${s.fields[f]} AS ${sql.identifier(`d${i}`)}`);
  const groupBy = names.map((_, i) => sql.raw(String(i + 1)));
  const rows = await queryRows<Record<string, FactValue | number>>(
    db,
    sql`SELECT ${sql.join([...select, sql`count(*)::int AS n`], sql`, `)}
        ${s.from}
        WHERE ${s.where(scope)} AND ${universe}
        ${names.length > 0 ? sql`GROUP BY ${sql.join(groupBy, sql`, `)}` : sql``}`,
  );
  return rows.map((r) => ({
    dims: Object.fromEntries(names.map((f, i) => [f, (r[`d${i}`] ?? null) as FactValue])),
    n: Number(r.n),
  }));
}

/** Grouped counts for one form: only the fields its filters read, only facts in its universe. */
export function groupFactsFor(db: Db | Tx, def: ReportDefinition, scope: FactScope) {
  const fields = new Set<string>();
  fieldsOf(def.universe, fields);
  for (const line of [...def.rows, ...def.columns]) fieldsOf(line.filter, fields);
  const universe = filterToSql(def.universe, SOURCES[def.source].fields);
  return groupFacts(db, def.source, [...fields].sort(), scope, universe);
}
