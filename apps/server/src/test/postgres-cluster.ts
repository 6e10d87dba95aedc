import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

// A throwaway PostgreSQL cluster from the Debian binaries, for tests and benchmarks.
// The server refuses to run as root, so as root it runs as the `postgres` user.

export function findBinDir(): string {
  const base = '/usr/lib/postgresql';
  const versions = fs.existsSync(base) ? fs.readdirSync(base).filter((v) => /^\d+$/.test(v)) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest || Number(newest) < 15) {
    throw new Error(
      'Không tìm thấy PostgreSQL ≥ 15. Cài bằng: apt-get install -y postgresql (hoặc đặt DATABASE_URL).',
    );
  }
  return path.join(base, newest, 'bin');
}

// PostgreSQL here must listen below 32768 (the kernel's ephemeral range starts there, and the
// machine's rules ask for it), so try random ports in 15000–32767 until one binds.
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = 15000 + Math.floor(Math.random() * 17768);
    const free = await new Promise<boolean>((resolve) => {
      const server = net.createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error('Không tìm được cổng trống dưới 32768 cho PostgreSQL thử nghiệm.');
}

export type Cluster = { url: string; port: number; stop(): void };

/**
 * A fresh folder the postgres user owns, and a runner of the Debian binaries in it: as the
 * postgres user when we are root (the server refuses to run as root).
 */
export function throwawayPostgresDir(prefix: string) {
  const bin = findBinDir();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const isRoot = process.getuid?.() === 0;
  if (isRoot) execFileSync('chown', ['-R', 'postgres:postgres', dir]);
  const run = (cmd: string, args: string[]) => {
    const full = isRoot
      ? (['runuser', ['-u', 'postgres', '--', path.join(bin, cmd), ...args]] as const)
      : ([path.join(bin, cmd), args] as const);
    const result = spawnSync(full[0], full[1], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${cmd} thất bại: ${result.stderr || result.stdout}`);
  };
  return { dir, run };
}

/** A new database on the server at `adminUrl` (a copy of `template` if given), and its URL. */
export async function createDatabase(adminUrl: string, name: string, template = ''): Promise<string> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** `settings` are more `-c name=value` server settings (Citus's, for one: test/citus-cluster.ts). */
export async function startThrowawayCluster(settings: string[] = []): Promise<Cluster> {
  const { dir, run } = throwawayPostgresDir('vinhdanh-pg-');
  const port = await freePort();
  const dataDir = path.join(dir, 'data');
  run('initdb', [
    '-D',
    dataDir,
    '-U',
    'postgres',
    '-A',
    'trust',
    '-E',
    'UTF8',
    '--locale=C.UTF-8',
    '--no-sync',
  ]);
  // Fast settings for tests only: durability is PGlite's and production's concern, not CI's.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200${settings.map((s) => ` -c ${s}`).join('')}`;
  run('pg_ctl', ['-D', dataDir, '-o', options, '-l', path.join(dir, 'log'), '-w', 'start']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    stop() {
      try {
        run('pg_ctl', ['-D', dataDir, '-m', 'immediate', 'stop']);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
