import { sql } from 'drizzle-orm';
import type { Db } from '../apps/server/src/db/client';
import { openDatabase } from '../apps/server/src/db/client';
import { queryRows } from '../apps/server/src/db/query-rows';
import { DEMO_TENANT_CODE, seedDemo } from '../apps/server/src/demo/seed-demo';
import type { RequestContext } from '../apps/server/src/lib/context';
import { newId } from '../apps/server/src/lib/ids';
import { getSubjectEligibility } from '../apps/server/src/modules/eligibility/eligibility.service';
import { searchPeople } from '../apps/server/src/modules/people/people.service';
import { searchAwards } from '../apps/server/src/modules/records/award-search.service';
import { getPersonTimeline } from '../apps/server/src/modules/timeline/timeline.service';
import { createDatabase } from './import.bench';
import { createBenchTenant, seedPeopleHistory, seedReportRecords } from './synthetic-records';

// The per-screen reads of issue 19, called in the service layer (no HTTP: the HTTP part measures
// that) on the demo province and on the synthetic province of `--subjects` people × 20 years, in the
// same database. A screen's read should not grow with the tenant: the 100k/demo ratio is the figure.

export type Timing = { p50: number; p95: number; calls: number };
export type ScreenFigures = {
  people: number;
  awards: number;
  awardSearch: Timing;
  unitEligibility: Timing;
  peopleList: Timing;
  peopleSearch: Timing;
  timeline: Timing;
  /** What the reads returned, so the small-scale test can check they did real work. */
  found: { awardHits: number; eligibilityVerdicts: number; listed: number; searched: number; years: number };
};

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/** Each call once to warm the plans and the cache, as a running server would be, then timed. */
async function timeCalls<T>(calls: (() => Promise<T>)[]): Promise<{ timing: Timing; results: T[] }> {
  for (const call of calls.slice(0, 3)) await call();
  const times: number[] = [];
  const results: T[] = [];
  for (const call of calls) {
    const t = performance.now();
    results.push(await call());
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { timing: { p50: percentile(times, 50), p95: percentile(times, 95), calls: times.length }, results };
}

/** The same screens for one tenant, signed in as its administrator over the whole tenant. */
export async function measureTenant(db: Db, tenantId: string): Promise<ScreenFigures> {
  const [root] = await queryRows<{ id: string; path: string }>(
    db,
    sql`SELECT id, path FROM org_unit WHERE tenant_id = ${tenantId} AND parent_id IS NULL`,
  );
  const ctx: RequestContext = {
    actor: { userId: newId(), tenantId, roles: ['TENANT_ADMIN'], scopePath: root!.path },
    requestId: 'bench-screens',
  };
  // The units right under the root (departments, communes) and the units with the most people:
  // a department's award search and a busy unit's eligibility are the December screens.
  const departments = await queryRows<{ id: string }>(
    db,
    sql`SELECT id FROM org_unit WHERE tenant_id = ${tenantId} AND parent_id = ${root!.id} ORDER BY code LIMIT 10`,
  );
  const busiest = await queryRows<{ id: string }>(
    db,
    sql`SELECT unit_id AS id FROM person WHERE tenant_id = ${tenantId}
        GROUP BY unit_id ORDER BY count(*) DESC, unit_id LIMIT 20`,
  );
  const sample = await queryRows<{ id: string; full_name: string }>(
    db,
    sql`SELECT id, full_name FROM person WHERE tenant_id = ${tenantId} ORDER BY id LIMIT 30`,
  );
  const [counts] = await queryRows<{ people: number; awards: number }>(
    db,
    sql`SELECT (SELECT count(*)::int FROM person WHERE tenant_id = ${tenantId}) AS people,
               (SELECT count(*)::int FROM award WHERE tenant_id = ${tenantId}) AS awards`,
  );

  // Four filters: the unit, the award, its kind and a range of years.
  const award = await timeCalls(
    departments.flatMap((d) =>
      ['LDTT', 'CSTDCS', 'BK_BO_TINH'].map(
        (code) => () =>
          searchAwards(db, ctx, {
            unitId: d.id,
            awardCode: code,
            kind: 'CONG_TRANG',
            yearFrom: 2019,
            yearTo: 2025,
            page: 1,
            pageSize: 20,
          }),
      ),
    ),
  );
  const eligibility = await timeCalls(busiest.map((u) => () => getSubjectEligibility(db, ctx, u.id, 2025)));
  const list = await timeCalls(
    Array.from({ length: 20 }, () => () => searchPeople(db, ctx, { page: 1, pageSize: 20, sort: 'name' })),
  );
  const search = await timeCalls(
    sample.map((p) => () => searchPeople(db, ctx, { q: p.full_name, page: 1, pageSize: 20, sort: 'name' })),
  );
  const timeline = await timeCalls(sample.map((p) => () => getPersonTimeline(db, ctx, p.id)));
  return {
    people: counts!.people,
    awards: counts!.awards,
    awardSearch: award.timing,
    unitEligibility: eligibility.timing,
    peopleList: list.timing,
    peopleSearch: search.timing,
    timeline: timeline.timing,
    found: {
      awardHits: award.results.reduce((n, r) => n + r.items.length, 0),
      eligibilityVerdicts: eligibility.results.reduce((n, r) => n + r.verdicts.length, 0),
      listed: list.results.reduce((n, r) => n + r.items.length, 0),
      searched: search.results.reduce((n, r) => n + r.items.length, 0),
      years: timeline.results.reduce((n, r) => n + r.years.length, 0),
    },
  };
}

/** The demo province, then `subjects` synthetic people × 20 years beside it, in a fresh database. */
export async function benchScreens(clusterUrl: string, subjects: number) {
  const database = await openDatabase({ databaseUrl: await createDatabase(clusterUrl) });
  try {
    await database.migrate();
    const db = database.db;
    await seedDemo(db);
    const [demo] = await queryRows<{ tenant_id: string }>(
      db,
      sql`SELECT tenant_id FROM tenant WHERE code = ${DEMO_TENANT_CODE}`,
    );
    let t = performance.now();
    const synthetic = await createBenchTenant(db, 'SCREENS', 'PROVINCE');
    await seedPeopleHistory(db, synthetic.tenantId, subjects);
    await seedReportRecords(db, synthetic.tenantId, subjects);
    await db.execute(sql`ANALYZE`);
    const seedMs = performance.now() - t;
    t = performance.now();
    const small = await measureTenant(db, demo!.tenant_id);
    const large = await measureTenant(db, synthetic.tenantId);
    return { seedMs, measureMs: performance.now() - t, demo: small, large };
  } finally {
    await database.close();
  }
}
