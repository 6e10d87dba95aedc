import { foreignKey, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// A tenant is a province, a ministry or a national body. Its id is the tenant_id
// every other row carries.
export const tenant = pgTable(
  'tenant',
  {
    tenantId: uuid('tenant_id').primaryKey(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['PROVINCE', 'MINISTRY', 'NATIONAL'] }).notNull(),
    /**
     * The level above (a province under the national body, a department under its ministry):
     * where a dossier whose award is decided above the tenant goes as a package (docs/interop.md).
     * Null for a top-level tenant, or one whose upper level runs another deployment.
     */
    parentTenantId: uuid('parent_tenant_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ columns: [t.parentTenantId], foreignColumns: [t.tenantId], name: 'tenant_parent_fk' }),
  ],
);
