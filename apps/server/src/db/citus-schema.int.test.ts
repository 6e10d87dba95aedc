import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEngines } from '../test/engines';
import { DISTRIBUTION_COLUMN, GLOBAL_TABLES } from './citus';

// What lets the schema be sharded on tenant_id (Citus, docs/scale-out.md), checked on every engine
// so a migration that breaks it fails here first, not on a production cluster. Every schema is
// looked at, not only public: a table created elsewhere would otherwise escape the rules.

type Row = Record<string, unknown>;

/**
 * Tables outside the tenant model that are not placed on Citus either: they stay on the
 * coordinator. Each with its reason; nothing else may lack tenant_id, a tenant key or use a sequence.
 */
const COORDINATOR_ONLY: Record<string, string> = {
  'drizzle.__drizzle_migrations':
    'the migrator’s own bookkeeping (serial id, one row per migration file): read and written only by migrate on the coordinator, never joined to tenant rows',
};

/** Every table allowed to break the tenant rules, schema-qualified: global (reference) tables and coordinator-only ones. */
const EXEMPT: Record<string, string> = {
  ...Object.fromEntries(Object.entries(GLOBAL_TABLES).map(([t, why]) => [`public.${t}`, why])),
  ...COORDINATOR_ONLY,
};

/** The schema aliased `n` is the app's: not the system's, nor one an extension made (Citus's columnar_internal). */
const userSchema = (
  n: string,
) => `${n}.nspname NOT IN ('pg_catalog', 'information_schema') AND ${n}.nspname NOT LIKE 'pg\\_%'
  AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_namespace'::regclass AND e.objid = ${n}.oid AND e.deptype = 'e')`;
const USER_SCHEMAS = userSchema('n');

