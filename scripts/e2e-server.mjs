// Starts the real server for browser tests on a fresh PGlite directory with the demo seeded.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const port = process.argv[2] ?? '3100';
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vinhdanh-e2e-'));

// A throwaway seal for "Ký số" (e2e/signing.spec.ts): a self-signed certificate of the demo
// province in a PKCS#12 file under the signing directory, its password in the environment as
// production has it. Signing stays unconfigured until a spec names the file in the settings.
const signingDir = path.join(dataDir, 'signing');
const signingPassword = 'e2e-con-dau';
fs.mkdirSync(signingDir);
const openssl = (args) =>
  execFileSync('openssl', args, { cwd: signingDir, stdio: ['ignore', 'ignore', 'pipe'] });
/** A self-signed seal of one tenant in a PKCS#12 file under the signing directory. */
function makeSeal(file, organisation) {
  openssl([
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'seal.key',
    '-out',
    'seal.pem',
    '-days',
    '30',
    '-utf8',
    '-subj',
    `/C=VN/O=${organisation}/CN=${organisation}`,
    '-addext',
    'keyUsage=critical,digitalSignature,nonRepudiation',
  ]);
  openssl([
    'pkcs12',
    '-export',
    '-inkey',
    'seal.key',
    '-in',
    'seal.pem',
    '-out',
    file,
    '-passout',
    `pass:${signingPassword}`,
  ]);
  fs.rmSync(path.join(signingDir, 'seal.key'));
  fs.rmSync(path.join(signingDir, 'seal.pem'));
}
makeSeal('e2e-seal.p12', 'UBND tỉnh Sơn Hà');
// The national demo tenant's own seal (e2e/exchange-two-tenants.spec.ts): it signs the decision
// and the certificates it sends back down, and the package it replies with.
makeSeal('e2e-seal-bonv.p12', 'Bộ Nội vụ (mẫu)');
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
      VINHDANH_SIGNING_DIR: signingDir,
      VINHDANH_SIGNING_PASSWORD: signingPassword,
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
