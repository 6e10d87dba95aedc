import { createHash } from 'node:crypto';
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Db, Tx } from './client';

// The app's handles are made without a casing option, so a standalone dialect builds the same text.
const dialect = new PgDialect();

/**
 * Runs raw SQL and returns its rows; both drivers answer with `{ rows }`.
 *
 * `preparedAs` sends it as a named prepared statement: on PostgreSQL (and Citus) each connection
 * parses and plans it once, then only binds and runs it, with PostgreSQL's generic plan once that
 * costs no more than the custom ones. Only for a hot read whose plan does not depend on its values
 * and whose text takes few shapes (the name carries the text's hash, so each shape is its own
 * statement). PGlite ignores the name.
 */
export async function queryRows<T>(
  db: Db | Tx,
  query: SQL,
  options: { preparedAs?: string } = {},
): Promise<T[]> {
  if (!options.preparedAs) return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
  const built = dialect.sqlToQuery(query);
  const hash = createHash('sha1').update(built.sql).digest('base64url').slice(0, 20);
  const prepared = db._.session.prepareQuery(built, undefined, `${options.preparedAs}_${hash}`, false);
  return ((await prepared.execute()) as unknown as { rows: T[] }).rows;
}
