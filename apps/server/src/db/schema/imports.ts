import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const IMPORT_KINDS = ['people', 'ratings', 'initiatives', 'awards'] as const;
export const IMPORT_STATUSES = ['DRY_RUN', 'COMMITTED', 'FAILED'] as const;

/**
 * One uploaded legacy file: its dry-run report and the validated rows waiting
 * for commit. Keeping the rows here means commit never re-reads the upload.
 */
export const importJob = pgTable(
  'import_job',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    kind: text('kind', { enum: IMPORT_KINDS }).notNull(),
    fileName: text('file_name').notNull(),
    fileSha256: text('file_sha256').notNull(),
    status: text('status', { enum: IMPORT_STATUSES }).notNull().default('DRY_RUN'),
    totalRows: integer('total_rows').notNull().default(0),
    errorRows: integer('error_rows').notNull().default(0),
    /** Problems, uncertain matches and counts, as shown to the officer. */
    report: jsonb('report').notNull(),
    /** The parsed rows (template columns), re-planned at commit. */
    rows: jsonb('rows').notNull(),
    /** Null when the CLI ran it as the system. */
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    committedAt: timestamp('committed_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('import_job_created_idx').on(t.tenantId, t.createdAt),
  ],
);
