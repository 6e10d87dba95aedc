import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { openDatabase } from './client';
import { emptyClusterTemplate, templatePath } from './pglite-template';

// A new PGlite folder starts from the empty-cluster dump made by a child process, so the server
// never runs initdb (and never holds its memory); the folder is a normal, migratable cluster.

it('npm ci makes the empty-cluster dump in a child process, once, and a new folder starts from it', async () => {
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-template-'));
  // What `npm ci` runs after installing (package.json's postinstall), so the first `npm start`
  // finds the dump made and never runs initdb's ~800 MiB itself.
  const postinstall = spawnSync(process.execPath, ['scripts/postinstall.mjs'], {
    cwd: path.resolve(import.meta.dirname, '../../../..'),
    env: { ...process.env, VINHDANH_PGLITE_TEMPLATE_DIR: cacheDir },
    encoding: 'utf8',
  });
  expect(postinstall.status).toBe(0);
  expect(fs.statSync(templatePath(cacheDir)).size).toBeGreaterThan(1_000_000);
  const made = fs.statSync(templatePath(cacheDir)).mtimeMs;
  await emptyClusterTemplate(cacheDir);
  expect(fs.statSync(templatePath(cacheDir)).mtimeMs).toBe(made); // kept, not made again
  expect(fs.readdirSync(cacheDir)).toEqual([path.basename(templatePath(cacheDir))]); // no partial left

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-fresh-'));
  const database = await openDatabase({ dataDir });
  try {
    await database.migrate();
    expect(fs.existsSync(path.join(dataDir, 'PG_VERSION'))).toBe(true);
    const rows = (await database.db.execute(sql`show shared_buffers`)) as unknown as { rows: unknown[] };
    expect(rows.rows).toEqual([{ shared_buffers: '32MB' }]);
  } finally {
    await database.close();
  }
  // Reopened, the folder resumes (no template, no initdb).
  const again = await openDatabase({ dataDir });
  await again.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(cacheDir, { recursive: true, force: true });
}, 180_000);
