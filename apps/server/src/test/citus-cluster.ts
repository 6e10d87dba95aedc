import pg from 'pg';
import { openDatabase } from '../db/client';
import { type Cluster, startThrowawayCluster } from './postgres-cluster';

// The Citus engine of the tests (issue 20, docs/scale-out.md): a coordinator and two workers, each
// a throwaway cluster from the Debian binaries with the citus library preloaded.

/**
 * - two-phase commit (writes to several nodes, e.g. the reference table `tenant`) needs prepared transactions;
 * - Citus runs a maintenance daemon per database on every node, and each suite opens its own
 *   database: the default of 8 background workers soon refuses them (64 worked, design/citus.md);
 * - 4 shards per table (2 per worker) instead of 32: still several shards per query, but far less
 *   work on a shared 2-core machine for every table a suite's migration distributes.
 */
const CITUS_SETTINGS = [
  'shared_preload_libraries=citus',
  'max_prepared_transactions=100',
  'max_worker_processes=64',
  'citus.shard_count=4',
];

export type CitusCluster = { nodes: string[]; stop(): void };

/** Admin URLs of the nodes, the coordinator first. */
export async function startCitusCluster(): Promise<CitusCluster> {
  const started: Cluster[] = [];
  const stop = () => {
    for (const node of started.reverse()) node.stop();
  };
  try {
    for (let i = 0; i < 3; i++) started.push(await startThrowawayCluster(CITUS_SETTINGS));
  } catch (error) {
    stop();
    throw error;
  }
  return { nodes: started.map((n) => n.url), stop };
}

async function onNode<T>(url: string, database: string, work: (client: pg.Client) => Promise<T>) {
  const target = new URL(url);
  target.pathname = `/${database}`;
  const client = new pg.Client({ connectionString: target.toString() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A new database on the cluster, and its URL on the coordinator. Citus 13 does not propagate
 * CREATE DATABASE, so it is created on every node. Without a template it is empty: each node gets
 * the extension, the workers are added on the coordinator, and `migrate()` distributes the tables
 * (db/citus.ts). With the template (`migratedCitusTemplate`) each node copies its own part of an
 * already distributed database: shards and Citus's metadata alike, which name only the nodes.
 */
export async function createCitusDatabase(nodes: string[], name: string, template = ''): Promise<string> {
  for (const node of nodes) {
    await onNode(node, 'postgres', (c) =>
      c.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`),
    );
    if (!template) await onNode(node, name, (c) => c.query('CREATE EXTENSION citus'));
  }
  if (!template) {
    const [coordinator, ...workers] = nodes.map((n) => new URL(n));
    await onNode(nodes[0]!, name, async (c) => {
      await c.query('SELECT citus_set_coordinator_host($1, $2)', [
        coordinator!.hostname,
        Number(coordinator!.port),
      ]);
      for (const w of workers) await c.query('SELECT citus_add_node($1, $2)', [w.hostname, Number(w.port)]);
    });
  }
  const url = new URL(nodes[0]!);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Migrates and distributes once for the whole run (~20 s on a busy 2-core machine, against ~5 s
 * for copying it). CREATE DATABASE … TEMPLATE refuses a template anyone is connected to, and
 * Citus keeps a maintenance daemon connected to every database with the extension: the template
 * stops taking connections, and the daemon and Citus's own sessions are ended, on every node.
 */
export async function migratedCitusTemplate(nodes: string[]): Promise<string> {
  const name = 'vd_citus_template';
  const database = await openDatabase({ databaseUrl: await createCitusDatabase(nodes, name) });
  await database.migrate();
  await database.close();
  for (const node of nodes) {
    await onNode(node, 'postgres', async (c) => {
      await c.query(`ALTER DATABASE ${name} WITH ALLOW_CONNECTIONS false`);
      await c.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [name]);
    });
  }
  return name;
}

/**
 * Drops a suite's database on every node: each one holds a maintenance daemon (a background
 * worker). Not WITH (FORCE) at once: the pool just closed may still be saying goodbye, and a
 * terminated session errors in a client nobody listens to any more. DROP DATABASE waits up to 5 s
 * for sessions to leave; only then are the stragglers ended.
 */
export async function dropCitusDatabase(nodes: string[], name: string) {
  for (const node of nodes) {
    await onNode(node, 'postgres', async (c) => {
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name}`);
      } catch (error) {
        if ((error as { code?: string }).code !== '55006') throw error;
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      }
    });
  }
}
