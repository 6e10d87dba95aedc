import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';

/**
 * A new PGlite data folder starts from a dump of an empty cluster instead of running initdb in the
 * server: initdb in-process took the server to ~870 MiB and WebAssembly memory never shrinks, so it
 * held ~520 MiB for the rest of its life (issue 19, item 5). The dump is made once per PGlite
 * version, by a child process that exits (pglite-initdb.mjs), and kept under node_modules/.cache;
 * `npm ci` makes it (scripts/postinstall.mjs), so the first `npm start` does not.
 */
// The package exports no ./package.json; its entry point is dist/index.*, one level below it.
const pgliteEntry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
const pgliteVersion: string = JSON.parse(
  fs.readFileSync(path.resolve(path.dirname(pgliteEntry), '../package.json'), 'utf8'),
).version;
const root = path.resolve(import.meta.dirname, '../../../..');
// VINHDANH_PGLITE_TEMPLATE_DIR moves it (the install's test writes to a throwaway folder).
const defaultCacheDir = () =>
  process.env.VINHDANH_PGLITE_TEMPLATE_DIR || path.join(root, 'node_modules/.cache/vinhdanh');

export function templatePath(cacheDir = defaultCacheDir()): string {
  return path.join(cacheDir, `pglite-${pgliteVersion}-empty-cluster.tar.gz`);
}

/** Whether `dataDir` holds no cluster yet (PGlite would run initdb on it). */
export function isFreshDataDir(dataDir: string): boolean {
  return !fs.existsSync(path.join(dataDir, 'PG_VERSION'));
}

/**
 * The empty-cluster dump, made first when missing; undefined when it cannot be made (a read-only
 * node_modules, say): the caller then lets PGlite run initdb in-process, as before.
 */
export async function emptyClusterTemplate(cacheDir = defaultCacheDir()): Promise<Blob | undefined> {
  const file = templatePath(cacheDir);
  try {
    if (!fs.existsSync(file)) {
      fs.mkdirSync(cacheDir, { recursive: true });
      await promisify(execFile)(
        process.execPath,
        [path.join(import.meta.dirname, 'pglite-initdb.mjs'), file],
        {
          cwd: root,
        },
      );
    }
    return new Blob([fs.readFileSync(file)]);
  } catch (error) {
    console.warn(`Không tạo được mẫu cơ sở dữ liệu rỗng (${file}); PGlite sẽ tự khởi tạo:`, error);
    return undefined;
  }
}
