import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openDatabase } from './db/client';
import { createFixture, TEST_PASSWORD } from './test/fixtures';

const root = path.resolve(import.meta.dirname, '../../..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-kill-'));
const children: ChildProcess[] = [];

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

async function startServer(port: number): Promise<ChildProcess> {
  // Node itself with tsx's loader, not the tsx binary: that one runs the server in a child
  // process which a SIGKILL of the parent leaves running (and holding the database).
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'apps/server/src/cli/main.ts'), 'serve'],
    {
      cwd: root,
      env: { ...process.env, PORT: String(port), VINHDANH_DATA_DIR: dataDir, DATABASE_URL: '' },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  children.push(child);
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  for (let i = 0; i < 1200 && child.exitCode === null; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return child;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server did not start: ${stderr}`);
}

async function login(base: string, username: string) {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: TEST_PASSWORD }),
  });
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  const me = (await (await fetch(`${base}/api/auth/me`, { headers: { cookie } })).json()) as {
    csrfToken: string;
  };
  return { cookie, csrf: me.csrfToken as string };
}

afterAll(() => {
  for (const c of children) c.kill('SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

it('keeps every acknowledged write on PGlite after the server is killed with SIGKILL', async () => {
  const database = await openDatabase({ dataDir });
  await database.migrate();
  const fx = await createFixture(database.db);
  await database.close();

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = await startServer(port);
  const session = await login(base, fx.users.UNIT_OFFICER);
  const acknowledged: string[] = [];
  let killed = false;
  const writer = async (w: number) => {
    for (let i = 0; !killed; i++) {
      try {
        const res = await fetch(`${base}/api/people`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            cookie: session.cookie,
            'x-csrf-token': session.csrf,
          },
          body: JSON.stringify({
            fullName: `Người Thử Nghiệm ${w} ${i}`.replace(/\d/g, (d) => 'ABCDEFGHIK'[Number(d)]!),
            gender: 'NAM',
            unitId: fx.own.id,
          }),
        });
        if (res.status === 201) acknowledged.push(((await res.json()) as { id: string }).id);
      } catch {
        return; // the connection died with the server
      }
    }
  };
  const writers = [0, 1, 2, 3].map(writer);
  while (acknowledged.length < 60) await new Promise((r) => setTimeout(r, 20));
  // Kill while writes are still in flight.
  server.kill('SIGKILL');
  killed = true;
  await Promise.all(writers);
  const ackedAtKill = [...acknowledged];
  // The killed server left its lock on the data folder; the next one takes it over.
  expect(JSON.parse(fs.readFileSync(path.join(dataDir, 'vinhdanh.lock'), 'utf8')).pid).toBe(server.pid);

  await startServer(port);
  const again = await login(base, fx.users.UNIT_OFFICER);
  const missing: string[] = [];
  for (const id of ackedAtKill) {
    const res = await fetch(`${base}/api/people/${id}`, { headers: { cookie: again.cookie } });
    if (res.status !== 200) missing.push(id);
  }
  expect(ackedAtKill.length).toBeGreaterThanOrEqual(60);
  expect(missing).toEqual([]);
}, 300_000);
