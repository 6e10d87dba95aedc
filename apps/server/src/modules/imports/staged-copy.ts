import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

// COPY FROM STDIN in text format, for the staged import's temporary tables.

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const NEEDS_ESCAPE = /[\\\t\n\r]/;

/** One value in COPY text format. */
export function copyValue(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'number') return String(value);
  const text = String(value);
  return NEEDS_ESCAPE.test(text) ? text.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]!) : text;
}

/** A COPY into `table`: write whole lines (ending in "\n"), then `end()`. */
export function openCopy(conn: pg.PoolClient, table: string, columns: readonly string[]) {
  const copy = conn.query(copyFrom(`COPY ${table} (${columns.map((c) => `"${c}"`).join(', ')}) FROM STDIN`));
  const done = finished(copy);
  // Awaited in end(); until then a failure must not surface as an unhandled rejection.
  done.catch(() => {});
  return {
    /** Resolves at once unless the stream asks to wait for 'drain'. */
    async write(chunk: string): Promise<void> {
      if (chunk && !copy.write(chunk)) await once(copy, 'drain');
    },
    async end(): Promise<void> {
      copy.end();
      await done;
    },
  };
}

/** Copies small tables in one go: the values of each row, in `columns` order. */
export async function copyRows(
  conn: pg.PoolClient,
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly unknown[]>,
): Promise<void> {
  const copy = openCopy(conn, table, columns);
  let chunk = '';
  for (const row of rows) {
    chunk += `${row.map(copyValue).join('\t')}\n`;
    if (chunk.length > 1 << 16) {
      await copy.write(chunk);
      chunk = '';
    }
  }
  await copy.write(chunk);
  await copy.end();
}
