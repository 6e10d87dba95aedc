import { defineConfig } from 'vitest/config';

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
