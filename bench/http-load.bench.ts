import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { createApp } from '../apps/server/src/app';
import { loadConfig } from '../apps/server/src/config/config';
import { openDatabase } from '../apps/server/src/db/client';
import { queryRows } from '../apps/server/src/db/query-rows';
import { DEMO_PASSWORD, seedDemo } from '../apps/server/src/demo/seed-demo';
import { ensureVerifications } from '../apps/server/src/modules/verification/index';
import { sampleTreeRss } from './process-tree-rss';

// Issue 19's HTTP load part: the common reads of the demo province on PostgreSQL, under autocannon
// against 127.0.0.1 at 10 and 50 connections, each case bounded in time, beside a bare Hono route
// returning a constant 20-row people page on the same Node. The server runs in a child process so
// autocannon's own CPU is not taken from it (the machine has two cores).

export type LoadFigure = {
  connections: number;
  perSecond: number;
  p50: number;
  p99: number;
  requests: number;
};
export type LoadCase = { name: string; queries: { first: number; next: number }; figures: LoadFigure[] };

type Case = { name: string; paths: string[]; signedIn: boolean };

/** Counts the statements sent to PostgreSQL while `work` runs (node-postgres only). */
async function countQueries(work: () => Promise<void>) {
  const proto = pg.Client.prototype as unknown as { query: (...a: unknown[]) => unknown };
  const query = proto.query;
  let n = 0;
  proto.query = function (this: unknown, ...args: unknown[]) {
    n += 1;
    return query.apply(this, args);
  };
  try {
    await work();
  } finally {
    proto.query = query;
  }
  return n;
}

async function demoSample(url: string) {
  const database = await openDatabase({ databaseUrl: url });
  await database.migrate();
  const db = database.db;
  await seedDemo(db);
  const people = await queryRows<{ id: string; tenant_id: string }>(
    db,
    sql`SELECT p.id, p.tenant_id FROM person p JOIN tenant t ON t.tenant_id = p.tenant_id
        WHERE t.code = 'SONHA' ORDER BY p.id LIMIT 200`,
  );
  const tenantId = people[0]!.tenant_id;
  const awards = await queryRows<{ id: string }>(
    db,
    sql`SELECT id FROM award WHERE tenant_id = ${tenantId} AND decision_id IS NOT NULL ORDER BY id LIMIT 200`,
  );
  // Certificates printed for 200 awards: their codes are what citizens scan.
  const codes = [
    ...(
      await ensureVerifications(
        db,
        tenantId,
        awards.map((a) => a.id),
      )
    ).values(),
  ].map((v) => v.code);
  // Vacuumed as well as analyzed, as autovacuum leaves a running server's tables: otherwise its
  // workers vacuum the freshly seeded tables in the middle of the load, and the visibility map
  // that index-only scans need is still empty.
  await db.execute(sql`VACUUM (ANALYZE)`);
  await db.execute(sql`CHECKPOINT`);
  return { database, people: people.map((p) => p.id), codes };
}

function cases(people: string[], codes: string[]): Case[] {
  const searches = ['nguyen van', 'tran thi', 'hoa', 'le minh', 'pham'];
  return [
    { name: 'people list', paths: ['/api/people?page=1&pageSize=20'], signedIn: true },
    {
      name: 'people search',
      paths: searches.map((q) => `/api/people?q=${encodeURIComponent(q)}&pageSize=20`),
      signedIn: true,
    },
    { name: 'timeline', paths: people.map((id) => `/api/people/${id}/timeline`), signedIn: true },
    {
      name: 'eligibility',
      paths: people.map((id) => `/api/subjects/${id}/eligibility?subjectType=PERSON&year=2025`),
      signedIn: true,
    },
    {
      name: 'award search',
      paths: ['/api/awards?pageSize=20', '/api/awards?yearFrom=2024&yearTo=2024&pageSize=20'],
      signedIn: true,
    },
    { name: 'org tree', paths: ['/api/org-units'], signedIn: true },
    { name: 'public verification', paths: codes.map((c) => `/api/public/verify/${c}`), signedIn: false },
    { name: 'health (signed in)', paths: ['/api/health'], signedIn: true },
  ];
}

/** The people list and search again, on a second server with the page cache off (decision 021). */
const PAGE_CACHE_OFF = ' (page cache off)';
const pageCacheOff = (all: Case[]) =>
  all.filter((c) => c.name.startsWith('people')).map((c) => ({ ...c, name: `${c.name}${PAGE_CACHE_OFF}` }));

/** Queries per request, through the app in-process: the first request of a session, then the next. */
async function queriesPerRequest(
  db: Parameters<typeof createApp>[0]['db'],
  all: Case[],
  pageCacheSeconds = process.env.VINHDANH_PAGE_CACHE_SECONDS,
) {
  const config = {
    ...loadConfig({
      VINHDANH_DEMO: '1',
      VINHDANH_TRUST_PROXY: '1',
      // Set to 0 to measure without the session cache (decision 018).
      VINHDANH_SESSION_CACHE_SECONDS: process.env.VINHDANH_SESSION_CACHE_SECONDS,
      VINHDANH_PAGE_CACHE_SECONDS: pageCacheSeconds,
    }),
    webDist: '/nonexistent',
  };
  const app = createApp({ db, config }, { error: () => {} });
  const counts = new Map<string, { first: number; next: number }>();
  let page = '';
  for (const c of all) {
    // A fresh session per case, so "first" includes its lookup whatever an earlier case left cached.
    const login = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.0.0.1' },
      body: JSON.stringify({ username: 'quantri', password: DEMO_PASSWORD }),
    });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const headers = { 'x-forwarded-for': '10.0.0.2', ...(c.signedIn && { cookie }) };
    const once = async () => {
      const res = await app.request(c.paths[0]!, { headers });
      const body = await res.text();
      if (res.status !== 200) throw new Error(`${c.paths[0]} → ${res.status} ${body.slice(0, 200)}`);
      if (c.name === 'people list') page = body;
    };
    counts.set(c.name, { first: await countQueries(once), next: await countQueries(once) });
  }
  return { counts, page };
}

