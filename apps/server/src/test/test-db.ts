import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import type { Extensions } from '@electric-sql/pglite';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, openDatabase } from '../db/client';

export type Engine = 'pglite' | 'postgres';
// `npm test`'s second Node pass (scripts/test-node-lts.sh) runs the suites on PGlite alone.
const ALL_ENGINES: Engine[] = ['pglite', 'postgres'];
const chosen = (process.env.VINHDANH_TEST_ENGINES ?? '').split(',').filter(Boolean);
export const ENGINES: Engine[] = chosen.length ? ALL_ENGINES.filter((e) => chosen.includes(e)) : ALL_ENGINES;

let pgliteTemplate: Blob | undefined;

/** The migrated data directory the run's global setup dumped (read once per test file). */
function migratedPglite(): Blob {
  pgliteTemplate ??= new Blob([fs.readFileSync(inject('pgliteTemplate'))]);
  return pgliteTemplate;
}

/**
 * A fresh, migrated database: in-memory PGlite, or a new database in the test cluster. Both start
 * from the copy the global setup migrated; migrate() then finds nothing left to apply.
 */
export async function openTestDatabase(
  engine: Engine,
  options: {
    pgliteExtensions?: Extensions;
    /** Another starting copy than the migrated one (test/demo-db.ts: the demo province). */
    from?: { pglite?: Blob; postgresTemplate?: string };
  } = {},
): Promise<Database> {
  if (engine === 'pglite') {
    const database = await openDatabase({
      dataDir: 'memory://',
      pgliteLoadDataDir: options.from?.pglite ?? migratedPglite(),
      ...(options.pgliteExtensions && { pgliteExtensions: options.pgliteExtensions }),
    });
    await database.migrate();
    return database;
  }
  const adminUrl = inject('postgresUrl');
  const template = options.from?.postgresTemplate ?? inject('postgresTemplate');
  const name = `vd_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString() });
  await database.migrate();
  return database;
}
