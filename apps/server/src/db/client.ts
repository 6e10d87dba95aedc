import fs from 'node:fs';
import path from 'node:path';
import { type Extensions, PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { distributeRemaining, placeFutureTables, prepareCitus } from './citus';
import { lockDataDir } from './data-dir-lock';
import { emptyClusterTemplate, isFreshDataDir } from './pglite-template';
import { openPools } from './replicas';
import * as schema from './schema/index';
import { unnamedStatements } from './unnamed-statements';

export type Schema = typeof schema;
/** The database as the app sees it: the same Drizzle API on PostgreSQL and PGlite. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export type Database = {
  db: Db;
  /** The hot standbys heavy reads go to (DATABASE_READ_URL); absent: they go to `db`. */
  readDb?: Db;
  engine: 'postgres' | 'pglite';
  migrate(): Promise<void>;
  close(): Promise<void>;
};

const PGLITE_SHARED_BUFFERS = '32MB';

const migrationsFolder = path.resolve(import.meta.dirname, 'migrations');

export type DatabaseOptions = {
  /** PostgreSQL connection string; when absent, embedded PGlite is used. */
  databaseUrl?: string | undefined;
  /** Hot standbys for the heavy reads (db/replicas.ts); PostgreSQL only. */
  readUrl?: string | undefined;
  /**
   * false: no statement is sent named, for a pooler that cannot follow them (unnamed-statements.ts,
   * VINHDANH_NAMED_STATEMENTS). PostgreSQL only: PGlite ignores names.
   */
  namedStatements?: boolean;
  /** PGlite data directory; `memory://` keeps it in memory (tests). */
  dataDir?: string;
  /** More PGlite extensions to load (tests read raw pages with pageinspect); pg_trgm is always loaded. */
  pgliteExtensions?: Extensions;
  /** Start PGlite from a dumped data directory (tests start from one migrated copy). */
  pgliteLoadDataDir?: Blob;
};

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) {
    // One host: a plain pool. Several hosts, or standbys for reads: db/replicas.ts.
    const pools = openPools(options.databaseUrl, options.readUrl);
    if (options.namedStatements === false)
      for (const pool of [pools.primary, pools.read]) if (pool) unnamedStatements(pool);
    const db = drizzlePg(pools.primary, { schema }) as unknown as Db;
    return {
      db,
      ...(pools.read && { readDb: drizzlePg(pools.read, { schema }) as unknown as Db }),
      engine: 'postgres',
      migrate: async () => migrateOnOneConnection(await pools.primaryUrl()),
      close: () => pools.end(),
    };
  }
  const dataDir = options.dataDir ?? 'memory://';
  let release = () => {};
  let loadDataDir = options.pgliteLoadDataDir;
  if (!dataDir.startsWith('memory://')) {
    fs.mkdirSync(dataDir, { recursive: true });
    release = lockDataDir(dataDir);
    // A new folder starts from the empty-cluster dump, so initdb's memory stays out of this process.
    if (!loadDataDir && isFreshDataDir(dataDir)) loadDataDir = await emptyClusterTemplate();
  }
  const client = await PGlite.create(dataDir, {
    // pg_trgm backs the name search's trigram index (migration 0039), as contrib does on PostgreSQL.
    extensions: { pg_trgm, ...options.pgliteExtensions },
    // initdb sets shared_buffers to 128 MB, which PGlite allocates and zeroes inside its WebAssembly
    // memory at open (memory that never shrinks). 32 MB holds the demo province's hot pages; the
    // rest is read through the OS page cache. Cuts ~110 MiB from the server (issue 19, item 5).
    startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${PGLITE_SHARED_BUFFERS}`],
    ...(loadDataDir && { loadDataDir }),
  }).catch((error) => {
    release();
    throw error;
  });
  await client.exec("SET TIME ZONE 'UTC'");
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    engine: 'pglite',
    migrate: () => migratePglite(db as never, { migrationsFolder }),
    close: async () => {
      await client.close();
      release();
    },
  };
}

/**
 * Migrations run on a connection of their own: on Citus it carries the session settings the
 * migrations need, places each new table as it is created, and places any table still local
 * afterwards (db/citus.ts). On plain PostgreSQL only the drizzle migrator runs.
 */
async function migrateOnOneConnection(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl, options: '-c TimeZone=UTC' });
  await client.connect();
  try {
    const citus = await prepareCitus(client);
    await migratePg(drizzlePg(client, { schema }) as never, { migrationsFolder });
    if (citus) {
      await distributeRemaining(client);
      await placeFutureTables(client);
    }
  } finally {
    await client.end();
  }
}
