import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';

// `vinhdanh serve` started the way an operator starts it, with one thing wrong each time. The
// operator must read one Vietnamese line saying what to do, and the process must exit with 1,
// never print a stack trace.

const root = path.resolve(import.meta.dirname, '../../..');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-startup-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** Runs `vinhdanh serve` to its end; the server must not start, so it must end by itself. */
function serve(
  env: Record<string, string>,
): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(root, 'apps/server/src/cli/main.ts'), 'serve'],
      {
        cwd: root,
        env: {
          ...process.env,
          DATABASE_URL: '',
          VINHDANH_DEMO: '0',
          VINHDANH_DATA_DIR: path.join(scratch, `data-${Math.random().toString(36).slice(2)}`),
          ...env,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => {
      stdout += c;
    });
    child.stderr.on('data', (c) => {
      stderr += c;
    });
    // A start that wrongly succeeds would listen for ever: stop it, and the test fails on the code.
    const guard = setTimeout(() => child.kill('SIGTERM'), 50_000);
    child.on('exit', (code) => {
      clearTimeout(guard);
      resolve({ code, stderr, stdout });
    });
  });
}

function expectOneLine(result: { code: number | null; stderr: string }, ...phrases: string[]) {
  expect(result.code).toBe(1);
  const lines = result.stderr.split('\n').filter((l) => l.trim());
  expect(lines, result.stderr).toHaveLength(1);
  for (const p of phrases) expect(lines[0]).toContain(p);
  expect(result.stderr).not.toMatch(/^\s+at /m);
}

describe('start-up failures explain themselves', () => {
  it('a data folder that cannot be written', async () => {
    // Root may write anywhere, so the folder is made unwritable by a file standing in its path.
    const blocker = path.join(scratch, 'tep-thuong');
    fs.writeFileSync(blocker, 'không phải thư mục');
    const dataDir = path.join(blocker, 'du-lieu');
    const result = await serve({ VINHDANH_DATA_DIR: dataDir, PORT: String(await freePort()) });
    expectOneLine(result, `Thư mục dữ liệu ${dataDir} không dùng được`, 'ENOTDIR', 'VINHDANH_DATA_DIR');
  });

  it('a database that is down', async () => {
    const closed = await freePort();
    const result = await serve({
      DATABASE_URL: `postgres://vinhdanh:bi-mat-123@127.0.0.1:${closed}/vinhdanh`,
      PORT: String(await freePort()),
    });
    expectOneLine(
      result,
      `Không kết nối được cơ sở dữ liệu PostgreSQL tại 127.0.0.1:${closed}/vinhdanh (ECONNREFUSED)`,
      'hãy khởi động PostgreSQL',
    );
    // The password in the URL is never printed.
    expect(result.stderr).not.toContain('bi-mat-123');
  });

  it('a database that does not exist on a running PostgreSQL', async () => {
    const url = new URL(inject('postgresUrl'));
    url.pathname = '/vd_khong_co_csdl_nay';
    const result = await serve({ DATABASE_URL: url.toString(), PORT: String(await freePort()) });
    expectOneLine(result, 'vd_khong_co_csdl_nay chưa có (3D000)', 'createdb');
  });

  it('a port in use', async () => {
    const taken = net.createServer();
    const port = await new Promise<number>((resolve) =>
      taken.listen(0, '0.0.0.0', () => resolve((taken.address() as net.AddressInfo).port)),
    );
    try {
      const result = await serve({ PORT: String(port) });
      expectOneLine(result, `Cổng ${port} đang được một chương trình khác dùng`, `PORT=${port + 1}`);
      // It fails before touching the data folder.
      expect(result.stdout).toBe('');
    } finally {
      await new Promise((r) => taken.close(r));
    }
  });

  it('an HTTPS peer of the exchange with half its settings', async () => {
    const result = await serve({
      VINHDANH_EXCHANGE_PEERS: 'VN-BNV',
      VINHDANH_EXCHANGE_URL_VN_BNV: 'https://tdkt.bnv.example:8443/inbox',
    });
    expectOneLine(result, 'Nơi nhận VN-BNV', 'VINHDANH_EXCHANGE_CERT_VN_BNV', 'VINHDANH_EXCHANGE_CA_VN_BNV');
  });

  it('a setting with a wrong value', async () => {
    const result = await serve({ PORT: 'ba-nghin' });
    expectOneLine(result, 'Cấu hình sai — PORT', 'Sửa biến môi trường');
  });
});
