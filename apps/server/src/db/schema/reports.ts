import {
  date,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

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

/**
 * A frozen statistical form: the figures as they stood when the unit finished and signed the report.
 * Never updated: a correction is a new revision. `content` is the exported document without its hash,
 * and `content_hash` the SHA-256 of its canonical JSON, so the figures can be checked later.
 */
export const reportSnapshot = pgTable(
  'report_snapshot',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    formCode: text('form_code').notNull(),
    version: text('version').notNull(),
    year: integer('year').notNull(),
    scopeUnitId: uuid('scope_unit_id').notNull(),
    /** 1, 2, …: each freeze of the same form, year and unit is a new revision. */
    revision: integer('revision').notNull(),
    content: jsonb('content').notNull(),
    contentHash: text('content_hash').notNull(),
    signerUserId: uuid('signer_user_id').notNull(),
    frozenBy: uuid('frozen_by').notNull(),
    frozenOn: date('frozen_on', { mode: 'string' }).notNull(),
    frozenAt: timestamp('frozen_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('report_snapshot_revision_uq').on(t.tenantId, t.formCode, t.year, t.scopeUnitId, t.revision),
  ],
);

/**
 * A report received from another tenant (a province, for a ministry or the national body), as
 * its JSON export. One row per sender, form and year: the latest freeze the receiver has seen.
 */
export const reportRollupEntry = pgTable(
  'report_rollup_entry',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    senderCode: text('sender_code').notNull(),
    senderName: text('sender_name').notNull(),
    formCode: text('form_code').notNull(),
    year: integer('year').notNull(),
    version: text('version').notNull(),
    revision: integer('revision').notNull(),
    frozenAt: timestamp('frozen_at', { withTimezone: true }).notNull(),
    document: jsonb('document').notNull(),
    contentHash: text('content_hash').notNull(),
    importedBy: uuid('imported_by').notNull(),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('report_rollup_entry_sender_uq').on(t.tenantId, t.senderCode, t.formCode, t.year),
  ],
);
