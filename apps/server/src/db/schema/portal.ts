import { jsonb, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';

/** What the tenant publishes on the public portal; defaults apply while no row exists. */
export const portalSettings = pgTable('portal_settings', {
  tenantId: uuid('tenant_id').primaryKey(),
  /** Decision levels (DECISION_LEVELS in the domain) whose decisions the portal lists. */
  publishedLevels: jsonb('published_levels').$type<string[]>().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
