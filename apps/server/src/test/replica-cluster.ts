import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { freePort, throwawayPostgresDir } from './postgres-cluster';

// A primary and one streaming hot standby from the Debian binaries, for the replica and failover
// test (db/replicas.int.test.ts). Commits wait until the standby has applied them
// (synchronous_commit = remote_apply), as docs/operations.md recommends for a failover that loses
// no acknowledged write.

export type ReplicaPair = {
  primaryPort: number;
  standbyPort: number;
  /** A single-host URL of one server (`database` in it). */
  url(port: number, database?: string): string;
  /** Runs one statement on one server as the superuser. */
  query<T extends pg.QueryResultRow>(port: number, text: string, database?: string): Promise<T[]>;
  /** Commits stop waiting for the standby (so its replay can be paused), or wait again. */
  setSynchronous(on: boolean): Promise<void>;
  /** The primary is gone, as in a crash (`pg_ctl stop -m immediate`). */
  crashPrimary(): void;
  /** The standby becomes the writable primary (`pg_ctl promote`). */
  promoteStandby(): void;
  stop(): void;
};

export async function startReplicaPair(): Promise<ReplicaPair> {
  const { dir, run } = throwawayPostgresDir('vinhdanh-replicas-');
  // Settings go in the files, not on pg_ctl's command line, which a shell would glob ('*').
  const appendConf = (dataDir: string, file: string, lines: string[]) =>
    fs.appendFileSync(path.join(dataDir, file), `\n${lines.join('\n')}\n`);

  const primaryPort = await freePort();
  const standbyPort = await freePort();
  const primaryDir = path.join(dir, 'primary');
  const standbyDir = path.join(dir, 'standby');
  run('initdb', [
    '-D',
    primaryDir,
    '-U',
    'postgres',
    '-A',
    'trust',
    '-E',
    'UTF8',
    '--locale=C.UTF-8',
    '--no-sync',
  ]);
  appendConf(primaryDir, 'postgresql.conf', [
    "listen_addresses = '127.0.0.1'",
    `unix_socket_directories = '${dir}'`,
    // fsync off is safe here: the test stops PostgreSQL, never the machine; replication is what it checks.
    'fsync = off',
    'full_page_writes = off',
    'max_connections = 100',
    'wal_level = replica',
    'max_wal_senders = 5',
    'synchronous_commit = remote_apply',
    "synchronous_standby_names = '*'",
  ]);
  const start = (dataDir: string, port: number, name: string) =>
    run('pg_ctl', ['-D', dataDir, '-o', `-p ${port}`, '-l', path.join(dir, `${name}.log`), '-w', 'start']);
  start(primaryDir, primaryPort, 'primary');
  run('pg_basebackup', [
    '-h',
    '127.0.0.1',
    '-p',
    String(primaryPort),
    '-U',
    'postgres',
    '-D',
    standbyDir,
    '-R',
    '-X',
    'stream',
    '-c',
    'fast',
    '--no-sync',
  ]);
  // Once promoted, the standby has no standby of its own: waiting for one would stop every commit.
  appendConf(standbyDir, 'postgresql.auto.conf', [
    "synchronous_standby_names = ''",
    "cluster_name = 'standby1'",
  ]);
  start(standbyDir, standbyPort, 'standby');

  const url = (port: number, database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`;
  const query = async <T extends pg.QueryResultRow>(port: number, text: string, database?: string) => {
    const client = new pg.Client({ connectionString: url(port, database) });
    await client.connect();
    try {
      return (await client.query<T>(text)).rows;
    } finally {
      await client.end();
    }
  };
  const streaming = async () =>
    (
      await query<{ n: number }>(
        primaryPort,
        "SELECT count(*)::int AS n FROM pg_stat_replication WHERE state = 'streaming'",
      )
    )[0]?.n === 1;
  for (let i = 0; !(await streaming()); i++) {
    if (i > 100) throw new Error('Bản sao không nhận WAL từ máy chủ chính sau 10 giây.');
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    primaryPort,
    standbyPort,
    url,
    query,
    async setSynchronous(on) {
      await query(primaryPort, `ALTER SYSTEM SET synchronous_standby_names = '${on ? '*' : ''}'`);
      await query(primaryPort, 'SELECT pg_reload_conf()');
      // The reload reaches the backends at their next command; give the postmaster a moment.
      await new Promise((r) => setTimeout(r, 300));
    },
    crashPrimary: () => run('pg_ctl', ['-D', primaryDir, '-m', 'immediate', 'stop']),
    promoteStandby: () => run('pg_ctl', ['-D', standbyDir, '-w', 'promote']),
    stop() {
      try {
        for (const dataDir of [standbyDir, primaryDir]) {
          if (fs.existsSync(path.join(dataDir, 'postmaster.pid')))
            run('pg_ctl', ['-D', dataDir, '-m', 'immediate', 'stop']);
        }
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
