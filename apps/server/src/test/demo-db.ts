import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { eq } from 'drizzle-orm';
import { inject } from 'vitest';
import { type Database, type Db, openDatabase } from '../db/client';
import { tenant } from '../db/schema/index';
import { DEMO_TENANT_CODE, seedDemo } from '../demo/seed-demo';
import { createDatabase } from './postgres-cluster';
import { type Engine, openTestDatabase } from './test-db';

// Seeding the demo province takes 10–15 s a time on a busy machine, and five suites read it on
// each engine. The first suite of the run that asks seeds one copy per engine; every suite then
// starts from a copy of it, as the migrated databases do (global-setup.ts).

const WAIT_MS = 5 * 60_000;
const runDir = () => path.dirname(inject('pgliteTemplate'));

/**
 * Runs `build` once across the run's workers: the first to create the lock file builds, the others
 * wait for the file that says it is done (a failed build fails its own suite, and the waiting ones
 * at their hook timeout).
 */
async function once(name: string, build: () => Promise<void>): Promise<void> {
  const done = path.join(runDir(), `${name}.done`);
  if (fs.existsSync(done)) return;
  let fd: number | undefined;
  try {
    fd = fs.openSync(path.join(runDir(), `${name}.lock`), 'wx');
  } catch {
    const until = Date.now() + WAIT_MS;
    while (!fs.existsSync(done)) {
      if (Date.now() > until) throw new Error(`${name}: another worker never finished seeding the demo`);
      await sleep(200);
    }
    return;
  }
  try {
    await build();
    fs.writeFileSync(done, '');
  } finally {
    fs.closeSync(fd);
  }
}

let demoPglite: Blob | undefined;

async function pgliteDemoCopy(): Promise<Blob> {
  const file = path.join(runDir(), 'pglite-demo.tar');
  await once('pglite-demo', async () => {
    const database = await openTestDatabase('pglite');
    try {
      await seedDemo(database.db);
      const client = (database.db as unknown as { $client: { dumpDataDir(c: 'none'): Promise<Blob> } })
        .$client;
      fs.writeFileSync(file, Buffer.from(await (await client.dumpDataDir('none')).arrayBuffer()));
    } finally {
      await database.close();
    }
  });
  demoPglite ??= new Blob([fs.readFileSync(file)]);
  return demoPglite;
}

async function postgresDemoTemplate(): Promise<string> {
  const name = 'vd_demo_template';
  await once('postgres-demo', async () => {
    const url = await createDatabase(inject('postgresUrl'), name, inject('postgresTemplate'));
    const database = await openDatabase({ databaseUrl: url });
    try {
      await seedDemo(database.db);
    } finally {
      // A template must have no session left, or CREATE DATABASE … TEMPLATE refuses it.
      await database.close();
    }
  });
  return name;
}

/** A fresh database holding the demo province (seed-demo.ts), as `npm start` seeds it. */
export async function openDemoDatabase(engine: Engine): Promise<Database> {
  if (engine === 'pglite') return openTestDatabase(engine, { from: { pglite: await pgliteDemoCopy() } });
  if (engine === 'postgres' && inject('postgresTemplate'))
    return openTestDatabase(engine, { from: { postgresTemplate: await postgresDemoTemplate() } });
  // Someone else's server (DATABASE_URL, Citus) has no template to copy: seed in place.
  const database = await openTestDatabase(engine);
  await seedDemo(database.db);
  return database;
}

/** The demo province's tenant id. */
export async function demoTenantId(db: Db): Promise<string> {
  const [row] = await db
    .select({ id: tenant.tenantId })
    .from(tenant)
    .where(eq(tenant.code, DEMO_TENANT_CODE));
  if (!row) throw new Error('demo not seeded');
  return row.id;
}
