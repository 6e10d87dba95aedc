import pg from 'pg';
import { afterAll, afterEach } from 'vitest';

/**
 * Integration setup: a pg client runs one query at a time, as pg 9 will require.
 *
 * Inside a transaction every query goes to the same client, so `Promise.all([...])` over queries on
 * a `tx` sends a query while the client is still busy. pg 8 queues it and, only from the third one
 * queued and once per process, prints "Calling client.query() when the client is already executing
 * a query is deprecated"; pg 9 refuses it. Here the second one already throws, as pg 9 will, and
 * any of pg's own "removed in pg@9" deprecation warnings fails the test that caused it, even when
 * the service caught the error. PGlite has no such client: only the PostgreSQL runs can trip this.
 */

type BusyClient = { _activeQuery?: unknown; _queryQueue: unknown[]; pipeline?: boolean };

const KEY = Symbol.for('vinhdanh.test.pgMisuses');
const PATCHED = Symbol.for('vinhdanh.test.pgOneQueryAtATime');
const store = globalThis as { [KEY]?: string[] };
// Kept on globalThis: pg is loaded once per worker, this file once per test file.
store[KEY] ??= [];
const misuses = (): string[] => store[KEY] ?? [];

const proto = pg.Client.prototype as unknown as Record<PropertyKey, unknown> & { query: pg.Client['query'] };
if (!proto[PATCHED]) {
  proto[PATCHED] = true;
  const query = proto.query;
  proto.query = function (this: BusyClient, ...args: unknown[]) {
    if (!this.pipeline && (this._activeQuery != null || this._queryQueue.length > 0)) {
      const error = new Error(
        'pg: client.query() while this client is already executing a query (pg 9 refuses it; ' +
          'inside a transaction, run the queries one after another, not with Promise.all)',
      );
      misuses().push(error.stack ?? error.message);
      throw error;
    }
    return (query as (...a: unknown[]) => unknown).apply(this, args);
  } as pg.Client['query'];

  const emitWarning = process.emitWarning;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    const text = typeof warning === 'string' ? warning : warning.message;
    if (/pg@9/.test(text)) misuses().push(`${text}\n${new Error('emitted here').stack ?? ''}`);
    return (emitWarning as (...a: unknown[]) => void).call(process, warning, ...rest);
  }) as typeof process.emitWarning;
}

function failOnMisuse() {
  const found = misuses().splice(0);
  if (found.length > 0) throw new Error(`pg misuse (not ready for pg 9):\n${found.join('\n---\n')}`);
}

afterEach(failOnMisuse);
afterAll(failOnMisuse);
