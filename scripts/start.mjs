// `npm start`: build the web app when its sources are newer than the build,
// then serve on PGlite (or DATABASE_URL) and seed the demo province on first run.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const webDir = path.join(root, 'apps/web');
const dist = path.join(webDir, 'dist/index.html');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const m = fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs;
    if (m > newest) newest = m;
  }
  return newest;
}

const needsBuild =
  !fs.existsSync(dist) ||
  Math.max(newestMtime(path.join(webDir, 'src')), newestMtime(path.join(root, 'packages/domain/src'))) >
    fs.statSync(dist).mtimeMs;
if (needsBuild) {
  console.log('Đang dựng giao diện web…');
  const build = spawnSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const tsx = path.join(root, 'node_modules/.bin/tsx');
// `npm start` is the demo trial: published demo passwords, with a banner in the console and the web.
const server = spawnSync(tsx, [path.join(root, 'apps/server/src/cli/main.ts'), 'serve', '--demo'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, VINHDANH_DEMO: '1' },
});
process.exit(server.status ?? 0);
