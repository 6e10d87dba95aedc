import os from 'node:os';
import { benchScreens, type Timing } from './screens.bench';

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (n: number) => `${n.toFixed(1)} ms`;
const load = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(', ');

/** The `screens` part of `npm run bench`: each read at both sizes, its target and the growth between them. */
export async function printScreens(url: string, subjects: number) {
  console.log(
    `\n## Per-screen reads at the demo province and at ${fmt(subjects)} people × 20 years (PostgreSQL, service layer, one call at a time)`,
  );
  console.log(`load average before: ${load()} (${os.cpus().length} cores, shared)`);
  const r = await benchScreens(url, subjects);
  console.log(
    `data: demo ${fmt(r.demo.people)} people, ${fmt(r.demo.awards)} awards; synthetic ${fmt(r.large.people)} people, ${fmt(r.large.awards)} awards (seeded in ${(r.seedMs / 1000).toFixed(1)} s)`,
  );
  const line = (name: string, pick: (f: typeof r.demo) => Timing, target?: number) => {
    const a = pick(r.demo);
    const b = pick(r.large);
    const met =
      target === undefined ? '' : ` (target p95 < ${target} ms: ${b.p95 < target ? 'met' : 'NOT MET'})`;
    console.log(
      `${name.padEnd(26)} demo p50 ${ms(a.p50)}, p95 ${ms(a.p95)} · ${fmt(subjects)}: p50 ${ms(b.p50)}, p95 ${ms(b.p95)} · growth p95 ${(b.p95 / a.p95).toFixed(2)}×, p50 ${(b.p50 / a.p50).toFixed(2)}×${met}`,
    );
  };
  line('award search, 4 filters', (f) => f.awardSearch, 300);
  line('unit eligibility', (f) => f.unitEligibility, 300);
  line('people list, first page', (f) => f.peopleList);
  line('people search by name', (f) => f.peopleSearch);
  line('person timeline', (f) => f.timeline);
  console.log('(flat is the goal for every read: growth near 1×)');
  console.log(`load average after: ${load()}`);
}
