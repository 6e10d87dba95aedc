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
 * A package sent to or received from another level (modules/exchange, docs/interop.md). OUT: the
 * sealed package as sent, delivered by the outbox; IN: a received package, written with its files
 * in one transaction, so a half-received package never exists. (package_id, version) is unique per
 * tenant and direction: a repeat of a received package is recognised and changes nothing.
 */
export const exchangePackage = pgTable(
  'exchange_package',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    direction: text('direction', { enum: ['IN', 'OUT'] }).notNull(),
    packageId: uuid('package_id').notNull(),
    version: integer('version').notNull(),
    kind: text('kind').notNull(),
    /** The other side's tenant code: the recipient of an OUT package, the sender of an IN one. */
    peerTenantCode: text('peer_tenant_code').notNull(),
    manifest: jsonb('manifest').notNull(),
    /** OUT: SENDING, then DELIVERED or DOWNLOADABLE (file transport); IN: RECEIVED. */
    status: text('status', { enum: ['SENDING', 'DELIVERED', 'DOWNLOADABLE', 'RECEIVED'] }).notNull(),
    /** How it travelled: SAME_DEPLOYMENT, HTTPS or FILE. */
    transport: text('transport'),
    /** OUT: the envelope (the downloadable file) as sealed, sent unchanged on every retry. */
    envelope: text('envelope'),
    /** IN: the manifest's bytes and signature as received, for re-verification. */
    manifestText: text('manifest_text'),
    signature: text('signature'),
    signerCertificateSha256: text('signer_certificate_sha256'),
    /** OUT: the dossier sent. */
    proposalId: uuid('proposal_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('exchange_package_version_uq').on(t.tenantId, t.direction, t.packageId, t.version),
    index('exchange_package_list_idx').on(t.tenantId, t.direction, t.createdAt),
  ],
);
