import { defineConfig } from 'vitest/config';

/**
 * Suites left out of the Citus pass (`VINHDANH_TEST_ENGINES=citus`, scripts/test-citus.sh): they
 * test one engine's own behaviour, or nothing that depends on the engine, and already run on
 * PGlite and PostgreSQL. Every other integration suite runs on Citus too.
 */
const NOT_ON_CITUS: Record<string, string> = {
  'apps/server/src/durability.int.test.ts': 'PGlite data directory: SIGKILL and acknowledged writes',
  'apps/server/src/db/data-dir-lock.int.test.ts': 'PGlite data directory lock',
  'apps/server/src/security-headers.int.test.ts': 'HTTP headers, on PGlite only by design',
  'apps/server/src/startup-failures.int.test.ts':
    'server start-up checks, on a PGlite folder and the PostgreSQL cluster',
  'apps/server/src/modules/imports/zip-bomb.int.test.ts': 'server memory on a PGlite folder',
  'apps/server/src/modules/ballots/ballot-heap.int.test.ts': 'raw pages (pageinspect) of one node',
  'apps/server/src/bad-input.property.int.test.ts': 'random bad bodies, refused before any query',
  'apps/server/src/db/replicas.int.test.ts':
    'a PostgreSQL primary and streaming standby of its own, and failover',
  'apps/server/src/db/pgbouncer.int.test.ts': 'a PgBouncer of its own in front of one PostgreSQL',
  'bench/bench-workloads.int.test.ts': 'benchmark workloads on their own plain PostgreSQL databases',
};
const citusOnly = process.env.VINHDANH_TEST_ENGINES === 'citus';

// Two projects: fast pure tests, and integration tests that need a database
// (each integration suite runs on both PGlite and a real PostgreSQL).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          include: [
            'packages/*/src/**/*.test.ts',
            'apps/server/src/**/*.test.ts',
            'apps/web/src/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
          environment: 'node',
          // Property tests run a few seconds each; 5 s failed them on a busy 2-core machine.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'integration',
          // Runs after the unit project, two files at a time: each may hold a PostgreSQL database.
          sequence: { groupOrder: 1 },
          include: ['apps/server/src/**/*.int.test.ts', 'bench/**/*.int.test.ts'],
          exclude: ['**/node_modules/**', ...(citusOnly ? Object.keys(NOT_ON_CITUS) : [])],
          globalSetup: ['apps/server/src/test/global-setup.ts'],
          // Fails a test whose code sends a query to a pg client still busy with another (pg 9 refuses it).
          setupFiles: ['apps/server/src/test/one-query-at-a-time.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          maxWorkers: 2,
          // A worker keeps its loaded modules from one file to the next: importing the server
          // afresh for each file took ~8 s of a file's time. Each file still opens its own
          // databases, and no integration test replaces a module (only clock.int fakes Date, and
          // restores it after each test).
          isolate: false,
        },
      },
    ],
  },
});