/** The server's old-space cap and young-generation semi-space in MiB, as docs/operations.md says. */
const SERVER_HEAP_MB = 256;
const SERVER_SEMI_SPACE_MB = 64;

async function startServer(url: string, pageFile: string, env: NodeJS.ProcessEnv = {}) {
  const child = spawn(
    process.execPath,
    // The heap cap a province's server runs with (docs/operations.md): without one, V8 on this
    // 24 GB machine let the reads' garbage pile up (RSS 240 → 605 MiB, 71 MiB live after a full
    // collection). --optimize-for-size, which `npm start` uses for the PGlite trial, kept RSS flat
    // but cut every uncached read to about a third (the full run of 2026-12-05 13:13: timeline
    // 479 → 159 req/s). The 64 MiB semi-space: with 50 requests in flight, V8's default 16 MiB young
    // generation filled between collections while most of it was still live, so every scavenge
    // copied it and promoted it to the old space (garbage collection 24% of the busy time of the
    // eligibility read). --expose-gc: the child measures its live heap after a full collection.
    [
      `--max-old-space-size=${SERVER_HEAP_MB}`,
      `--max-semi-space-size=${SERVER_SEMI_SPACE_MB}`,
      '--expose-gc',
      '--import',
      'tsx',
      path.join(import.meta.dirname, 'http-load-server.ts'),
      url,
      pageFile,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /PORT (\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.once('exit', (code) => reject(new Error(`the bench server exited (${code}) before listening`)));
  });
  // The server's RSS, sampled every 100 ms for the whole load: flat is the target (issue 19, item 5).
  const memory = sampleTreeRss(child.pid!, 100);
  return {
    base: `http://127.0.0.1:${port}`,
    memory,
    stop: () => {
      memory.stop();
      child.kill('SIGTERM');
    },
  };
}

async function load(base: string, c: Case, cookie: string, connections: number, seconds: number) {
  let i = 0;
  const result = await autocannon({
    url: base,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'GET',
        setupRequest: (req) => {
          i += 1;
          // 9,000 made-up client addresses: each stays under its 30 look-ups a minute, and the
          // verification limiter (10,000 keys) never has to evict.
          const j = i % 9000;
          const headers: Record<string, string> = { 'x-forwarded-for': `10.${j >> 8}.${j & 255}.7` };
          if (c.signedIn) headers.cookie = cookie;
          return { ...req, path: c.paths[i % c.paths.length]!, headers };
        },
      },
    ],
  });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${c.name}: ${result.non2xx} non-2xx answers and ${result.errors} errors`);
  }
  return {
    connections,
    perSecond: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
  };
}

export async function benchHttpLoad(url: string, seconds = 5) {
  const { database, people, codes } = await demoSample(url);
  const all = cases(people, codes);
  const { counts, page } = await queriesPerRequest(database.db, all);
  const off = pageCacheOff(all);
  for (const [name, n] of (await queriesPerRequest(database.db, off, '0')).counts) counts.set(name, n);
  await database.close();
  const pageFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vinhdanh-load-')), 'page.json');
  fs.writeFileSync(pageFile, page);
  const server = await startServer(url, pageFile);
  try {
    const signIn = async (base: string) => {
      const login = await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.0.0.3' },
        body: JSON.stringify({ username: 'quantri', password: DEMO_PASSWORD }),
      });
      return login.headers.get('set-cookie')!.split(';')[0]!;
    };
    const cookie = await signIn(server.base);
    const baselineCase: Case = { name: 'baseline', paths: ['/bench/baseline'], signedIn: false };
    const run = async (c: Case, base = server.base, session = cookie) => {
      // Warm the pool, the plans and the JIT first, as a running server would be.
      await load(base, c, session, 50, 1);
      return [await load(base, c, session, 10, seconds), await load(base, c, session, 50, seconds)];
    };
    const idleMb = server.memory.samples.last;
    const baseline = await run(baselineCase);
    const beforeMb = server.memory.samples.last;
    server.memory.samples.peak = beforeMb;
    const results: LoadCase[] = [];
    for (const c of all) {
      results.push({ name: c.name, queries: counts.get(c.name)!, figures: await run(c) });
    }
    // Before: after the baseline's load (the bare route), i.e. the server warmed but not yet asked a read.
    const memory = {
      idleMb,
      beforeMb,
      peakMb: server.memory.samples.peak,
      afterMb: server.memory.samples.last,
    };
    // The same list and search on a second server child without the page cache, for the honest
    // figure of a page read from the database each time. The first server is idle meanwhile.
    const uncached = await startServer(url, pageFile, { VINHDANH_PAGE_CACHE_SECONDS: '0' });
    try {
      const session = await signIn(uncached.base);
      for (const c of off) {
        results.push({
          name: c.name,
          queries: counts.get(c.name)!,
          figures: await run(c, uncached.base, session),
        });
      }
    } finally {
      uncached.stop();
    }
    return { baseline, results, seconds, pageBytes: Buffer.byteLength(page), memory };
  } finally {
    server.stop();
    fs.rmSync(path.dirname(pageFile), { recursive: true, force: true });
  }
}
