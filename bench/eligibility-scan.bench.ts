import { sql } from 'drizzle-orm';
import pg from 'pg';
import { openDatabase } from '../apps/server/src/db/client';
import { queryRows } from '../apps/server/src/db/query-rows';
import { scanEligibility } from '../apps/server/src/modules/eligibility/eligibility-scan';
import { createTenant, createUnitRecord } from '../apps/server/src/modules/tenants/tenant-setup';
import { drainRefreshQueue, timeRootSuggestions } from './suggestions.bench';
import { seedNewTenant, seedPeopleHistory } from './synthetic-records';

/** The baseline: read the same rows, batch by batch, with the same keyset walk and no work on them. */
async function streamOnly(url: string, tenantId: string, batchSize: number) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let rows = 0;
  let last = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const batch = await client.query<{ id: string }>(
      'SELECT p.id FROM person p JOIN org_unit u ON u.tenant_id = p.tenant_id AND u.id = p.unit_id WHERE p.tenant_id = $1 AND p.id > $2 ORDER BY p.id LIMIT $3',
      [tenantId, last, batchSize],
    );
    if (batch.rows.length === 0) break;
    last = batch.rows[batch.rows.length - 1]!.id;
    const ids = batch.rows.map((r) => r.id);
    rows += batch.rows.length;
    for (const table of ['person', 'annual_rating', 'award', 'discipline', 'hold']) {
      const key = table === 'person' ? 'id' : 'subject_id';
      const result = await client.query(
        `SELECT * FROM ${table} WHERE tenant_id = $1 AND ${key} = ANY($2::uuid[])`,
        [tenantId, ids],
      );
      rows += result.rows.length;
    }
    // Initiatives belong to people through their authors.
    const initiatives = await client.query(
      `SELECT i.*, a.person_id, a.share_pct FROM initiative_author a
       JOIN initiative i ON i.tenant_id = a.tenant_id AND i.id = a.initiative_id
       WHERE a.tenant_id = $1 AND a.person_id = ANY($2::uuid[])`,
      [tenantId, ids],
    );
    rows += initiatives.rows.length;
  }
  await client.end();
  return rows;
}

export async function benchScan(url: string, subjects: number) {
  const database = await openDatabase({ databaseUrl: url });
  await database.migrate();
  const db = database.db;
  const tenantId = await createTenant(db, {
    code: `BENCH${Date.now()}`,
    name: 'Tỉnh đo hiệu năng',
    kind: 'PROVINCE',
  });
  const root = await createUnitRecord(db, tenantId, null, {
    code: 'ROOT',
    name: 'UBND tỉnh',
    type: 'UBND_TINH',
  });
  for (let i = 0; i < 10; i++)
    await createUnitRecord(db, tenantId, root, { code: `U${i}`, name: `Sở ${i}`, type: 'SO_BAN_NGANH' });
  let t = performance.now();
  await seedNewTenant(db, (tx) => seedPeopleHistory(tx, tenantId, subjects));
  await db.execute(sql`ANALYZE`);
  const seedMs = performance.now() - t;
  const [counts] = await queryRows<{ ratings: number; awards: number; initiatives: number }>(
    db,
    sql`SELECT (SELECT count(*)::int FROM annual_rating) AS ratings, (SELECT count(*)::int FROM award) AS awards,
               (SELECT count(*)::int FROM initiative) AS initiatives`,
  );

  t = performance.now();
  const streamedRows = await streamOnly(url, tenantId, 1000);
  const streamMs = performance.now() - t;

  const rssStart = process.memoryUsage().rss;
  let rssPeak = rssStart;
  const sampler = setInterval(() => {
    rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
  }, 25);
  t = performance.now();
  const { subjects: scanned } = await scanEligibility(db, tenantId, 2025, { batchSize: 1000 });
  const scanMs = performance.now() - t;
  clearInterval(sampler);
  const [verdicts] = await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM eligibility_verdict WHERE tenant_id = ${tenantId}`,
  );
  // What the refresh job judges next, as for the demo province (suggestions.bench.ts): the units
  // created before the scan are still queued (marked for every year, which one year's scan cannot
  // clear). Left there, the root's first call judged them inline (≤ 50 waiting), and their member
  // counts over 100,000 people took 2 s of that call: a refresh, not a read of the stored scan.
  t = performance.now();
  const drained = await drainRefreshQueue(db);
  const drainMs = performance.now() - t;
  // "Gợi ý đề nghị" for the root, read from the scan just stored (issue 19: < 2 s).
  const suggestions = await timeRootSuggestions(db, tenantId, 2025);
  await database.close();
  return {
    suggestions,
    drained,
    drainMs,
    subjects,
    scanned,
    seedMs,
    streamMs,
    streamedRows,
    scanMs,
    verdicts: verdicts!.n,
    rssGrowthMb: (rssPeak - rssStart) / 2 ** 20,
    ...counts!,
  };
}
