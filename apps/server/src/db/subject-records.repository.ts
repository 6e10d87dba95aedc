import { and, eq, getTableColumns, inArray, type SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from './client';
import { queryRows } from './query-rows';
import { annualRating, award, discipline, hold } from './schema/index';

/** One table's matching rows as a JSON array, a scalar subquery of the one statement below. */
const aggregated = (table: PgTable, where: SQL | undefined) =>
  sql`(SELECT coalesce(json_agg(${table}), '[]'::json) FROM ${table} WHERE ${where})`;

/**
 * Rows that came back as JSON, typed as a plain select of the table gives them: each column's own
 * decoder (a timestamp becomes a Date, a uuid[] an array), keys and their order as Drizzle's.
 */
function decode<T extends PgTable>(table: T, rows: Record<string, unknown>[]): T['$inferSelect'][] {
  const columns = Object.entries(getTableColumns(table));
  return rows.map((r) => {
    const out: Record<string, unknown> = {};
    for (const [key, column] of columns) {
      const value = r[column.name];
      out[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
    }
    return out as T['$inferSelect'];
  });
}

type Aggregates = { ratings: never[]; awards: never[]; disciplines: never[]; holds: never[] };

/**
 * The records keyed by subject — ratings, awards, discipline, holds — for a batch of subjects, in
 * one statement of four indexed scalar subqueries, each table's rows aggregated to JSON. One round
 * trip instead of four: under load each statement costs the server a pool hand-off, a socket write
 * and a parse, more than the rows themselves (issue 19.3). `db` may be a transaction. The engine's
 * history and the timelines both read them from here (initiatives differ: keyed by author or unit).
 */
export async function loadSubjectRecords(db: Db, tenantId: string, subjectIds: string[]) {
  const [row] = await queryRows<Aggregates>(
    db,
    sql`SELECT ${aggregated(annualRating, and(eq(annualRating.tenantId, tenantId), inArray(annualRating.subjectId, subjectIds)))} AS ratings,
      ${aggregated(award, and(eq(award.tenantId, tenantId), inArray(award.subjectId, subjectIds)))} AS awards,
      ${aggregated(discipline, and(eq(discipline.tenantId, tenantId), inArray(discipline.subjectId, subjectIds)))} AS disciplines,
      ${aggregated(hold, and(eq(hold.tenantId, tenantId), inArray(hold.subjectId, subjectIds)))} AS holds`,
  );
  return {
    ratings: decode(annualRating, row!.ratings),
    awards: decode(award, row!.awards),
    disciplines: decode(discipline, row!.disciplines),
    holds: decode(hold, row!.holds),
  };
}
