import { createApp } from '../apps/server/src/app';
import { loadConfig } from '../apps/server/src/config/config';
import { openDatabase } from '../apps/server/src/db/client';
import { ApiClient } from '../apps/server/src/test/client';
import { seedDecision } from '../apps/server/src/test/document-fixtures';
import { createFixture } from '../apps/server/src/test/fixtures';

/**
 * One decision with `awards` Giấy khen on embedded PGlite, printed into one PDF through the HTTP
 * app (verification codes and registry numbers are given on this first print). Peak memory is
 * the process RSS, sampled every 20 ms while the PDF streams.
 */
export async function benchCertificates(awards = 1000) {
  const database = await openDatabase({ dataDir: 'memory://' });
  await database.migrate();
  try {
    const fx = await createFixture(database.db);
    const seeded = await seedDecision(database.db, fx, 'own', { count: awards });
    const app = createApp({ db: database.db, config: { ...loadConfig({}), webDist: '/nonexistent' } });
    const leader = await ApiClient.login(app, fx.users.LEADER);
    const rssBefore = process.memoryUsage().rss;
    let peak = rssBefore;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 20);
    const started = performance.now();
    const res = await leader.getRaw(`/api/decisions/${seeded.decisionId}/certificates.pdf?layout=full`);
    if (res.status !== 200 || !res.body) throw new Error(`certificates.pdf → ${res.status}`);
    // The first bytes say how soon a user sees progress; the last, how long the batch takes.
    let firstByteMs = 0;
    let bytes = 0;
    for await (const chunk of res.body) {
      if (bytes === 0) firstByteMs = performance.now() - started;
      bytes += (chunk as Uint8Array).byteLength;
    }
    const ms = performance.now() - started;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    return { awards, ms, firstByteMs, bytes, peakRssMb: peak / 2 ** 20, rssBeforeMb: rssBefore / 2 ** 20 };
  } finally {
    await database.close();
  }
}
