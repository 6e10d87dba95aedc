import { sql } from 'drizzle-orm';
import { createApp } from '../apps/server/src/app';
import { loadConfig } from '../apps/server/src/config/config';
import { openDatabase } from '../apps/server/src/db/client';
import { queryRows } from '../apps/server/src/db/query-rows';
import { DEMO_PASSWORD, seedDemo } from '../apps/server/src/demo/seed-demo';

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function timeRequests(app: ReturnType<typeof createApp>, cookie: string, paths: string[]) {
  const times: number[] = [];
  for (const path of paths) {
    const t = performance.now();
    const res = await app.request(path, { headers: { cookie } });
    if (res.status !== 200) throw new Error(`${path} → ${res.status}`);
    await res.arrayBuffer();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b);
}

/**
 * The demo province on PostgreSQL, with 20 years of records for a sample of its
 * people (the demo has 2019–2025; 2006–2018 are added here). Measures the person
 * timeline through the real HTTP app, beside the plain person page as a baseline.
 */
export async function benchTimeline(url: string, sample = 200) {
  const database = await openDatabase({ databaseUrl: url });
  await database.migrate();
  const db = database.db;
  await seedDemo(db);
  const people = await queryRows<{ id: string; tenant_id: string }>(
    db,
    sql`SELECT p.id, p.tenant_id FROM person p JOIN tenant t ON t.tenant_id = p.tenant_id
        WHERE t.code = 'SONHA' ORDER BY p.id LIMIT ${sample}`,
  );
  const ids = people.map((p) => p.id);
  const idList = sql.join(
    ids.map((i) => sql`${i}::uuid`),
    sql`, `,
  );
  await db.execute(sql`
    INSERT INTO annual_rating (tenant_id, id, subject_type, subject_id, year, rating)
    SELECT p.tenant_id, gen_random_uuid(), 'PERSON', p.id, y, (ARRAY['HTXSNV','HTTNV','HTTNV','HTNV'])[1 + abs(hashtext(p.id::text || y)) % 4]
      FROM person p CROSS JOIN generate_series(2006, 2018) y WHERE p.id IN (${idList})
    ON CONFLICT DO NOTHING`);
  await db.execute(sql`
    INSERT INTO award (tenant_id, id, subject_type, subject_id, award_code, kind, year, decision_number, decision_date)
    SELECT r.tenant_id, gen_random_uuid(), 'PERSON', r.subject_id, 'LDTT', 'CONG_TRANG', r.year, r.year || '/QĐ-BENCH', make_date(r.year + 1, 1, 15)
      FROM annual_rating r WHERE r.subject_id IN (${idList}) AND r.year < 2019 AND r.rating IN ('HTXSNV', 'HTTNV')`);
  await db.execute(sql`ANALYZE`);
  const [years] = await queryRows<{ min: number; max: number }>(
    db,
    sql`SELECT min(year)::int AS min, max(year)::int AS max FROM annual_rating WHERE subject_id IN (${idList})`,
  );

  const app = createApp(
    { db, config: { ...loadConfig({ VINHDANH_DEMO: '1' }), webDist: '/nonexistent' } },
    { error: () => {} },
  );
  const login = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'quantri', password: DEMO_PASSWORD }),
  });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  // Warm up the pool and the plans, as a running server would be.
  await timeRequests(
    app,
    cookie,
    ids.slice(0, 10).map((id) => `/api/people/${id}/timeline`),
  );
  const timeline = await timeRequests(
    app,
    cookie,
    ids.map((id) => `/api/people/${id}/timeline`),
  );
  const baseline = await timeRequests(
    app,
    cookie,
    ids.map((id) => `/api/people/${id}`),
  );
  await database.close();
  return {
    sample: ids.length,
    years: `${years!.min}–${years!.max}`,
    timeline: {
      p50: percentile(timeline, 50),
      p95: percentile(timeline, 95),
      max: timeline[timeline.length - 1] ?? 0,
    },
    baseline: { p50: percentile(baseline, 50), p95: percentile(baseline, 95) },
  };
}
