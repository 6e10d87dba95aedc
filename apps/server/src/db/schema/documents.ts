import {
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

// Official documents and certificates: each award's verification code and registry number, the
// per-tenant registry counter, and the tenant's document settings.

/**
 * One row per award that has had a certificate: the public verification code (16 random bytes,
 * base64url, so unguessable) and its number in the tenant's certificate register (số vào sổ).
 */
export const awardVerification = pgTable(
  'award_verification',
  {
    tenantId: uuid('tenant_id').notNull(),
    awardId: uuid('award_id').notNull(),
    code: text('code').notNull(),
    registryNumber: integer('registry_number').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.awardId] }),
    uniqueIndex('award_verification_code_uq').on(t.tenantId, t.code),
    uniqueIndex('award_verification_registry_uq').on(t.tenantId, t.registryNumber),
  ],
);

/** The last registry number given per tenant; locked FOR UPDATE while numbers are handed out. */
export const certificateCounter = pgTable('certificate_counter', {
  tenantId: uuid('tenant_id').primaryKey(),
  lastNumber: integer('last_number').notNull().default(0),
});

/** What the documents print that the data does not hold; one row per tenant, defaults when absent. */
export const documentSettings = pgTable('document_settings', {
  tenantId: uuid('tenant_id').primaryKey(),
  /** The place in "Sơn Hà, ngày … tháng … năm …". */
  placeName: text('place_name'),
  /** The issuing body's parent, printed above it (e.g. "UBND TỈNH SƠN HÀ" above "SỞ NỘI VỤ"). */
  parentBody: text('parent_body'),
  /** The signer's title in the authority line and signature block (e.g. "CHỦ TỊCH"). */
  signerTitle: text('signer_title'),
  /** Offsets of the whole text block when printing onto pre-printed blank stock, in millimetres. */
  blankStockOffsetXMm: doublePrecision('blank_stock_offset_x_mm').notNull().default(0),
  blankStockOffsetYMm: doublePrecision('blank_stock_offset_y_mm').notNull().default(0),
  /**
   * The file name of the tenant's seal certificate (PKCS#12) in VINHDANH_SIGNING_DIR; its password
   * is in the environment, never in the database (docs/signing.md).
   */
  signingCertificateFile: text('signing_certificate_file'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A signed PDF (PAdES B-B) of a decision: the decision itself or its certificates. The bytes are
 * in file storage (stored_file); a decision with a signed DECISION row can no longer be changed.
 * The upper level's decision arrives signed in its package (modules/upper-level): its PDF and one
 * certificate per award (kind CERTIFICATE with award_id), kept as received (method RECEIVED).
 */
export const signedDocument = pgTable(
  'signed_document',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    /**
     * DECISION (the quyết định with its annex), CERTIFICATES (every certificate, one PDF) or
     * CERTIFICATE (one award's, as the upper level sent it).
     */
    kind: text('kind').notNull(),
    /** CERTIFICATE: the award it certifies; null for the other kinds. */
    awardId: uuid('award_id'),
    decisionId: uuid('decision_id').notNull(),
    fileId: uuid('file_id').notNull(),
    /** SHA-256 of the signed file, to recognise an uploaded copy. */
    sha256: text('sha256').notNull(),
    /**
     * SEAL: the tenant's certificate on the server; TOKEN: a signer's own token, uploaded back;
     * RECEIVED: signed by the upper level, stored from its decision package.
     */
    method: text('method').notNull(),
    signerName: text('signer_name').notNull(),
    signerCertificateSha256: text('signer_certificate_sha256').notNull(),
    signedAt: timestamp('signed_at', { withTimezone: true }).notNull(),
    /** Who signed in this tenant; null for a document received signed. */
    signedBy: uuid('signed_by'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    // One DECISION and one CERTIFICATES per decision, one CERTIFICATE per award (NULLs equal).
    unique('signed_document_decision_kind_uq')
      .on(t.tenantId, t.decisionId, t.kind, t.awardId)
      .nullsNotDistinct(),
    index('signed_document_sha256_idx').on(t.tenantId, t.sha256),
  ],
);

/**
 * A decision's file prepared for signing on the signer's own token (the national CA's browser
 * plug-in): the PDF with its signature placeholder, kept until the signed copy comes back. The
 * plug-in fetches and uploads with the session's secret (it runs outside the browser's session),
 * whose SHA-256 is kept here; the signer completes the signing from the console.
 */
export const tokenSigning = pgTable(
  'token_signing',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    /** One signing: the decision and its certificates, prepared together. */
    sessionId: uuid('session_id').notNull(),
    decisionId: uuid('decision_id').notNull(),
    /** DECISION or CERTIFICATES, as signed_document.kind. */
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    preparedKey: text('prepared_key').notNull(),
    preparedSha256: text('prepared_sha256').notNull(),
    /** The signed copy the plug-in uploaded, once it verified against the prepared file. */
    signedKey: text('signed_key'),
    signedSha256: text('signed_sha256'),
    signedSizeBytes: integer('signed_size_bytes'),
    signerName: text('signer_name'),
    signerCertificateSha256: text('signer_certificate_sha256'),
    secretSha256: text('secret_sha256').notNull(),
    /** The account that prepared it and completes it (the leader, or a clerk naming the leader). */
    preparedBy: uuid('prepared_by').notNull(),
    /** The leader who signs with the token: the certificate must carry their person's name. */
    signerUserId: uuid('signer_user_id').notNull(),
    signingTime: timestamp('signing_time', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('token_signing_session_kind_uq').on(t.tenantId, t.sessionId, t.kind),
  ],
);
