import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// A tenant is a province, a ministry or a national body. Its id is the tenant_id
// every other row carries.
export const tenant = pgTable('tenant', {
  tenantId: uuid('tenant_id').primaryKey(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  kind: text('kind', { enum: ['PROVINCE', 'MINISTRY', 'NATIONAL'] }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
