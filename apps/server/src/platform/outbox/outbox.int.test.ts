import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { outboxMessage } from '../../db/schema/index';
import { describeEngines } from '../../test/engines';
import type { Clock } from '../clock';
import { enqueue, type OutboxMessage, pollOnce } from './outbox';

function movableClock(start: string): Clock & { advance(ms: number): void } {
  let t = new Date(start).getTime();
  return {
    now: () => new Date(t),
    advance: (ms) => {
      t += ms;
    },
  };
}

describeEngines('outbox', (env) => {
  it('sends a committed message once with its stable id, and never one whose transaction rolled back', async () => {
    const { db } = env().database;
    const { tenantA } = env().fx;
    const id = await db.transaction((tx) =>
      enqueue(tx, { tenantId: tenantA, topic: 'email', payload: { to: 'a@b.vn' } }),
    );
    await db
      .transaction(async (tx) => {
        await enqueue(tx, { tenantId: tenantA, topic: 'email', payload: { to: 'rolled@back.vn' } });
        throw new Error('rollback');
      })
      .catch(() => {});
    const got: OutboxMessage[] = [];
    const options = { handlers: { email: async (m: OutboxMessage) => void got.push(m) } };
    await pollOnce(db, options);
    await pollOnce(db, options);
    expect(got).toEqual([{ tenantId: tenantA, id, topic: 'email', payload: { to: 'a@b.vn' }, attempt: 1 }]);
    const [row] = await db
      .select()
      .from(outboxMessage)
      .where(and(eq(outboxMessage.tenantId, tenantA), eq(outboxMessage.id, id)));
    expect(row?.status).toBe('SENT');
  });

  it('retries a failed delivery after a growing backoff with the same id, then gives up as DEAD', async () => {
    const { db } = env().database;
    const { tenantA, tenantB } = env().fx;
    const clock = movableClock('2030-01-01T00:00:00Z');
    const failing = await enqueue(db, { tenantId: tenantA, topic: 'portal', payload: { n: 1 } });
    const other = await enqueue(db, { tenantId: tenantB, topic: 'portal', payload: { n: 2 } });
    const seen: { id: string; attempt: number }[] = [];
    const options = {
      clock,
      maxAttempts: 3,
      backoffBaseMs: 60_000,
      handlers: {
        portal: async (m: OutboxMessage) => {
          seen.push({ id: m.id, attempt: m.attempt });
          if (m.tenantId === tenantA) throw new Error('cổng quốc gia không phản hồi');
        },
      },
    };
    await pollOnce(db, options);
    // Tenant B's message went through although tenant A's failed.
    expect(seen.map((s) => s.id).sort()).toEqual([failing, other].sort());
    clock.advance(30_000); // inside the first backoff (60 s): nothing due
    await pollOnce(db, options);
    expect(seen).toHaveLength(2);
    clock.advance(31_000);
    await pollOnce(db, options);
    clock.advance(119_000); // the second backoff is 120 s
    await pollOnce(db, options);
    expect(seen.filter((s) => s.id === failing)).toHaveLength(2);
    clock.advance(2_000);
    await pollOnce(db, options);
    expect(seen.filter((s) => s.id === failing)).toEqual([
      { id: failing, attempt: 1 },
      { id: failing, attempt: 2 },
      { id: failing, attempt: 3 },
    ]);
    clock.advance(3_600_000);
    await pollOnce(db, options);
    expect(seen.filter((s) => s.id === failing)).toHaveLength(3);
    const [row] = await db
      .select()
      .from(outboxMessage)
      .where(and(eq(outboxMessage.tenantId, tenantA), eq(outboxMessage.id, failing)));
    expect(row).toMatchObject({ status: 'DEAD', attempts: 3, lastError: 'cổng quốc gia không phản hồi' });
  });
});
