// Reports benchmark: form 0603 for one year and the fairness view over 20 years, computed by the
// real services on PostgreSQL, each beside a hand-written SQL aggregate over the same rows that
// yields the same figures (checked here, so a fast but wrong baseline cannot pass).
import { awardLevelOf, PROVINCE_LEVEL_CODES, STATE_LEVEL_CODES } from '@vinhdanh/domain/reports/award-levels';
import { FAIRNESS_INDICATORS } from '@vinhdanh/domain/reports/fairness-indicators';
import { buildFairnessView, type Counts } from '@vinhdanh/domain/reports/fairness-view';
import { sql } from 'drizzle-orm';
import type { Db } from '../apps/server/src/db/client';
import { openDatabase } from '../apps/server/src/db/client';
import { queryRows } from '../apps/server/src/db/query-rows';
import type { RequestContext } from '../apps/server/src/lib/context';
import { newId } from '../apps/server/src/lib/ids';
import { getFairnessView } from '../apps/server/src/modules/reports/fairness.service';
import { GRASSROOTS_UNIT_TYPES } from '../apps/server/src/modules/reports/report-facts.repository';
import { getStatisticalForm } from '../apps/server/src/modules/reports/reports.service';
import { createBenchTenant, seedNewTenant, seedPeopleHistory, seedReportRecords } from './synthetic-records';

const FORM_YEAR = 2025;
const FROM_YEAR = 2006;

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

// The award's counted year and the leader level of the post held on the decision date, written
// directly: non-overlapping posts make a plain join on the date range enough here.
const FACTS = (tenantId: string, rootPath: string) => `
  FROM award a
  LEFT JOIN person p ON p.tenant_id = a.tenant_id AND p.id = a.subject_id AND a.subject_type = 'PERSON'
  LEFT JOIN collective c ON c.tenant_id = a.tenant_id AND c.id = a.subject_id AND a.subject_type = 'COLLECTIVE'
  LEFT JOIN household h ON h.tenant_id = a.tenant_id AND h.id = a.subject_id AND a.subject_type = 'HOUSEHOLD'
  JOIN org_unit u ON u.tenant_id = a.tenant_id AND u.id = COALESCE(p.unit_id, h.unit_id, c.unit_id, a.subject_id)
  LEFT JOIN person_employment e ON e.tenant_id = a.tenant_id AND e.person_id = p.id
   AND e.from_date <= COALESCE(a.decision_date, make_date(a.year, 12, 31))
   AND (e.to_date IS NULL OR e.to_date >= COALESCE(a.decision_date, make_date(a.year, 12, 31)))
  WHERE a.tenant_id = '${tenantId}' AND NOT a.is_revoked AND u.path LIKE '${rootPath}%'`;
const LEVEL = `COALESCE(e.leader_level, CASE WHEN p.is_direct_worker THEN 'TRUC_TIEP' END)`;
const YEAR = 'COALESCE(EXTRACT(YEAR FROM a.decision_date)::int, a.year)';

