import { and, asc, eq, lte, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { outboxMessage } from '../../db/schema/index';
import { newId } from '../../lib/ids';
import { type Clock, systemClock } from '../clock';

// The one outbox. A module that must tell the outside world something (an e-mail, an exchange
// with another level, the national portal) calls `enqueue` in the transaction of the change, so
// the message exists exactly when the change does. The poller delivers it afterwards, at least
// once: a crash between sending and marking it sent makes it go again with the same `id`, which
// receivers use to drop repeats (e-mail: the Message-ID header; portals: an idempotency key).

export type OutboxMessage = {
  tenantId: string;
  /** Stable across retries: the receivers' deduplication key. */
  id: string;
  topic: string;
  payload: unknown;
  /** 1 on the first delivery. */
  attempt: number;
};

/** Delivers one message; throwing means "try again later". */
export type OutboxHandler = (message: OutboxMessage) => Promise<void>;

/** Adds a message in the caller's transaction; returns its id. */
export async function enqueue(
  tx: Tx | Db,
  message: { tenantId: string; topic: string; payload: unknown },
): Promise<string> {
  const id = newId();
  await tx.insert(outboxMessage).values({ ...message, id });
  return id;
}

export type PollerOptions = {
  handlers: Record<string, OutboxHandler>;
  clock?: Clock;
  /** Attempts before a message is marked DEAD. Default 8. */
  maxAttempts?: number;
  /** Backoff after the n-th failure: base · 2^(n−1), capped. Defaults 30 s and 1 h. */
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  /** How long a claimed message is hidden from other pollers while it is being delivered. */
  leaseMs?: number;
  batchSize?: number;
  onError?: (message: OutboxMessage, error: unknown) => void;
};

export function backoffMs(failures: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, failures - 1));
}

/**
 * Delivers one tenant's due messages (oldest first). Each is claimed by pushing its next attempt
 * past the lease before delivery, so two pollers never send it at the same time, and a poller
 * that dies mid-delivery leaves it to be retried when the lease ends.
 */
export async function pollTenant(db: Db, tenantId: string, options: PollerOptions): Promise<number> {
  const clock = options.clock ?? systemClock;
  const maxAttempts = options.maxAttempts ?? 8;
  const base = options.backoffBaseMs ?? 30_000;
  const max = options.backoffMaxMs ?? 3_600_000;
  const lease = options.leaseMs ?? 5 * 60_000;
  const now = clock.now();
  const claimed = await db.transaction(async (tx) => {
    const due = await tx
      .select()
      .from(outboxMessage)
      .where(
        and(
          eq(outboxMessage.tenantId, tenantId),
          eq(outboxMessage.status, 'PENDING'),
          lte(outboxMessage.nextAttemptAt, now),
        ),
      )
      .orderBy(asc(outboxMessage.createdAt), asc(outboxMessage.id))
      .limit(options.batchSize ?? 20)
      .for('update', { skipLocked: true });
    for (const m of due) {
      await tx
        .update(outboxMessage)
        .set({ attempts: sql`${outboxMessage.attempts} + 1`, nextAttemptAt: new Date(now.getTime() + lease) })
        .where(and(eq(outboxMessage.tenantId, tenantId), eq(outboxMessage.id, m.id)));
    }
    return due;
  });
  for (const m of claimed) {
    const message: OutboxMessage = {
      tenantId,
      id: m.id,
      topic: m.topic,
      payload: m.payload,
      attempt: m.attempts + 1,
    };
    const where = and(eq(outboxMessage.tenantId, tenantId), eq(outboxMessage.id, m.id));
    try {
      const handler = options.handlers[m.topic];
      if (!handler) throw new Error(`no outbox handler for topic ${m.topic}`);
      await handler(message);
      await db
        .update(outboxMessage)
        .set({ status: 'SENT', sentAt: clock.now(), lastError: null })
        .where(where);
    } catch (error) {
      options.onError?.(message, error);
      const dead = message.attempt >= maxAttempts;
      await db
        .update(outboxMessage)
        .set({
          status: dead ? 'DEAD' : 'PENDING',
          lastError: String(error instanceof Error ? error.message : error).slice(0, 1000),
          nextAttemptAt: new Date(clock.now().getTime() + backoffMs(message.attempt, base, max)),
        })
        .where(where);
    }
  }
  return claimed.length;
}

/** One pass: each tenant with due messages is polled on its own, so one tenant's failures never hold up another's. */
export async function pollOnce(db: Db, options: PollerOptions): Promise<number> {
  const now = (options.clock ?? systemClock).now();
  const tenants = await db
    .selectDistinct({ tenantId: outboxMessage.tenantId })
    .from(outboxMessage)
    .where(and(eq(outboxMessage.status, 'PENDING'), lte(outboxMessage.nextAttemptAt, now)));
  let sent = 0;
  for (const { tenantId } of tenants) sent += await pollTenant(db, tenantId, options);
  return sent;
}

/** Polls every `intervalMs` (default 5 s) until stopped; stop() waits for the pass in flight. */
export function startOutboxPoller(db: Db, options: PollerOptions & { intervalMs?: number }) {
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(() => (stopped ? 0 : pollOnce(db, options))).catch(() => 0);
  }, options.intervalMs ?? 5_000);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
