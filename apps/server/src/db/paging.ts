import { type SQL, sql } from 'drizzle-orm';
import { AppError } from '../lib/errors';

/**
 * Keyset pagination and capped counts (issue 19): a page starts after the previous page's last
 * sort key instead of skipping OFFSET rows, and the count stops at COUNT_CAP + 1 rows, so a
 * page of a large tenant never reads every matching row.
 */
export const COUNT_CAP = 1000;

export type KeyValue = string | number | null;
/** One ORDER BY key. `expr` carries its collation (COLLATE "C") so the order and the cursor agree. */
export type SortKey = { expr: SQL; dir: 'asc' | 'desc'; nullable?: boolean };

export function orderBy(keys: readonly SortKey[]): SQL[] {
  return keys.map(
    (k) =>
      sql`${k.expr} ${sql.raw(k.dir === 'asc' ? 'ASC' : 'DESC')}${sql.raw(k.nullable ? ' NULLS LAST' : '')}`,
  );
}

// Nulls sort last in both directions, so nothing comes after a null but rows tied on it.
function beyond(k: SortKey, v: KeyValue): SQL {
  if (v === null) return sql`FALSE`;
  const cmp = k.dir === 'asc' ? sql`${k.expr} > ${v}` : sql`${k.expr} < ${v}`;
  return k.nullable ? sql`(${cmp} OR ${k.expr} IS NULL)` : cmp;
}

const same = (k: SortKey, v: KeyValue) => (v === null ? sql`${k.expr} IS NULL` : sql`${k.expr} = ${v}`);

/** Rows strictly after the row whose keys are `values`, in the order of `keys`. */
export function after(keys: readonly SortKey[], values: readonly KeyValue[]): SQL {
  // Written out rather than as a row comparison: keys may mix directions and nulls.
  const branches = keys.map((k, i) => {
    const ties = keys.slice(0, i).map((prev, j) => same(prev, values[j] ?? null));
    return sql.join([...ties, beyond(k, values[i] ?? null)], sql` AND `);
  });
  return sql`(${sql.join(branches, sql` OR `)})`;
}

/** An opaque cursor: the sort it was made for and the last row's keys. */
export function encodeCursor(sort: string, values: readonly KeyValue[]): string {
  return Buffer.from(JSON.stringify({ s: sort, k: values })).toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function decodeCursor(cursor: string, sort: string, arity: number): KeyValue[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new AppError('INVALID_CURSOR');
  }
  const p = parsed as { s?: unknown; k?: unknown };
  const ok =
    p !== null &&
    typeof p === 'object' &&
    p.s === sort &&
    Array.isArray(p.k) &&
    p.k.length === arity &&
    // Every key list ends with the row's id, a uuid; anything else would fail inside the query.
    UUID.test(String(p.k[arity - 1])) &&
    p.k.every((v) => v === null || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)));
  if (!ok) throw new AppError('INVALID_CURSOR');
  return p.k as KeyValue[];
}

/** The count shown beside a page: exact up to COUNT_CAP, else COUNT_CAP with `totalCapped`. */
export function cappedTotal(counted: number): { total: number; totalCapped: boolean } {
  return counted > COUNT_CAP
    ? { total: COUNT_CAP, totalCapped: true }
    : { total: counted, totalCapped: false };
}
