import type { Extensions } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe } from 'vitest';
import { createApp } from '../app';
import type { Database } from '../db/client';
import { openDemoDatabase } from './demo-db';
import { createFixture, type Fixture } from './fixtures';
import { testConfig } from './test-config';
import { ENGINES, type Engine, openTestDatabase } from './test-db';

export type TestEnv = { engine: Engine; database: Database; app: ReturnType<typeof createApp>; fx: Fixture };

const quietLogger = { error: () => {} };

/** Runs the same suite on PGlite and on PostgreSQL, each with a fresh database and fixture. */
export function describeEngines(
  name: string,
  body: (env: () => TestEnv, engine: Engine) => void,
  options: {
    pgliteExtensions?: Extensions /** Start from the demo province (test/demo-db.ts). */;
    demo?: boolean;
  } = {},
) {
  for (const engine of ENGINES) {
    describe(`${name} [${engine}]`, () => {
      let env: TestEnv | undefined;
      beforeAll(async () => {
        const database = options.demo
          ? await openDemoDatabase(engine)
          : await openTestDatabase(engine, { pgliteExtensions: options.pgliteExtensions });
        const config = testConfig();
        const app = createApp({ db: database.db, config }, quietLogger);
        env = { engine, database, app, fx: await createFixture(database.db) };
      });
      afterAll(async () => {
        await env?.database.close();
      });
      body(() => {
        if (!env) throw new Error('test env not ready');
        return env;
      }, engine);
    });
  }
}

/**
 * This engine's share of cases whose outcome does not depend on the engine (the HTTP edge and the
 * policies): every case runs once, on one engine in turn, instead of once per engine. A pass with
 * one engine (the Node LTS pass, the Citus pass) runs them all.
 */
export function shareOf<T>(cases: readonly T[], engine: Engine): T[] {
  const index = ENGINES.indexOf(engine);
  return cases.filter((_, i) => i % ENGINES.length === index);
}

/** describeEngines, each engine's database starting from the demo province. */
export function describeDemoEngines(name: string, body: (env: () => TestEnv, engine: Engine) => void) {
  describeEngines(name, body, { demo: true });
}
