// The per-screen sweep of issue 19: every list/detail GET the web's screens call, over HTTP
// (app.request, in process), as the tenant's administrator over the whole tenant and as an officer
// of one department, on the demo province and on the synthetic province of 100,000 people × 20
// years beside it in one PostgreSQL database. Not a part of `npm run bench`: seeding takes minutes.
//
//   DATABASE_URL=postgres://…/postgres npx tsx bench/screen-sweep.ts [--subjects 100000] [--calls 5] [--only substr]
//
// The database `vd_sweep` is created and seeded on the first run and reused afterwards (drop it
// to start again); migrations newer than it are applied on each run.
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { createApp } from '../apps/server/src/app';
import { loadConfig } from '../apps/server/src/config/config';
import { openDatabase } from '../apps/server/src/db/client';
import { queryRows } from '../apps/server/src/db/query-rows';
import { DEMO_TENANT_CODE, seedDemo } from '../apps/server/src/demo/seed-demo';
import { ApiClient } from '../apps/server/src/test/client';
import { createFixtureUser } from '../apps/server/src/test/fixtures';
import { createBenchTenant, seedPeopleHistory, seedReportRecords } from './synthetic-records';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1]! : fallback;
};
const subjects = Number(option('subjects', '100000'));
const calls = Number(option('calls', '5'));
const only = option('only', '');
const adminUrl = process.env.DATABASE_URL;
if (!adminUrl) throw new Error('DATABASE_URL: the cluster to seed the sweep database in');
const DB_NAME = 'vd_sweep';
const SWEEP_TENANT = 'SWEEP';

async function ensureDatabase(): Promise<{ url: string; fresh: boolean }> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DB_NAME]);
  if (found.rowCount === 0) await admin.query(`CREATE DATABASE ${DB_NAME}`);
  await admin.end();
  const url = new URL(adminUrl!);
  url.pathname = `/${DB_NAME}`;
  return { url: url.toString(), fresh: found.rowCount === 0 };
}

const { url, fresh } = await ensureDatabase();
const database = await openDatabase({ databaseUrl: url });
await database.migrate();
const db = database.db;
let [tenant] = await queryRows<{ tenant_id: string }>(
  db,
  sql`SELECT tenant_id FROM tenant WHERE code = ${SWEEP_TENANT}`,
);
if (fresh || !tenant) {
  const t = performance.now();
  await seedDemo(db);
  const synthetic = await createBenchTenant(db, SWEEP_TENANT, 'PROVINCE');
  await seedPeopleHistory(db, synthetic.tenantId, subjects);
  await seedReportRecords(db, synthetic.tenantId, subjects);
  await db.execute(sql`ANALYZE`);
  console.error(`seeded ${subjects} people in ${((performance.now() - t) / 1000).toFixed(0)} s`);
  tenant = { tenant_id: synthetic.tenantId };
}

type Who = { label: string; username: string; unitId: string };

/** The administrator over the whole tenant and an officer of its first department. */
async function ensureUsers(tenantId: string, prefix: string): Promise<Who[]> {
  const [root] = await queryRows<{ id: string }>(
    db,
    sql`SELECT id FROM org_unit WHERE tenant_id = ${tenantId} AND parent_id IS NULL`,
  );
  const [dept] = await queryRows<{ id: string }>(
    db,
    sql`SELECT u.id FROM org_unit u WHERE u.tenant_id = ${tenantId} AND u.parent_id = ${root!.id}
        ORDER BY (SELECT count(*) FROM person p WHERE p.tenant_id = u.tenant_id AND p.unit_id = u.id) DESC, u.code LIMIT 1`,
  );
  const users: Who[] = [
    { label: 'admin', username: `${prefix}_admin`, unitId: root!.id },
    { label: 'officer', username: `${prefix}_officer`, unitId: dept!.id },
  ];
  for (const [i, u] of users.entries()) {
    const [exists] = await queryRows(db, sql`SELECT 1 FROM app_user WHERE username = ${u.username}`);
    if (exists) {
      // The second factor the login enrolled last run is not known to this run's client.
      await db.execute(sql`UPDATE app_user SET mfa_secret = NULL, mfa_enabled_at = NULL, mfa_last_step = NULL,
                             mfa_recovery_hashes = NULL WHERE username = ${u.username}`);
      continue;
    }
    await createFixtureUser(db, tenantId, {
      username: u.username,
      fullName: i === 0 ? 'Quản trị đo' : 'Cán bộ đo',
      roles: i === 0 ? ['TENANT_ADMIN'] : ['UNIT_OFFICER'],
      unitId: u.unitId,
    });
  }
  return users;
}

const [demo] = await queryRows<{ tenant_id: string }>(
  db,
  sql`SELECT tenant_id FROM tenant WHERE code = ${DEMO_TENANT_CODE}`,
);
const config = { ...loadConfig({ VINHDANH_DEMO: '1' }), webDist: '/nonexistent' };
const app = createApp({ db, config }, { error: () => {} });