describeEngines('schema fits a cluster sharded by tenant', (env) => {
  const rows = async (query: string) =>
    ((await env().database.db.execute(sql.raw(query))) as unknown as { rows: Row[] }).rows;

  it('lists each exempt table once, with its reason, and each exists', async () => {
    const tables = await rows(`SELECT n.nspname || '.' || c.relname AS name FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace WHERE ${USER_SCHEMAS} AND c.relkind IN ('r', 'p')`);
    const names = tables.map((t) => String(t.name));
    for (const [table, reason] of Object.entries(EXEMPT)) {
      expect(names).toContain(table);
      expect(reason.length).toBeGreaterThan(20);
    }
  });

  it('gives every unique, primary or exclusion key of a tenant table the tenant_id column', async () => {
    // tenant_id must be a plain key column: inside an expression Citus cannot route by it.
    const keys = await rows(`
      SELECT n.nspname || '.' || t.relname AS "table", i.relname AS "index"
      FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE ${USER_SCHEMAS} AND (x.indisunique OR x.indisexclusion) AND NOT EXISTS (
        SELECT 1 FROM pg_attribute a WHERE a.attrelid = t.oid AND a.attname = '${DISTRIBUTION_COLUMN}'
          AND a.attnum = ANY (x.indkey::int2[]))
      ORDER BY 1, 2`);
    expect(keys.filter((k) => !(String(k.table) in EXEMPT))).toEqual([]);
  });

  it('uses no sequences, serial or identity (their numbers would differ per shard)', async () => {
    const sequences = await rows(`
      SELECT n.nspname || '.' || s.relname AS "sequence",
        (SELECT tn.nspname || '.' || t.relname FROM pg_depend d JOIN pg_class t ON t.oid = d.refobjid
           JOIN pg_namespace tn ON tn.oid = t.relnamespace
         WHERE d.classid = 'pg_class'::regclass AND d.objid = s.oid
           AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i') LIMIT 1) AS "owner"
      FROM pg_class s JOIN pg_namespace n ON n.oid = s.relnamespace
      WHERE ${USER_SCHEMAS} AND s.relkind = 'S' ORDER BY 1`);
    // Only the migrator's own table may keep one; a global table is copied to every node, so not there either.
    expect(sequences.filter((s) => !(String(s.owner) in COORDINATOR_ONLY))).toEqual([]);
  });

  it('gives every foreign key between tenant tables tenant_id on both sides, in the same place', async () => {
    const fks = await rows(`
      SELECT c.conname AS name, cn.nspname || '.' || cr.relname AS "from", fn.nspname || '.' || fr.relname AS "to",
        (SELECT array_agg(a.attname::text ORDER BY k.i) FROM unnest(c.conkey) WITH ORDINALITY k(num, i)
           JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.num) AS cols,
        (SELECT array_agg(a.attname::text ORDER BY k.i) FROM unnest(c.confkey) WITH ORDINALITY k(num, i)
           JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.num) AS refs
      FROM pg_constraint c JOIN pg_class cr ON cr.oid = c.conrelid JOIN pg_namespace cn ON cn.oid = cr.relnamespace
      JOIN pg_class fr ON fr.oid = c.confrelid JOIN pg_namespace fn ON fn.oid = fr.relnamespace
      WHERE c.contype = 'f' AND ${userSchema('cn')} ORDER BY 1`);
    expect(fks.length).toBeGreaterThan(10);
    // Citus: a distributed table may reference a reference table, or a co-located distributed table
    // on the distribution column; a reference table may reference only reference tables.
    const bad = fks.filter((f) => {
      const from = String(f.from);
      const to = String(f.to);
      if (from in EXEMPT) return !(to in EXEMPT);
      if (to in EXEMPT) return false;
      const at = (f.cols as string[]).indexOf(DISTRIBUTION_COLUMN);
      return at < 0 || (f.refs as string[])[at] !== DISTRIBUTION_COLUMN;
    });
    expect(bad.map((f) => `${f.name}: ${f.from}(${f.cols}) → ${f.to}(${f.refs})`)).toEqual([]);
  });

  it('puts every table in the distribution list (it has tenant_id) or in the exempt list with a reason', async () => {
    const tables = await rows(`
      SELECT n.nspname || '.' || c.relname AS name, c.relname AS short, n.nspname AS schema,
        EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid
          AND a.attname = '${DISTRIBUTION_COLUMN}' AND NOT a.attisdropped) AS tenant
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE ${USER_SCHEMAS} AND c.relkind IN ('r', 'p') ORDER BY 1`);
    expect(tables.filter((t) => !t.tenant && !(String(t.name) in EXEMPT))).toEqual([]);
    // Citus places public tables only (db/citus.ts); a tenant table elsewhere would stay on the coordinator.
    expect(tables.filter((t) => t.schema !== 'public' && !(String(t.name) in EXEMPT))).toEqual([]);
    const names = tables.filter((t) => t.schema === 'public').map((t) => String(t.short));
    expect(names.length).toBeGreaterThan(50);
    if (env().engine !== 'citus') return;
    // On Citus: global tables are reference tables (replicated: partmethod 'n', repmodel 't'; a
    // Citus local table is 'n' too, but 's'), all others hash-distributed on tenant_id in one group.
    const placed =
      await rows(`SELECT logicalrelid::regclass::text AS name, partmethod::text || repmodel::text AS kind,
      colocationid, column_to_column_name(logicalrelid, partkey) AS col FROM pg_dist_partition`);
    const byName = new Map(placed.map((p) => [String(p.name), p]));
    const groups = new Set<unknown>();
    for (const name of names) {
      const p = byName.get(name);
      if (name in GLOBAL_TABLES) expect([name, p?.kind]).toEqual([name, 'nt']);
      else {
        expect([name, String(p?.kind).charAt(0), p?.col]).toEqual([name, 'h', DISTRIBUTION_COLUMN]);
        groups.add(p?.colocationid);
      }
    }
    expect(groups.size).toBe(1);
  });
});
