import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { queryRows } from '../db/query-rows';

/** One line pointer of a table's heap as pageinspect reads it from the raw page. */
export type HeapTuple = { blk: number; lp: number; flags: number; xmin: string; xmax: string; data: string };

/**
 * Every line pointer of every page of `table`, in physical order, read with pageinspect's
 * `heap_page_items(get_raw_page(…))` (PostgreSQL as superuser; PGlite with the pageinspect
 * extension loaded). `data` is the tuple's bytes in hex; xmin/xmax the transaction ids on disk.
 */
export async function heapTuples(db: Db, table: string): Promise<HeapTuple[]> {
  await db.execute(sql`CREATE EXTENSION IF NOT EXISTS pageinspect`);
  return queryRows<HeapTuple>(
    db,
    sql`SELECT b.blk::int AS blk, h.lp::int AS lp, h.lp_flags::int AS flags,
               coalesce(h.t_xmin::text, '') AS xmin, coalesce(h.t_xmax::text, '') AS xmax,
               coalesce(encode(h.t_data, 'hex'), '') AS data
          FROM generate_series(0, (pg_relation_size(${table}::regclass)
                 / current_setting('block_size')::int)::int - 1) AS b(blk),
               LATERAL heap_page_items(get_raw_page(${table}, b.blk::int)) AS h
         ORDER BY b.blk, h.lp`,
  );
}

/** The tuples' (block, line pointer) as the `ctid` a query returns, e.g. "(0,3)". */
export const ctidOf = (t: Pick<HeapTuple, 'blk' | 'lp'>) => `(${t.blk},${t.lp})`;

/** A uuid as the 16 bytes PostgreSQL stores, in hex: to look for it in raw tuple data. */
export const uuidHex = (id: string) => id.replace(/-/g, '').toLowerCase();
