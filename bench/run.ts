// `npm run bench`: prints figures and ratios against baselines measured in the same run.
// Options: --subjects N (default 100000).
import { startThrowawayCluster } from '../apps/server/src/test/postgres-cluster';
import { benchEngine } from './eligibility-engine.bench';
import { benchScan } from './eligibility-scan.bench';

const arg = process.argv.indexOf('--subjects');
const subjects = arg > 0 ? Number(process.argv[arg + 1]) : 100_000;
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

console.log(`# Vinh Danh benchmarks (${new Date().toISOString()}, node ${process.version})\n`);

console.log(`## Eligibility engine alone (one core, ${fmt(subjects)} subjects × 20-year histories)`);
const engine = benchEngine(subjects);
console.log(
  `evaluations:              ${fmt(engine.evaluations)} award verdicts (${fmt(engine.eligible)} eligible)`,
);
console.log(
  `engine, no texts:         ${sec(engine.engineMs)} → ${fmt(engine.evaluationsPerSecond)} evaluations/s (target ≥ 200,000)`,
);
console.log(`engine, with reason texts: ${fmt(engine.explainedPerSecond)} evaluations/s`);
console.log(
  `baseline (index only):    ${sec(engine.baselineMs)} for ${fmt(engine.records)} records; engine/baseline = ${(engine.engineMs / engine.baselineMs).toFixed(1)}×\n`,
);

console.log(`## rules scan on PostgreSQL (${fmt(subjects)} subjects)`);
const cluster = process.env.DATABASE_URL ? null : await startThrowawayCluster();
try {
  const url = process.env.DATABASE_URL ?? cluster!.url;
  const scan = await benchScan(url, subjects);
  console.log(
    `data: ${fmt(scan.ratings)} ratings, ${fmt(scan.awards)} awards, ${fmt(scan.initiatives)} initiatives (seeded in ${sec(scan.seedMs)})`,
  );
  console.log(`stream the same rows:     ${sec(scan.streamMs)} (${fmt(scan.streamedRows)} rows)`);
  console.log(
    `rules scan end to end:    ${sec(scan.scanMs)} for ${fmt(scan.scanned)} subjects, ${fmt(scan.verdicts)} verdicts kept`,
  );
  console.log(`scan / stream:            ${(scan.scanMs / scan.streamMs).toFixed(2)}× (target ≤ 3×)`);
  console.log(`memory growth during scan: ${scan.rssGrowthMb.toFixed(0)} MiB (flat: batches of 1,000)`);
} finally {
  cluster?.stop();
}
