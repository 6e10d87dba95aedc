import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** PENDING: waiting or retrying; SENT: delivered; DEAD: gave up after the last attempt. */
export const OUTBOX_STATUSES = ['PENDING', 'SENT', 'DEAD'] as const;

/**
 * One message to send outside (e-mail, an exchange with another level, the national portal).
 * Written in the same transaction as the change it reports, delivered afterwards by the poller
 * (platform/outbox), at least once: `id` is the stable message id receivers use to drop repeats.
 */
export const outboxMessage = pgTable(
  'outbox_message',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    /** Which handler delivers it: 'email', 'exchange', 'portal', … */
    topic: text('topic').notNull(),
    payload: jsonb('payload').notNull(),
    status: text('status', { enum: OUTBOX_STATUSES }).notNull().default('PENDING'),
    attempts: integer('attempts').notNull().default(0),
    /** Not before this instant: the backoff after a failure, or the lease of a delivery in flight. */
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('outbox_message_due_idx').on(t.tenantId, t.status, t.nextAttemptAt),
  ],
);