/** Form 0603 by hand: one GROUP BY over the form's columns, one FILTER per row. */
async function handForm0603(db: Db, tenantId: string, rootPath: string, year: number) {
  const rows = await queryRows<Record<string, number | string>>(
    db,
    sql.raw(`
    SELECT CASE a.award_code WHEN 'BK_BO_TINH' THEN CASE WHEN a.subject_type = 'PERSON' THEN '3' ELSE '2' END
                             WHEN 'CSTD_BO_TINH' THEN '4' WHEN 'CO_BO_TINH' THEN '5' ELSE '6' END AS col,
      count(*)::int AS "1",
      count(*) FILTER (WHERE a.subject_type = 'COLLECTIVE')::int AS "2",
      count(*) FILTER (WHERE a.subject_type = 'COLLECTIVE' AND (c.is_enterprise OR u.type = 'DOANH_NGHIEP'))::int AS "3",
      count(*) FILTER (WHERE a.subject_type = 'HOUSEHOLD')::int AS "4",
      count(*) FILTER (WHERE a.subject_type = 'PERSON')::int AS "5",
      count(*) FILTER (WHERE ${LEVEL} = 'LANH_DAO_BO_TINH')::int AS "6",
      count(*) FILTER (WHERE ${LEVEL} = 'LANH_DAO_VU_SO')::int AS "7",
      count(*) FILTER (WHERE ${LEVEL} = 'DOANH_NHAN')::int AS "8",
      count(*) FILTER (WHERE ${LEVEL} = 'LANH_DAO_KHAC')::int AS "9",
      count(*) FILTER (WHERE ${LEVEL} = 'TRUC_TIEP')::int AS "10",
      count(*) FILTER (WHERE a.kind = 'CONG_TRANG')::int AS "11",
      count(*) FILTER (WHERE a.kind = 'CHUYEN_DE')::int AS "12",
      count(*) FILTER (WHERE a.kind = 'DOT_XUAT')::int AS "13",
      count(*) FILTER (WHERE a.kind = 'DOI_NGOAI')::int AS "14",
      count(*) FILTER (WHERE a.kind = 'CONG_HIEN')::int AS "15",
      count(*) FILTER (WHERE a.kind = 'NIEN_HAN')::int AS "16",
      count(*) FILTER (WHERE a.kind = 'KHANG_CHIEN')::int AS "17"
    ${FACTS(tenantId, rootPath)}
      AND ${YEAR} = ${year}
      AND (a.award_code IN ('BK_BO_TINH', 'KNC_BO_TINH') OR (a.award_code = 'CSTD_BO_TINH' AND a.subject_type = 'PERSON')
           OR (a.award_code = 'CO_BO_TINH' AND a.subject_type <> 'PERSON'))
    GROUP BY 1`),
  );
  // Rows of the form × columns: column 1 is the sum of columns 2–6.
  const cells: Record<string, Record<string, number>> = {};
  for (let r = 1; r <= 17; r++) {
    const line: Record<string, number> = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0, '6': 0 };
    for (const row of rows) {
      const n = Number(row[String(r)] ?? 0);
      line[String(row.col)] = n;
      line['1'] = (line['1'] ?? 0) + n;
    }
    cells[String(r)] = line;
  }
  return cells;
}

/**
 * The fairness figures by hand: per indicator the awards in its base, its members' awards and the
 * distinct subjects among them, by year, by level, overall and by unit below the root.
 */
async function handFairness(db: Db, tenantId: string, rootPath: string, from: number, to: number) {
  const person = `subject_type = 'PERSON'`;
  const collective = `subject_type = 'COLLECTIVE'`;
  const indicators: Record<string, [string, string]> = {
    DIRECT_WORKER: [person, `${person} AND leader_level = 'TRUC_TIEP'`],
    WOMEN: [person, `${person} AND gender = 'NU'`],
    MINORITY: [person, `${person} AND ethnicity <> 'Kinh'`],
    GRASSROOTS: [collective, `${collective} AND unit_type IN (${list(GRASSROOTS_UNIT_TYPES)})`],
    LEADER: [person, `${person} AND leader_level IN ('LANH_DAO_BO_TINH', 'LANH_DAO_VU_SO', 'LANH_DAO_KHAC')`],
  };
  const aggregates = FAIRNESS_INDICATORS.map((k, i) => {
    const [base, member] = indicators[k]!;
    return `count(*) FILTER (WHERE ${base})::int AS base${i}, count(*) FILTER (WHERE ${member})::int AS count${i},
      count(DISTINCT subject_id) FILTER (WHERE ${member})::int AS people${i}`;
  }).join(',\n');
  return queryRows<Record<string, unknown>>(
    db,
    sql.raw(`
    SELECT yr, lvl, child, GROUPING(yr) AS gy, GROUPING(lvl) AS gl, GROUPING(child) AS gc, ${aggregates}
      FROM (SELECT a.subject_id, a.subject_type, ${LEVEL} AS leader_level, p.gender, p.ethnicity, u.type AS unit_type,
                   ${YEAR} AS yr, split_part(u.path, '/', 3) AS child,
                   CASE WHEN a.award_code IN (${list(STATE_LEVEL_CODES)}) THEN 'NHA_NUOC'
                        WHEN a.award_code IN (${list(PROVINCE_LEVEL_CODES)}) THEN 'BO_TINH' ELSE 'CO_SO' END AS lvl
            ${FACTS(tenantId, rootPath)} AND ${YEAR} BETWEEN ${from} AND ${to}) f
     GROUP BY GROUPING SETS ((yr), (lvl), (child), ())`),
  );
}

