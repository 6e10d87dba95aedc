import { EventEmitter } from 'node:events';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { releaseOnFailedBegin } from './release-failed-begin';

/**
 * A client whose server went away after the pool handed it out: every statement fails, as a BEGIN
 * did during replicas.int's failover. Only what pg-pool and drizzle call is here.
 */
class GoneClient extends EventEmitter {
  static ends = 0;
  connect(callback: (error: Error | null) => void) {
    callback(null);
  }
  query(config: string | { text: string }) {
    const text = typeof config === 'string' ? config : config.text;
    return Promise.reject(new Error(`Connection terminated unexpectedly (${text})`));
  }
  end(callback?: () => void) {
    GoneClient.ends += 1;
    callback?.();
    return Promise.resolve();
  }
}

const pool = (guarded: boolean) => {
  const p = new pg.Pool({ Client: GoneClient as unknown as typeof pg.Client, max: 2 });
  return guarded ? releaseOnFailedBegin(p) : p;
};

describe('a transaction whose BEGIN fails', () => {
  it('gives its connection back, so the pool can close (a failover no longer hangs the shutdown)', async () => {
    const p = pool(true);
    await expect(drizzle(p).transaction(async () => 'never')).rejects.toThrow(/begin/);
    // Released with the error: the pool dropped the dead client instead of holding it checked out.
    expect(p.totalCount).toBe(0);
    const ends = GoneClient.ends;
    await p.end();
    expect(GoneClient.ends).toBe(ends);
  });

  it('is what drizzle alone does not do: without the guard the client stays checked out', async () => {
    const p = pool(false);
    await expect(drizzle(p).transaction(async () => 'never')).rejects.toThrow(/begin/);
    expect(p.totalCount).toBe(1);
    expect(p.idleCount).toBe(0);
  });

  it("leaves a caller's own BEGIN, and every later statement, to the caller", async () => {
    const p = pool(true);
    const client = await p.connect();
    await expect(client.query('BEGIN')).rejects.toThrow(/BEGIN/);
    // Still checked out: the staged import, which sends its own BEGIN, releases it itself.
    expect(p.totalCount).toBe(1);
    // Only the first statement after a checkout is watched.
    await expect(client.query('begin')).rejects.toThrow(/begin/);
    expect(p.totalCount).toBe(1);
    client.release();
    await p.end();
    expect(p.totalCount).toBe(0);
  });

  it("hands later statements to the client class's own query, as it stands then", async () => {
    const p = pool(true);
    const client = await p.connect();
    await expect(client.query('select 1')).rejects.toThrow(/select 1/);
    // Wrapping the prototype after the checkout (the bench counts statements so) sees what follows.
    const proto = GoneClient.prototype as unknown as { query: (c: string) => Promise<unknown> };
    const original = proto.query;
    const seen: string[] = [];
    proto.query = function (this: unknown, config: string) {
      seen.push(config);
      return original.call(this, config);
    };
    try {
      await expect(client.query('select 2')).rejects.toThrow(/select 2/);
    } finally {
      proto.query = original;
    }
    expect(seen).toEqual(['select 2']);
    client.release();
    await p.end();
  });
});
