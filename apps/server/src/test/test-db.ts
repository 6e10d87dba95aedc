import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import type { Extensions } from '@electric-sql/pglite';
import { inject } from 'vitest';
import { type Database, openDatabase } from '../db/client';
import { createCitusDatabase, dropCitusDatabase } from './citus-cluster';
import type { Engine } from './engine-choice';
import { createDatabase } from './postgres-cluster';

export { ENGINES, type Engine } from './engine-choice';

let pgliteTemplate: Blob | undefined;

/** The migrated data directory the run's global setup dumped (read once per test file). */
function migratedPglite(): Blob {
  pgliteTemplate ??= new Blob([fs.readFileSync(inject('pgliteTemplate'))]);
  return pgliteTemplate;
}

/**
 * A fresh, migrated database: in-memory PGlite, or a new database in the test cluster. Both start
 * from the copy the global setup migrated; migrate() then finds nothing left to apply. On Citus
 * each node copies its part of the template the global setup migrated and distributed.
 */
export async function openTestDatabase(
  engine: Engine,
  options: {
    pgliteExtensions?: Extensions;
    /** Another starting copy than the migrated one (test/demo-db.ts: the demo province). */
    from?: { pglite?: Blob; postgresTemplate?: string };
    /** false: as behind a pooler that cannot follow named statements (VINHDANH_NAMED_STATEMENTS=0). */
    namedStatements?: boolean;
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
  if (engine === 'citus') {
    const nodes = inject('citusNodes');
    const name = `vd_test_${randomBytes(6).toString('hex')}`;
    const url = await createCitusDatabase(nodes, name, inject('citusTemplate'));
    const database = await openDatabase({ databaseUrl: url, namedStatements: options.namedStatements });
    await database.migrate();
    return {
      ...database,
      close: async () => {
        await database.close();
        await dropCitusDatabase(nodes, name);
      },
    };
  }
  const adminUrl = inject('postgresUrl');
  const template = options.from?.postgresTemplate ?? inject('postgresTemplate');
  const name = `vd_test_${randomBytes(6).toString('hex')}`;
  const database = await openDatabase({
    databaseUrl: await createDatabase(adminUrl, name, template),
    namedStatements: options.namedStatements,
  });
  await database.migrate();
  return database;
}
