import { serve } from '@hono/node-server';
import { sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { createApp } from '../apps/server/src/app';
import { loadConfig } from '../apps/server/src/config/config';
import { openDatabase } from '../apps/server/src/db/client';
import { queryRows } from '../apps/server/src/db/query-rows';
import { DEMO_PASSWORD, seedDemo } from '../apps/server/src/demo/seed-demo';
import { newId } from '../apps/server/src/lib/ids';
import { SESSION_COOKIE } from '../apps/server/src/modules/auth/auth.routes';
import { resolveSession } from '../apps/server/src/modules/auth/auth.service';
import { createAwardInput } from '../apps/server/src/modules/records/awards.schemas';
import { insertNewAward } from '../apps/server/src/modules/records/awards.service';
import { loadTenantRuleSets } from '../apps/server/src/modules/rule-params/tenant-rule-set';
import { isDecisionSigned } from '../apps/server/src/modules/signing/index';

// Issue 19's write target: POST /api/awards throughput at 50 connections over that at 10, beside
// the same ratio for the same write without its audit append. The baseline route sits on the same
// server, resolves the session the same way and runs insertNewAward, the award write createAward
// makes before its audit event, in a transaction. Plain concurrent fetch loops against 127.0.0.1,
// each figure bounded in time.

type Figure = { connections: number; requests: number; perSecond: number; p50: number; p99: number };

async function load(
  url: string,
  cookie: string,
  csrf: string,
  body: (i: number) => unknown,
  connections: number,
  ms: number,
) {
  const times: number[] = [];
  let failures = 0;
  let firstFailure = '';
  let next = 0;
  const end = performance.now() + ms;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) {
        const t = performance.now();
        const res = await fetch(url, {
          method: 'POST',
          headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
          body: JSON.stringify(body(next++)),
        });
        const text = await res.text();
        if (res.status !== 201) {
          failures += 1;
          firstFailure ||= `${res.status} ${text.slice(0, 300)}`;
        }
        times.push(performance.now() - t);
      }
    }),
  );
  if (failures > 0)
    throw new Error(`${url}: ${failures} of ${times.length} requests failed, e.g. ${firstFailure}`);
  const elapsed = performance.now() - started;
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0;
  return {
    connections,
    requests: times.length,
    perSecond: times.length / (elapsed / 1000),
    p50: at(0.5),
    p99: at(0.99),
  };
}

export async function benchWrites(url: string, seconds = 3) {
  const database = await openDatabase({ databaseUrl: url });
  await database.migrate();
  const db = database.db;
  await seedDemo(db);
  const people = await queryRows<{ id: string }>(
    db,
    sql`SELECT p.id FROM person p JOIN tenant t ON t.tenant_id = p.tenant_id
        JOIN org_unit u ON u.tenant_id = p.tenant_id AND u.id = p.unit_id
        JOIN org_unit s ON s.tenant_id = p.tenant_id AND s.code = 'SGDDT'
        WHERE t.code = 'SONHA' AND u.path LIKE s.path || '%' ORDER BY p.id LIMIT 500`,
  );
  const config = { ...loadConfig({ VINHDANH_DEMO: '1' }), webDist: '/nonexistent' };
  const deps = { db, config };
  const app = createApp(deps, { error: () => {} });
  const server = new Hono();
  server.post('/bench/awards-without-audit', async (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    const resolved = token ? await resolveSession(deps, token) : null;
    if (!resolved) return c.json({}, 401);
    const ctx = { actor: resolved.actor, requestId: newId() };
    const input = createAwardInput.parse(await c.req.json());
    const ruleSets = await loadTenantRuleSets(db, ctx.actor.tenantId);
    const row = await db.transaction((tx) => insertNewAward(tx, ctx, input, ruleSets, isDecisionSigned));
    return c.json({ id: row.id }, 201);
  });
  server.route('/', app);
  const listener = serve({ fetch: server.fetch, hostname: '127.0.0.1', port: 0 });
  await new Promise((resolve) => listener.once('listening', resolve));
  const address = listener.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    // The Department of Education's records officer, writing awards of its people.
    body: JSON.stringify({ username: 'canbo.sogd', password: DEMO_PASSWORD }),
  });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const me = await fetch(`${base}/api/auth/me`, { headers: { cookie } });
  const csrf = ((await me.json()) as { csrfToken: string }).csrfToken;
  const award = (i: number) => ({
    subjectId: people[i % people.length]!.id,
    awardCode: 'CSTDCS',
    year: 2024,
    decisionNumber: `${1000 + (i % 9000)}/QĐ-BENCH`,
    decisionDate: '2025-02-10',
  });
  const ms = seconds * 1000;
  const run = async (path: string, connections: number) =>
    load(`${base}${path}`, cookie, csrf, award, connections, ms);
  // Warm up the pool, the plans and the tenant's audit heads.
  await load(`${base}/api/awards`, cookie, csrf, award, 50, 500);
  await load(`${base}/bench/awards-without-audit`, cookie, csrf, award, 50, 500);
  const withAudit: Figure[] = [await run('/api/awards', 10), await run('/api/awards', 50)];
  const without: Figure[] = [
    await run('/bench/awards-without-audit', 10),
    await run('/bench/awards-without-audit', 50),
  ];
  const [shards] = await queryRows<{ n: number }>(
    db,
    sql`SELECT count(DISTINCT e.shard)::int AS n FROM audit_event e JOIN tenant t ON t.tenant_id = e.tenant_id
        WHERE t.code = 'SONHA' AND e.action = 'award.create'`,
  );
  listener.close();
  await database.close();
  return { withAudit, without, shardsUsed: shards?.n ?? 0, seconds };
}