const countsOf = (r: Record<string, unknown>) =>
  Object.fromEntries(
    FAIRNESS_INDICATORS.map((k, i) => [
      k,
      { base: Number(r[`base${i}`]), count: Number(r[`count${i}`]), people: Number(r[`people${i}`]) },
    ]),
  ) as Record<string, Counts>;

/** The view the hand-written figures give, through the same suppression and targets as the service. */
async function handFairnessView(
  db: Db,
  tenantId: string,
  root: { id: string; path: string },
  rows: Record<string, unknown>[],
  from: number,
  to: number,
) {
  const names = new Map(
    (
      await queryRows<{ id: string; name: string }>(
        db,
        sql`SELECT id::text, name FROM org_unit WHERE tenant_id = ${tenantId} AND (parent_id = ${root.id} OR id = ${root.id})`,
      )
    ).map((u) => [u.id, u.name]),
  );
  const keyed = rows.map((r) => ({
    gy: Number(r.gy),
    gl: Number(r.gl),
    gc: Number(r.gc),
    r,
  }));
  const units = keyed
    .filter((k) => k.gc === 0)
    .map((k) => {
      const id = String(k.r.child) || root.id;
      return { key: id, name: names.get(id) ?? '', counts: countsOf(k.r) };
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const byKey = keyed
    .filter((k) => k.gc === 1)
    .map((k) => ({
      key: k.gy === 0 ? `year:${k.r.yr}` : k.gl === 0 ? `level:${k.r.lvl}` : 'all',
      counts: countsOf(k.r),
    }));
  const targets = Object.fromEntries(
    (
      await queryRows<{ indicator: string; target_pct: number }>(
        db,
        sql`SELECT indicator, target_pct FROM report_target WHERE tenant_id = ${tenantId}`,
      )
    ).map((t) => [t.indicator, t.target_pct]),
  );
  const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  return buildFairnessView({ years, rows: byKey, units, targets });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Times `a` and `b` alternately `runs` times after one warm-up each; medians in ms. */
async function timePair<A, B>(runs: number, a: () => Promise<A>, b: () => Promise<B>) {
  const first = { a: await a(), b: await b() };
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < runs; i++) {
    for (const which of i % 2 === 0 ? (['a', 'b'] as const) : (['b', 'a'] as const)) {
      const t = performance.now();
      await (which === 'a' ? a() : b());
      (which === 'a' ? ta : tb).push(performance.now() - t);
    }
  }
  return { ...first, aMs: median(ta), bMs: median(tb) };
}

export type ReportsBench = Awaited<ReturnType<typeof benchReports>>;

/**
 * Seeds two tenants (a province of `subjects` people and a ministry of a quarter as many), then
 * times the province's form 0603 for 2025 and its fairness view for 2006–2025.
 */
export async function benchReports(url: string, subjects: number, runs = 3) {
  const database = await openDatabase({ databaseUrl: url });
  await database.migrate();
  const db = database.db;
  let t = performance.now();
  const stamp = Date.now().toString(36).toUpperCase();
  const province = await createBenchTenant(db, `RPTA${stamp}`, 'PROVINCE');
  const ministry = await createBenchTenant(db, `RPTB${stamp}`, 'MINISTRY');
  for (const [tenant, n] of [
    [province, subjects],
    [ministry, Math.max(50, Math.floor(subjects / 4))],
  ] as const) {
    await seedNewTenant(db, async (tx) => {
      await seedPeopleHistory(tx, tenant.tenantId, n);
      await seedReportRecords(tx, tenant.tenantId, n);
    });
  }
  await db.execute(sql`VACUUM ANALYZE`);
  const seedMs = performance.now() - t;
  const [counts] = await queryRows<{ awards: number; people: number; tenants: number; posts: number }>(
    db,
    sql`SELECT (SELECT count(*)::int FROM award WHERE tenant_id IN (${province.tenantId}, ${ministry.tenantId})) AS awards,
               (SELECT count(*)::int FROM person WHERE tenant_id IN (${province.tenantId}, ${ministry.tenantId})) AS people,
               (SELECT count(*)::int FROM person_employment WHERE tenant_id IN (${province.tenantId}, ${ministry.tenantId})) AS posts,
               2 AS tenants`,
  );
  const [coverage] = await queryRows<{
    subject_groups: string[];
    leader_levels: (string | null)[];
    genders: string[];
    ethnicities: number;
    kinds: string[];
    codes: string[];
    subject_types: string[];
    enterprises: number;
    households: number;
    tenant_kinds: string[];
  }>(
    db,
    sql`WITH ids AS (SELECT unnest(ARRAY[${province.tenantId}, ${ministry.tenantId}]::uuid[]) AS id)
        SELECT (SELECT array_agg(DISTINCT subject_group) FROM person WHERE tenant_id IN (SELECT id FROM ids)) AS subject_groups,
               (SELECT array_agg(DISTINCT leader_level) FROM person_employment WHERE tenant_id IN (SELECT id FROM ids)) AS leader_levels,
               (SELECT array_agg(DISTINCT gender) FROM person WHERE tenant_id IN (SELECT id FROM ids)) AS genders,
               (SELECT count(DISTINCT ethnicity)::int FROM person WHERE tenant_id IN (SELECT id FROM ids)) AS ethnicities,
               (SELECT array_agg(DISTINCT kind) FROM award WHERE tenant_id IN (SELECT id FROM ids)) AS kinds,
               (SELECT array_agg(DISTINCT award_code) FROM award WHERE tenant_id IN (SELECT id FROM ids)) AS codes,
               (SELECT array_agg(DISTINCT subject_type) FROM award WHERE tenant_id IN (SELECT id FROM ids)) AS subject_types,
               (SELECT count(*)::int FROM collective WHERE is_enterprise AND tenant_id IN (SELECT id FROM ids)) AS enterprises,
               (SELECT count(*)::int FROM household WHERE tenant_id IN (SELECT id FROM ids)) AS households,
               (SELECT array_agg(DISTINCT kind) FROM tenant WHERE tenant_id IN (SELECT id FROM ids)) AS tenant_kinds`,
  );
  const [inForm] = await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM award WHERE tenant_id = ${province.tenantId}
         AND COALESCE(EXTRACT(YEAR FROM decision_date)::int, year) = ${FORM_YEAR}`,
  );
  const ctx: RequestContext = {
    actor: {
      userId: newId(),
      tenantId: province.tenantId,
      roles: ['TENANT_ADMIN'],
      scopePath: province.root.path,
    },
    requestId: 'bench-reports',
  };

  const form = await timePair(
    runs,
    () => getStatisticalForm(db, ctx, { form: '0603', year: FORM_YEAR }),
    () => handForm0603(db, province.tenantId, province.root.path, FORM_YEAR),
  );
  const fairness = await timePair(
    runs,
    () => getFairnessView(db, ctx, { yearFrom: FROM_YEAR, yearTo: FORM_YEAR }),
    () => handFairness(db, province.tenantId, province.root.path, FROM_YEAR, FORM_YEAR),
  );
  const handView = await handFairnessView(
    db,
    province.tenantId,
    province.root,
    fairness.b,
    FROM_YEAR,
    FORM_YEAR,
  );
  await database.close();
  t = performance.now() - t;
  return {
    subjects,
    seedMs,
    ...counts!,
    coverage: { ...coverage!, levels: [...new Set(coverage!.codes.map(awardLevelOf))].sort() },
    awardsInFormYear: inForm!.n,
    form0603: { cells: form.a.cells, handCells: form.b, ms: form.aMs, handMs: form.bMs },
    fairness: {
      view: {
        indicators: fairness.a.indicators.map(({ label: _l, baseLabel: _b, ...i }) => i),
        units: fairness.a.units,
      },
      handView,
      ms: fairness.aMs,
      handMs: fairness.bMs,
    },
  };
}
