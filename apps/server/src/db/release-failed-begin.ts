import type pg from 'pg';

/**
 * drizzle-orm 0.45's transaction() sends its BEGIN before its try/finally: when that BEGIN fails
 * (the server went away between the checkout and the BEGIN, as in a failover) the client is never
 * released, and pool.end() then waits for it forever (replicas.int's close hung so). Here the first
 * statement after a checkout, if it is that lower-case `begin` and fails, releases the client with
 * the error, so the pool destroys it. Code that sends its own `BEGIN` (the staged import) releases
 * its client itself and is left alone.
 */
export function releaseOnFailedBegin(pool: pg.Pool): pg.Pool {
  const connect = pool.connect.bind(pool) as (...args: unknown[]) => unknown;
  Object.defineProperty(pool, 'connect', {
    value: (...args: unknown[]) => {
      // pg-pool's callback form is left as it is; drizzle awaits the promise form.
      if (args.length > 0) return connect(...args);
      return (connect() as Promise<pg.PoolClient>).then(guardFirstBegin);
    },
  });
  return pool;
}

function guardFirstBegin(client: pg.PoolClient): pg.PoolClient {
  const query = client.query;
  // Another wrapper of this client's own (unnamed-statements.ts) is put back, not deleted with ours.
  const own = Object.getOwnPropertyDescriptor(client, 'query');
  const guarded = (...args: unknown[]) => {
    // One statement only: later ones go straight to pg. Deleting the client's own property, rather
    // than keeping the function seen at the checkout, lets the prototype's query apply again (the
    // bench counts statements by wrapping pg.Client.prototype.query; a kept copy hid them all).
    if (own) Object.defineProperty(client, 'query', own);
    else delete (client as { query?: unknown }).query;
    const [config] = args;
    const text = typeof config === 'string' ? config : (config as { text?: unknown } | undefined)?.text;
    const result = (query as (...a: unknown[]) => unknown).apply(client, args);
    if (typeof text !== 'string' || !/^begin\b/.test(text) || !(result instanceof Promise)) return result;
    return result.catch((error: unknown) => {
      client.release(error instanceof Error ? error : true);
      throw error;
    });
  };
  (client as { query: unknown }).query = guarded;
  return client;
}
