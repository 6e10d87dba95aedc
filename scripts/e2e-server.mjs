// Starts the real server for browser tests on a fresh PGlite directory with the demo seeded.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const port = process.argv[2] ?? '3100';
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vinhdanh-e2e-'));
const child = spawn(
  path.join(root, 'node_modules/.bin/tsx'),
  [path.join(root, 'apps/server/src/cli/main.ts'), 'serve', '--demo'],
  {
    cwd: root,
    stdio: 'inherit',
    env: {
      // Every browser test signs in from 127.0.0.1, many times as the same demo user: the login
      // limits are settings, and this suite sets them out of its way.
      VINHDANH_LOGIN_LIMIT_PER_IP: '100000',
      VINHDANH_LOGIN_LIMIT_PER_USERNAME: '100000',
      ...process.env,
      PORT: port,
      VINHDANH_DATA_DIR: dataDir,
      DATABASE_URL: '',
    },
  },
);
const stop = () => child.kill('SIGTERM');
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
child.on('exit', (code) => {
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
