import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

// Statements that hold only on one node: on Citus an advisory lock or LISTEN/NOTIFY on the
// coordinator does not reach the workers, and LOCK TABLE on a distributed table locks every shard
// for the whole transaction. Row locks (SELECT … FOR UPDATE) on a tenant's row are what the code uses.
// LISTEN/NOTIFY in capitals anywhere, in lower case only at the start of a string (English comments
// say "notify"); LOCK with or without its optional TABLE keyword.
const FORBIDDEN = [
  /pg_(try_)?advisory/i,
  /\b(UN)?LISTEN\s+\w/,
  /\bNOTIFY\s+\w/,
  /['"`]\s*(un)?(listen|notify)\s+\w/i,
  /pg_notify/i,
  /\.on\(\s*['"]notification['"]/,
  /\bLOCK\s+TABLE\b/i,
  /\bLOCK\s+(ONLY\s+)?"?\w+"?\s+IN\s+[\w ]+\bMODE\b/i,
];

it('recognises each forbidden statement, and not the row locks the code uses', () => {
  const bad = [
    'SELECT pg_advisory_xact_lock(42)',
    "await q('select pg_try_advisory_lock($1)')",
    "client.query('LISTEN audit')",
    "client.query('listen audit')",
    "q(`notify audit, 'x'`)",
    "SELECT pg_notify('audit', '')",
    "client.on('notification', f)",
    'LOCK TABLE award IN EXCLUSIVE MODE',
    'lock award in share row exclusive mode',
    'LOCK ONLY "decision" IN ACCESS EXCLUSIVE MODE',
  ];
  for (const text of bad) expect([text, FORBIDDEN.some((re) => re.test(text))]).toEqual([text, true]);
  const fine = [
    'SELECT * FROM decision_counter WHERE tenant_id = $1 FOR UPDATE',
    '// notify the reviewer by e-mail',
    "table('notification', {",
    'a lock on the row keeps the numbers gap-free',
  ];
  for (const text of fine) expect([text, FORBIDDEN.some((re) => re.test(text))]).toEqual([text, false]);
});

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
