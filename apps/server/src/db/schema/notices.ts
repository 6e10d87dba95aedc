import { date, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Deadline reminders already sent: one row per step and due date, written in the transaction that
 * enqueues the reminder e-mails, so the hourly job reminds of each deadline once (a step whose
 * due date moves gets a new reminder for the new date).
 */
export const noticeReminder = pgTable(
  'notice_reminder',
  {
    tenantId: uuid('tenant_id').notNull(),
    /** The queue kind reminded of (WORK_KINDS), e.g. PROPOSAL_TO_APPRAISE. */
    kind: text('kind').notNull(),
    refId: uuid('ref_id').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.kind, t.refId, t.dueOn] })],
);
