import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../db/client';
import { migratedCitusTemplate, startCitusCluster } from './citus-cluster';
import { chosenEngines } from './engine-choice';
import { createDatabase, startThrowawayCluster } from './postgres-cluster';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
    /** A migrated database in the test cluster that each suite's database is copied from ('' with DATABASE_URL). */
    postgresTemplate: string;
    /** A migrated PGlite data directory, dumped to a file, that each suite's PGlite starts from. */
    pgliteTemplate: string;
    /** Admin URLs of the Citus nodes, the coordinator first; empty unless the Citus engine was chosen. */
    citusNodes: string[];
    /** A migrated, distributed database on every Citus node that each suite's database is copied from. */
    citusTemplate: string;
  }
}

/**
 * Migrates once for the whole run, on both engines, instead of once per suite: a fresh PGlite
 * spends ~2 s in initdb and the migrations, loading a dump takes a fraction of that, and a
 * PostgreSQL database copied from a template needs no migration at all.
 */
export default async function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vinhdanh-test-'));
  project.provide('pgliteTemplate', await dumpMigratedPglite(dir));
  const cleanups = [() => fs.rmSync(dir, { recursive: true, force: true })];
  const teardown = () => {
    for (const cleanup of cleanups.reverse()) cleanup();
  };
  project.provide('citusNodes', []);
  project.provide('citusTemplate', '');
  if (chosenEngines(process.env.VINHDANH_TEST_ENGINES).includes('citus')) {
    const citus = await startCitusCluster();
    cleanups.push(() => citus.stop());
    project.provide('citusNodes', citus.nodes);
    project.provide('citusTemplate', await migratedCitusTemplate(citus.nodes));
  }
  if (process.env.DATABASE_URL) {
    // Someone else's server (Citus, for one) may not copy a template: each suite migrates its own.
    project.provide('postgresUrl', process.env.DATABASE_URL);
    project.provide('postgresTemplate', '');
    return teardown;
  }
  const cluster = await startThrowawayCluster();
  cleanups.push(() => cluster.stop());
  project.provide('postgresUrl', cluster.url);
  project.provide('postgresTemplate', await migratedTemplate(cluster.url));
  return teardown;
}

async function dumpMigratedPglite(dir: string): Promise<string> {
  const database = await openDatabase({ dataDir: 'memory://' });
  try {
    await database.migrate();
    const client = (database.db as unknown as { $client: { dumpDataDir(c: 'none'): Promise<Blob> } }).$client;
    const file = path.join(dir, 'pglite-migrated.tar');
    fs.writeFileSync(file, Buffer.from(await (await client.dumpDataDir('none')).arrayBuffer()));
    return file;
  } finally {
    await database.close();
  }
}

async function migratedTemplate(adminUrl: string): Promise<string> {
  const name = 'vd_template';
  const database = await openDatabase({ databaseUrl: await createDatabase(adminUrl, name) });
  // No session may stay connected: CREATE DATABASE … TEMPLATE refuses a template in use.
  await database.migrate();
  await database.close();
  return name;
}
