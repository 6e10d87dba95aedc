// The server of the HTTP load part (http-load.bench.ts), run as a child process so that the load
// generator's own CPU is not counted against it. Argument: the database URL and a JSON file with
// the constant page the baseline route returns. Prints "PORT <n>" once it listens.
import fs from 'node:fs';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { createApp } from '../apps/server/src/app';
import { loadConfig } from '../apps/server/src/config/config';
import { openDatabase } from '../apps/server/src/db/client';

const [url, pageFile] = process.argv.slice(2);
if (!url || !pageFile) throw new Error('usage: http-load-server.ts <database url> <baseline page json>');
const page: unknown = JSON.parse(fs.readFileSync(pageFile, 'utf8'));
const database = await openDatabase({ databaseUrl: url });
// One trusted proxy hop: the public verification's rate limit (30 a minute per client) then counts
// the X-Forwarded-For address the load generator varies, as many citizens behind a proxy would be.
const config = {
  ...loadConfig({
    VINHDANH_DEMO: '1',
    VINHDANH_TRUST_PROXY: '1',
    // Set to 0 to measure without the session cache (decision 018).
    VINHDANH_SESSION_CACHE_SECONDS: process.env.VINHDANH_SESSION_CACHE_SECONDS,
    // The people list's page cache (decision 021); the bench runs a second server with 0.
    VINHDANH_PAGE_CACHE_SECONDS: process.env.VINHDANH_PAGE_CACHE_SECONDS,
  }),
  webDist: '/nonexistent',
};
const app = createApp({ db: database.db, config }, { error: (m, meta) => console.error(m, meta) });
const server = new Hono();
// The baseline: a bare Hono route on the same Node, serialising a constant 20-row people page.
server.get('/bench/baseline', (c) => c.json(page));
server.route('/', app);
const listener = serve({ fetch: server.fetch, hostname: '127.0.0.1', port: 0 });
listener.once('listening', () => {
  const address = listener.address();
  console.log(`PORT ${typeof address === 'object' && address ? address.port : 0}`);
});
// What makes up the RSS (issue 19, item 5): V8's heap against memory outside it (buffers, PGlite's
// WebAssembly, the native code), sampled every 250 ms, printed when the bench stops the server.
type Usage = ReturnType<typeof process.memoryUsage>;
const FIELDS = ['rss', 'heapTotal', 'heapUsed', 'external', 'arrayBuffers'] as const;
const first = process.memoryUsage();
let last: Usage = first;
const peak: Usage = { ...first };
const sampler = setInterval(() => {
  last = process.memoryUsage();
  for (const f of FIELDS) peak[f] = Math.max(peak[f], last[f]);
}, 250);
sampler.unref();
const mib = (n: number) => (n / 1048576).toFixed(0);
// Stopped by the bench when it is done; requests may still be in flight, so no orderly close.
process.on('SIGTERM', () => {
  const cache = process.env.VINHDANH_PAGE_CACHE_SECONDS ?? 'default';
  const line = FIELDS.map((f) => `${f} ${mib(first[f])}/${mib(peak[f])}/${mib(last[f])}`).join(', ');
  // After a full collection what is left is what the server holds, not garbage V8 has not yet taken.
  globalThis.gc?.();
  const collected = process.memoryUsage();
  console.error(
    `server child (page cache ${cache}) memory MiB, listening/peak/last: ${line}; after a full GC: heapUsed ${mib(collected.heapUsed)}, heapTotal ${mib(collected.heapTotal)}, rss ${mib(collected.rss)}`,
  );
  process.exit(0);
});
