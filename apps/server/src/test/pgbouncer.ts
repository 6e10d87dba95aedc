import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { freePort, throwawayPostgresDir } from './postgres-cluster';

export type PgBouncer = { url: string; stop(): void };

const canConnect = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

/**
 * Debian's PgBouncer in transaction pooling in front of one database, set up as docs/operations.md
 * says (`ignore_startup_parameters = options`, `timezone=UTC` on the database line), as the
 * postgres user when we are root (PgBouncer refuses to run as root).
 */
export async function startPgBouncer(target: { port: number; dbname: string }): Promise<PgBouncer> {
  const { dir } = throwawayPostgresDir('vinhdanh-pgbouncer-');
  const port = await freePort();
  const ini = path.join(dir, 'pgbouncer.ini');
  fs.writeFileSync(path.join(dir, 'users.txt'), '"postgres" ""\n');
  fs.writeFileSync(
    ini,
    [
      '[databases]',
      `vd = host=127.0.0.1 port=${target.port} dbname=${target.dbname} user=postgres timezone=UTC`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      'unix_socket_dir =',
      'auth_type = trust',
      `auth_file = ${path.join(dir, 'users.txt')}`,
      'pool_mode = transaction',
      'default_pool_size = 3',
      'ignore_startup_parameters = options',
      `logfile = ${path.join(dir, 'pgbouncer.log')}`,
      '',
    ].join('\n'),
  );
  // Debian installs it in /usr/sbin, which a user's PATH may not hold.
  const bin = fs.existsSync('/usr/sbin/pgbouncer') ? '/usr/sbin/pgbouncer' : 'pgbouncer';
  const isRoot = process.getuid?.() === 0;
  const child: ChildProcess = isRoot
    ? spawn('runuser', ['-u', 'postgres', '--', bin, ini], { stdio: 'ignore' })
    : spawn(bin, [ini], { stdio: 'ignore' });
  // A missing binary is reported below, with the rest, as a port that never opened.
  child.on('error', () => {});
  for (let i = 0; i < 100 && !(await canConnect(port)); i++) await new Promise((r) => setTimeout(r, 50));
  if (!(await canConnect(port))) {
    child.kill('SIGTERM');
    const log = path.join(dir, 'pgbouncer.log');
    throw new Error(
      `PgBouncer không mở cổng ${port}: ${fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : bin}`,
    );
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/vd`,
    stop() {
      child.kill('SIGTERM');
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
