// Which engines the integration suites run on (no vitest import: the global setup reads it too).

export type Engine = 'pglite' | 'postgres' | 'citus';
// `npm test`'s second Node pass (scripts/test-node-lts.sh) runs the suites on PGlite alone, and its
// Citus pass (scripts/test-citus.sh) on Citus alone: Citus runs only when asked for, because it
// needs the citus library installed (the global setup then starts a 3-node cluster).
const ALL_ENGINES: Engine[] = ['pglite', 'postgres', 'citus'];
const DEFAULT_ENGINES: Engine[] = ['pglite', 'postgres'];
export const ENGINES: Engine[] = chosenEngines(process.env.VINHDANH_TEST_ENGINES);

export function chosenEngines(list: string | undefined): Engine[] {
  const chosen = (list ?? '').split(',').filter(Boolean);
  return chosen.length ? ALL_ENGINES.filter((e) => chosen.includes(e)) : DEFAULT_ENGINES;
}
