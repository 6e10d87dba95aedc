import type pg from 'pg';

// Citus, the scale-out engine (docs/scale-out.md, ../shared/design/citus.md). When the `citus`
// extension is present in the database, `tenant` and the login-name table become reference tables
// (copied to every node) and every other table is hash-distributed on tenant_id in one
// co-location group, so every tenant's rows sit on one shard and joins between them stay there.
// Plain PostgreSQL and PGlite never get here: the extension is absent.

/** Tables that stay global, with the reason; every other table is distributed on tenant_id. */
export const GLOBAL_TABLES: Record<string, string> = {
  tenant: 'the tenants themselves: small, read by every request and referenced by every tenant table',
  login_name: 'usernames are unique across tenants, and login reads the name before it knows the tenant',
};

/** The column every distributed table is sharded on. */
export const DISTRIBUTION_COLUMN = 'tenant_id';

/**
 * Places one table: global tables become reference tables, tables with tenant_id are distributed
 * and co-located with the first one, anything else stays local (the schema test then fails).
 * Installed by `prepareCitus` and called by the event trigger below, so a table created by any
 * later migration is distributed right after its CREATE TABLE, before the migration adds foreign
 * keys to it (a local table may not reference a distributed one).
 */
const PLACE_FUNCTION = `
CREATE OR REPLACE FUNCTION vinhdanh_citus_place(rel regclass) RETURNS void LANGUAGE plpgsql AS $fn$
DECLARE
  anchor regclass;
BEGIN
  IF EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = rel) OR relation_is_a_known_shard(rel) THEN
    RETURN;
  END IF;
  IF rel::text IN (${Object.keys(GLOBAL_TABLES)
    .map((t) => `'${t}'`)
    .join(', ')}) THEN
    PERFORM create_reference_table(rel);
    RETURN;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = rel AND attname = '${DISTRIBUTION_COLUMN}' AND NOT attisdropped) THEN
    RETURN;
  END IF;
  SELECT logicalrelid INTO anchor FROM pg_dist_partition
    WHERE partmethod = 'h' ORDER BY colocationid, logicalrelid::text LIMIT 1;
  IF anchor IS NULL THEN
    PERFORM create_distributed_table(rel, '${DISTRIBUTION_COLUMN}', colocate_with => 'none');
  ELSE
    PERFORM create_distributed_table(rel, '${DISTRIBUTION_COLUMN}', colocate_with => anchor::text);
  END IF;
END
$fn$;
CREATE OR REPLACE FUNCTION vinhdanh_citus_on_create() RETURNS event_trigger LANGUAGE plpgsql AS $fn$
DECLARE
  obj record;
BEGIN
  FOR obj IN SELECT * FROM pg_event_trigger_ddl_commands()
    WHERE command_tag = 'CREATE TABLE' AND object_type = 'table' AND schema_name = 'public'
  LOOP
    PERFORM vinhdanh_citus_place(obj.objid::regclass);
  END LOOP;
END
$fn$;
`;

export async function hasCitus(client: pg.ClientBase): Promise<boolean> {
  const { rows } = await client.query("SELECT 1 FROM pg_extension WHERE extname = 'citus'");
  return rows.length > 0;
}

/**
 * Before the migrations, on the connection that runs them: the audit guard's trigger may be
 * created on a distributed table (it only raises, so it is safe on every shard), DDL in the
 * migration transaction runs over one connection per node, and new tables are placed as created.
 */
export async function prepareCitus(client: pg.ClientBase): Promise<boolean> {
  if (!(await hasCitus(client))) return false;
  await client.query('SET citus.enable_unsafe_triggers = on');
  await client.query("SET citus.multi_shard_modify_mode = 'sequential'");
  await client.query(PLACE_FUNCTION);
  return true;
}

/**
 * After the first placement: from then on each table a later migration creates is placed right
 * after its CREATE TABLE, before that migration adds foreign keys to it. Not before: the early
 * migrations of a fresh database hold unique indexes without tenant_id that later ones replace,
 * so a fresh database is migrated as a local one first and then placed by distributeRemaining.
 */
export async function placeFutureTables(client: pg.ClientBase) {
  const { rows } = await client.query(
    "SELECT 1 FROM pg_event_trigger WHERE evtname = 'vinhdanh_citus_place'",
  );
  if (rows.length === 0) {
    await client.query(
      "CREATE EVENT TRIGGER vinhdanh_citus_place ON ddl_command_end WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION vinhdanh_citus_on_create()",
    );
  }
}

/**
 * After the migrations: places every table not placed yet, e.g. in a database migrated before
 * Citus was installed. Idempotent. Foreign keys touching those tables are dropped first and put
 * back afterwards (Citus cannot distribute a table that a local table references, or one that
 * references a local table), all in one transaction.
 */
export async function distributeRemaining(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(`
    SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT relation_is_a_known_shard(c.oid)
      AND (NOT EXISTS (SELECT 1 FROM pg_dist_partition p WHERE p.logicalrelid = c.oid)
        OR EXISTS (SELECT 1 FROM pg_dist_partition p WHERE p.logicalrelid = c.oid AND p.partmethod = 'n' AND p.repmodel <> 't'))
    ORDER BY c.relname`);
  const pending = rows.map((r) => r.name);
  if (pending.length === 0) return [];
  await client.query('BEGIN');
  try {
    const fks = await client.query<{ rel: string; name: string; def: string }>(
      `SELECT conrelid::regclass::text AS rel, conname AS name, pg_get_constraintdef(oid) AS def
       FROM pg_constraint WHERE contype = 'f'
         AND (conrelid::regclass::text = ANY($1) OR confrelid::regclass::text = ANY($1))`,
      [pending],
    );
    for (const fk of fks.rows) await client.query(`ALTER TABLE ${fk.rel} DROP CONSTRAINT "${fk.name}"`);
    // Tables Citus added to its metadata on its own (local tables referencing a reference table).
    // Not reference tables ('n' too, but replicated, repmodel 't'): those are placed already, and
    // picking them up again broke every migrate() after the first (each server start and CLI command).
    for (const name of pending) {
      const local = await client.query(
        "SELECT 1 FROM pg_dist_partition WHERE logicalrelid = $1::regclass AND partmethod = 'n' AND repmodel <> 't'",
        [name],
      );
      if (local.rows.length > 0) await client.query('SELECT undistribute_table($1)', [name]);
    }
    const ordered = [...pending].sort(
      (a, b) => Number(!(a in GLOBAL_TABLES)) - Number(!(b in GLOBAL_TABLES)),
    );
    for (const name of ordered) await client.query('SELECT vinhdanh_citus_place($1::regclass)', [name]);
    for (const fk of fks.rows)
      await client.query(`ALTER TABLE ${fk.rel} ADD CONSTRAINT "${fk.name}" ${fk.def}`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
  return pending;
}
