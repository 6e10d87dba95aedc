import { integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** A tenant's target for a fairness share (e.g. direct workers ≥ 30% of individual awards). */
export const reportTarget = pgTable(
  'report_target',
  {
    tenantId: uuid('tenant_id').notNull(),
    indicator: text('indicator').notNull(),
    targetPct: integer('target_pct').notNull(),
    updatedBy: uuid('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.indicator] })],
);