/** Ids the detail routes need, from rows inside the user's unit (the first by id of each kind). */
async function sampleIds(tenantId: string, unitId: string) {
  const [unit] = await queryRows<{ path: string }>(
    db,
    sql`SELECT path FROM org_unit WHERE tenant_id = ${tenantId} AND id = ${unitId}`,
  );
  const inside = `'${unit!.path}%'`;
  const one = async (from: string) => {
    const [row] = await queryRows<{ id: string }>(
      db,
      sql.raw(`SELECT x.id FROM ${from} WHERE x.tenant_id = '${tenantId}' ORDER BY x.id LIMIT 1`),
    );
    return row?.id;
  };
  const under = (table: string, unitColumn = 'unit_id') =>
    one(
      `${table} x JOIN org_unit u ON u.tenant_id = x.tenant_id AND u.id = x.${unitColumn} AND u.path LIKE ${inside}`,
    );
  const [busiest] = await queryRows<{ id: string }>(
    db,
    sql.raw(`SELECT p.unit_id AS id FROM person p JOIN org_unit u ON u.tenant_id = p.tenant_id AND u.id = p.unit_id
              WHERE p.tenant_id = '${tenantId}' AND u.path LIKE ${inside}
              GROUP BY p.unit_id ORDER BY count(*) DESC LIMIT 1`),
  );
  return {
    person: await under('person'),
    unit: busiest?.id ?? unitId,
    proposal: await under('proposal', 'submitting_unit_id'),
    decision: await one('decision x'),
    movement: await one('movement x'),
  };
}

function endpoints(ids: Awaited<ReturnType<typeof sampleIds>>): string[] {
  const year = 2025;
  const list = [
    '/api/auth/me',
    '/api/auth/me/notices',
    '/api/my-work',
    '/api/notifications',
    '/api/reports/dashboard',
    '/api/org-units',
    `/api/org-units/${ids.unit}`,
    `/api/org-units/${ids.unit}/timeline`,
    '/api/people/count',
    '/api/people?page=1&pageSize=20',
    `/api/people/${ids.person}`,
    `/api/people/${ids.person}/timeline`,
    '/api/collectives',
    '/api/households',
    '/api/movements',
    ids.movement && `/api/movements/${ids.movement}`,
    '/api/registrations',
    '/api/proposals',
    '/api/proposals/queue',
    '/api/proposals/overdue',
    ids.proposal && `/api/proposals/${ids.proposal}`,
    '/api/councils',
    `/api/councils/proposal-candidates?unitId=${ids.unit}`,
    `/api/councils/member-candidates?unitId=${ids.unit}`,
    '/api/decisions',
    ids.decision && `/api/decisions/${ids.decision}`,
    '/api/clusters',
    '/api/fund',
    '/api/audit',
    '/api/complaints',
    '/api/models',
    '/api/users',
    '/api/inspection-plans',
    '/api/model-conferences',
    '/api/models/published',
    '/api/models/review-queue',
    '/api/fund/awaiting',
    '/api/incoming-dossiers',
    '/api/award-catalogue',
    '/api/tenant-awards',
    '/api/rule-params',
    '/api/document-settings',
    `/api/org-units/${ids.unit}/history`,
    `/api/org-units/${ids.unit}/suggestions?year=${year}`,
    `/api/subjects/${ids.unit}/eligibility?year=${year}`,
    `/api/subjects/${ids.person}/eligibility?year=${year}`,
  ];
  return list.filter((p): p is string => Boolean(p)).filter((p) => p.includes(only));
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

type Row = {
  tenant: string;
  who: string;
  path: string;
  status: number;
  p50: number;
  max: number;
  bytes: number;
};
const rows: Row[] = [];
for (const [label, tenantId, prefix] of [
  ['demo', demo!.tenant_id, 'sweepdemo'],
  ['100k', tenant!.tenant_id, 'sweep100k'],
] as const) {
  const users = await ensureUsers(tenantId, prefix);
  for (const who of users) {
    const ids = await sampleIds(tenantId, who.unitId);
    const client = await ApiClient.login(app, who.username);
    for (const path of endpoints(ids)) {
      const first = await client.request('GET', path);
      const times: number[] = [];
      for (let i = 0; i < calls; i++) {
        const t = performance.now();
        await client.request('GET', path);
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      rows.push({
        tenant: label,
        who: who.label,
        path: path.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, '{id}'),
        status: first.status,
        p50: percentile(times, 50),
        max: times.at(-1) ?? 0,
        bytes: JSON.stringify(first.body ?? '').length,
      });
      const r = rows.at(-1)!;
      console.error(
        `${label.padEnd(5)} ${who.label.padEnd(8)} ${String(r.status).padEnd(4)} ${r.p50.toFixed(0).padStart(6)} ${r.max.toFixed(0).padStart(6)} ms  ${r.path}`,
      );
    }
  }
}

// One line per endpoint and role: the demo figure beside the 100k figure.
console.log('| endpoint | role | demo p50 ms | 100k p50 ms | 100k max ms | status |');
console.log('|---|---|---:|---:|---:|---|');
for (const r of rows.filter((x) => x.tenant === '100k')) {
  const d = rows.find((x) => x.tenant === 'demo' && x.who === r.who && x.path === r.path);
  console.log(
    `| ${r.path} | ${r.who} | ${d ? d.p50.toFixed(0) : '–'} | ${r.p50.toFixed(0)} | ${r.max.toFixed(0)} | ${r.status} |`,
  );
}
await database.close();
process.exit(0);
