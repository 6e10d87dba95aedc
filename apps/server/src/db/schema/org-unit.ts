import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { tenant } from './tenant';

export const ORG_UNIT_TYPES = [
  'UBND_TINH',
  'BO',
  'SO_BAN_NGANH',
  'XA_PHUONG',
  'DON_VI_SU_NGHIEP',
  'DOANH_NGHIEP',
  'PHONG_TO',
  'THON_TO_DAN_PHO',
] as const;

export const orgUnit = pgTable(
  'org_unit',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenant.tenantId),
    id: uuid('id').notNull(),
    parentId: uuid('parent_id'),
    /** Materialised path "/<root id>/…/<own id>/" for subtree scope by prefix. */
    path: text('path').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    type: text('type', { enum: ORG_UNIT_TYPES }).notNull(),
    status: text('status', { enum: ['ACTIVE', 'DISSOLVED'] })
      .notNull()
      .default('ACTIVE'),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    /** Vùng sâu, vùng xa đi lại khó khăn: longer complaint time limits (Luật Khiếu nại 2011, Điều 28). */
    isRemoteArea: boolean('is_remote_area').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.parentId], foreignColumns: [t.tenantId, t.id] }),
    unique('org_unit_code_uq').on(t.tenantId, t.code),
    index('org_unit_path_idx').using('btree', t.tenantId, sql`${t.path} text_pattern_ops`),
  ],
);

/**
 * Lineage of restructuring: one row per predecessor → successor link. A rename
 * links a unit to itself and keeps the old name.
 */
export const orgUnitLineage = pgTable(
  'org_unit_lineage',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    kind: text('kind', { enum: ['MERGE', 'SPLIT', 'RENAME'] }).notNull(),
    predecessorId: uuid('predecessor_id').notNull(),
    successorId: uuid('successor_id').notNull(),
    effectiveDate: date('effective_date', { mode: 'string' }).notNull(),
    oldName: text('old_name'),
    newName: text('new_name'),
    decisionRef: text('decision_ref'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.predecessorId], foreignColumns: [orgUnit.tenantId, orgUnit.id] }),
    foreignKey({ columns: [t.tenantId, t.successorId], foreignColumns: [orgUnit.tenantId, orgUnit.id] }),
    index('org_unit_lineage_succ_idx').on(t.tenantId, t.successorId),
    index('org_unit_lineage_pred_idx').on(t.tenantId, t.predecessorId),
  ],
);
