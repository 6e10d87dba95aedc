import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

// Statements that hold only on one node: on Citus an advisory lock or LISTEN/NOTIFY on the
// coordinator does not reach the workers, and LOCK TABLE on a distributed table locks every shard
// for the whole transaction. Row locks (SELECT … FOR UPDATE) on a tenant's row are what the code uses.
const FORBIDDEN = [
  /pg_(try_)?advisory/i,
  /\bLISTEN\s+\w/,
  /\bNOTIFY\s+\w/,
  /pg_notify/i,
  /\bLOCK\s+TABLE\b/i,
];

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : files(full);
    return /\.(ts|tsx|sql|mjs)$/.test(e.name) ? [full] : [];
  });
}

it('uses no advisory locks, LISTEN/NOTIFY or LOCK TABLE anywhere in the code or migrations', () => {
  const root = path.resolve(import.meta.dirname, '../../../..');
  const scanned = ['apps/server/src', 'packages', 'bench', 'scripts'].flatMap((d) =>
    files(path.join(root, d)),
  );
  expect(scanned.length).toBeGreaterThan(100);
  const hits = scanned
    .filter((f) => f !== import.meta.filename)
    .flatMap((f) => {
      const text = fs.readFileSync(f, 'utf8');
      return FORBIDDEN.filter((re) => re.test(text)).map((re) => `${path.relative(root, f)}: ${re}`);
    });
  expect(hits).toEqual([]);
});
