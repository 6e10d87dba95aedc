import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { emptyClusterTemplate, templatePath } from '../apps/server/src/db/pglite-template';
import { sampleTreeRss } from './process-tree-rss';

// Issue 19, item 5: `npm start` on a new PGlite folder (the demo seed included) peaks under 500 MiB,
// counted over the whole process tree (npm, its shell and the server), sampled from /proc every
// 50 ms. Baselines from the same run: a bare Node process, and PGlite alone opening a new folder.

const root = path.resolve(import.meta.dirname, '..');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Peak RSS of a command's whole tree, in MiB; resolves when it exits. */
function peakOf(command: string, args: string[]) {
  return new Promise<number>((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: 'ignore' });
    const sampler = sampleTreeRss(child.pid!, 20);
    child.once('error', reject);
    child.once('exit', () => resolve(sampler.stop().peak));
  });
}

const PGLITE_ALONE = `
import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
const [dir, template] = process.argv.slice(1);
const pg = await PGlite.create(dir, { loadDataDir: new Blob([fs.readFileSync(template)]), startParams: [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB'] });
await pg.query('select 1');
await pg.close();`;

export async function benchStartMemory() {
  const bareNodeMb = await peakOf(process.execPath, ['-e', 'setTimeout(() => {}, 300)']);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vinhdanh-mem-'));
  // `npm ci` makes the empty-cluster template (scripts/postinstall.mjs), so even the first
  // `npm start` of a fresh clone opens a new folder from it. Made here first when missing (a tree
  // installed without scripts), and said so, as the install would have made it.
  const template = templatePath();
  const templateMadeFirst = !fs.existsSync(template);
  if (templateMadeFirst) await emptyClusterTemplate();
  const pgliteAloneMb = fs.existsSync(template)
    ? await peakOf(process.execPath, [
        '--input-type=module',
        '-e',
        PGLITE_ALONE,
        path.join(dir, 'alone'),
        template,
      ])
    : Number.NaN;
  const port = await freePort();
  const started = Date.now();
  // Its own process group, so the whole tree can be stopped at the end.
  const child = spawn('npm', ['start', '--silent'], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, VINHDANH_DATA_DIR: path.join(dir, 'data'), PORT: String(port), DATABASE_URL: '' },
  });
  const sampler = sampleTreeRss(child.pid!, 50);
  try {
    await new Promise<void>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('đang chạy tại')) resolve();
      });
      child.once('exit', (code) => reject(new Error(`npm start exited (${code}) before listening:\n${out}`)));
    });
    const upSeconds = (Date.now() - started) / 1000;
    const peakToUpMb = sampler.samples.peak;
    await new Promise((r) => setTimeout(r, 5000));
    const upMb = sampler.samples.last;
    return { bareNodeMb, pgliteAloneMb, peakToUpMb, upMb, upSeconds, templateMadeFirst };
  } finally {
    sampler.stop();
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // Already gone.
    }
    await new Promise((r) => setTimeout(r, 1000));
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
