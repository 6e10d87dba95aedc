// `npm start`: build the web app when its sources are newer than the build,
// then serve on PGlite (or DATABASE_URL) and seed the demo province on first run.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

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

// `npm start` is the demo trial: published demo passwords, with a banner in the console and the web.
// The server runs in this process (tsx's loader registered here) rather than in `tsx main.ts`
// children: each extra Node process held ~50 MiB, counted in the start's memory (issue 19, item 5).
// package.json starts this with --optimize-for-size: V8 then collects the demo seed's garbage as it
// goes; with 24 GB free it otherwise let ~150 MiB pile up (peak 674 → 477 MiB in the bench).
// And with --no-liftoff: V8 compiles PGlite's WebAssembly once, optimized, instead of a quick
// baseline first and the hot functions again in the background, both held at the peak (the
// bench's peak 493 → 417–428 MiB; listening after 18–20 s instead of 21).
process.env.VINHDANH_DEMO = '1';
process.argv = [process.argv[0], path.join(root, 'apps/server/src/cli/main.ts'), 'serve', '--demo'];
const { register } = await import('tsx/esm/api');
register();
await import(pathToFileURL(process.argv[1]).href);
