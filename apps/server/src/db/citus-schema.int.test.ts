import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEngines } from '../test/engines';
import { DISTRIBUTION_COLUMN, GLOBAL_TABLES } from './citus';

// What lets the schema be sharded on tenant_id (Citus, ../shared/design/citus.md), checked on every
// engine so a migration that breaks it fails here first, not on a production cluster.

type Row = Record<string, unknown>;

describeEngines('schema fits a cluster sharded by tenant', (env) => {
  const rows = async (query: string) =>
    ((await env().database.db.execute(sql.raw(query))) as unknown as { rows: Row[] }).rows;

  it('gives every unique or primary key of a tenant table the tenant_id column', async () => {
    const keys = await rows(`
      SELECT t.relname AS "table", i.relname AS "index"
      FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = 'public' AND x.indisunique AND NOT EXISTS (
        SELECT 1 FROM pg_attribute a WHERE a.attrelid = t.oid AND a.attname = '${DISTRIBUTION_COLUMN}'
          AND a.attnum = ANY (x.indkey::int2[]))
      ORDER BY 1, 2`);
    expect(keys.filter((k) => !(String(k.table) in GLOBAL_TABLES))).toEqual([]);
  });

  it('uses no sequences (their numbers would differ per shard)', async () => {
    expect(
      await rows(`SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'S'`),
    ).toEqual([]);
  });

  it('puts every table in the distribution list (it has tenant_id) or in the global list with a reason', async () => {
    const tables = await rows(`
      SELECT c.relname AS name, EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid
        AND a.attname = '${DISTRIBUTION_COLUMN}' AND NOT a.attisdropped) AS tenant
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY 1`);
    const names = tables.map((t) => String(t.name));
    expect(tables.filter((t) => !t.tenant && !(String(t.name) in GLOBAL_TABLES))).toEqual([]);
    for (const [table, reason] of Object.entries(GLOBAL_TABLES)) {
      expect(names).toContain(table);
      expect(reason.length).toBeGreaterThan(20);
    }
    expect(names.length).toBeGreaterThan(50);
    // The Citus engine joins the suites once its cluster starts in the test run (issue 20, step 3).
    if ((env().engine as string) !== 'citus') return;
    // On Citus: global tables are reference tables, all others hash-distributed on tenant_id in one group.
    const placed = await rows(`SELECT logicalrelid::regclass::text AS name, partmethod, colocationid,
      column_to_column_name(logicalrelid, partkey) AS col FROM pg_dist_partition`);
    const byName = new Map(placed.map((p) => [String(p.name), p]));
    const groups = new Set<unknown>();
    for (const name of names) {
      const p = byName.get(name);
      if (name in GLOBAL_TABLES) expect([name, p?.partmethod]).toEqual([name, 'n']);
      else {
        expect([name, p?.partmethod, p?.col]).toEqual([name, 'h', DISTRIBUTION_COLUMN]);
        groups.add(p?.colocationid);
      }
    }
    expect(groups.size).toBe(1);
  });
});
