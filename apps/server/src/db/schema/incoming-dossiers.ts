import {
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/**
 * A dossier a child tenant sent up, as the receiving tenant works on it (modules/incoming-dossiers,
 * docs/interop.md): one row per (sender, package id), written in the transaction that imports the
 * package, so it exists exactly when its package does. A later version of the same package updates
 * the row back to RECEIVED. What the dossier says is the current version's manifest; the receiver's
 * own work (per-item approval, the returns it sent, its decision) is kept beside it.
 */
export const incomingDossier = pgTable(
  'incoming_dossier',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    senderCode: text('sender_code').notNull(),
    senderName: text('sender_name').notNull(),
    packageId: uuid('package_id').notNull(),
    /** The version of the package the row shows (the highest received). */
    version: integer('version').notNull(),
    /** The exchange_package IN row of that version (its files are that row's record files). */
    packageRowId: uuid('package_row_id').notNull(),
    /** The dossier's id at the sender, which replies name. */
    dossierId: uuid('dossier_id').notNull(),
    title: text('title').notNull(),
    year: integer('year').notNull(),
    status: text('status', { enum: ['RECEIVED', 'RETURNED', 'APPROVED', 'DECIDED'] }).notNull(),
    /** The current version's manifest (vinhdanh-package/1, kind DOSSIER). */
    manifest: jsonb('manifest').notNull(),
    /** [{ version, receivedAt, packageRowId }] in the order received. */
    versions: jsonb('versions').notNull(),
    /** { [itemId]: { approved, reason } }, cleared by a new version. */
    approvals: jsonb('approvals').notNull(),
    /** [{ at, version, reasons }] — each return sent. */
    returns: jsonb('returns').notNull(),
    /** The decision issued and sent back (number, date, signer, items, files), or null. */
    decision: jsonb('decision'),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('incoming_dossier_package_uq').on(t.tenantId, t.senderCode, t.packageId),
    index('incoming_dossier_list_idx').on(t.tenantId, t.receivedAt),
  ],
);
