import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { openDatabase } from './client';
import { DataDirLockedError, LOCK_FILE } from './data-dir-lock';

// One process per embedded database: the CLI beside a running server lost acknowledged writes.

const root = path.resolve(import.meta.dirname, '../../../..');

function cli(dataDir: string, args: string[]) {
  return spawnSync(
    path.join(root, 'node_modules/.bin/tsx'),
    [path.join(root, 'apps/server/src/cli/main.ts'), ...args],
    { env: { ...process.env, VINHDANH_DATA_DIR: dataDir, DATABASE_URL: '' }, encoding: 'utf8' },
  );
}

it('refuses a second opener of a PGlite folder, naming the process that holds it', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-lock-'));
  const database = await openDatabase({ dataDir });
  await database.migrate();

  const second = cli(dataDir, ['audit', 'verify']);
  expect(second.status).toBe(1);
  expect(second.stderr).toContain(`đang được tiến trình ${process.pid} sử dụng`);
  expect(second.stderr).toContain(
    `hãy dừng máy chủ Vinh Danh (tiến trình ${process.pid}) trước khi chạy lệnh này`,
  );
  expect(second.stderr).not.toContain('    at '); // one clear message, no stack trace
  // A second opener in the same process is refused too.
  await expect(openDatabase({ dataDir })).rejects.toBeInstanceOf(DataDirLockedError);

  await database.close();
  expect(fs.existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
  const after = cli(dataDir, ['audit', 'verify']);
  expect(after.status, after.stderr).toBe(0);
  fs.rmSync(dataDir, { recursive: true, force: true });
}, 300_000);

it('takes over the lock of a process that no longer exists', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-lock-stale-'));
  const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  const deadPid = Number(gone.stdout);
  fs.writeFileSync(
    path.join(dataDir, LOCK_FILE),
    JSON.stringify({
      pid: deadPid,
      hostname: os.hostname(),
      startedAt: '2026-12-01T00:00:00Z',
      command: 'serve',
    }),
  );
  const database = await openDatabase({ dataDir });
  await database.migrate();
  const holder = JSON.parse(fs.readFileSync(path.join(dataDir, LOCK_FILE), 'utf8'));
  expect(holder.pid).toBe(process.pid);
  await database.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}, 60_000);
