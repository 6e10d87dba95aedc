import { jsonb, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';

/** What the tenant publishes on the public portal; defaults apply while no row exists. */
export const portalSettings = pgTable('portal_settings', {
  tenantId: uuid('tenant_id').primaryKey(),
  /** Decision levels (DECISION_LEVELS in the domain) whose decisions the portal lists. */
  publishedLevels: jsonb('published_levels').$type<string[]>().notNull(),
  /** Procedures offered for online filing (ONLINE_PROCEDURES in the domain); null: all of them. */
  onlineProcedures: jsonb('online_procedures').$type<string[]>(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
