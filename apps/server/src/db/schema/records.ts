import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

// The history the rules engine reads. Subjects are people, collectives or households.
export const SUBJECT_TYPES = ['PERSON', 'COLLECTIVE', 'HOUSEHOLD'] as const;

export const annualRating = pgTable(
  'annual_rating',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    subjectType: text('subject_type', { enum: SUBJECT_TYPES }).notNull(),
    subjectId: uuid('subject_id').notNull(),
    year: integer('year').notNull(),
    rating: text('rating', { enum: ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'] }).notNull(),
    sourceDoc: text('source_doc'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('annual_rating_subject_idx').on(t.tenantId, t.subjectId, t.year),
  ],
);

export const decision = pgTable(
  'decision',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    /** Number and symbol as printed, e.g. "123/QĐ-UBND". */
    number: text('number').notNull(),
    signedOn: date('signed_on', { mode: 'string' }).notNull(),
    issuer: text('issuer').notNull(),
    signer: text('signer'),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

export const award = pgTable(
  'award',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    subjectType: text('subject_type', { enum: SUBJECT_TYPES }).notNull(),
    subjectId: uuid('subject_id').notNull(),
    awardCode: text('award_code').notNull(),
    kind: text('kind').notNull().default('CONG_TRANG'),
    year: integer('year').notNull(),
    decisionId: uuid('decision_id'),
    decisionNumber: text('decision_number'),
    decisionDate: date('decision_date', { mode: 'string' }),
    amountVnd: integer('amount_vnd'),
    isRevoked: boolean('is_revoked').notNull().default(false),
    revokedOn: date('revoked_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('award_subject_idx').on(t.tenantId, t.subjectId, t.year),
  ],
);

export const initiative = pgTable(
  'initiative',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    subjectId: uuid('subject_id').notNull(),
    title: text('title').notNull(),
    type: text('type', { enum: ['SANG_KIEN', 'DE_TAI'] })
      .notNull()
      .default('SANG_KIEN'),
    scope: text('scope', { enum: ['CO_SO', 'BO_TINH', 'TOAN_QUOC'] }).notNull(),
    year: integer('year').notNull(),
    isApplied: boolean('is_applied').notNull().default(true),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('initiative_subject_idx').on(t.tenantId, t.subjectId),
  ],
);

export const discipline = pgTable(
  'discipline',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    subjectId: uuid('subject_id').notNull(),
    form: text('form').notNull(),
    fromDate: date('from_date', { mode: 'string' }).notNull(),
    toDate: date('to_date', { mode: 'string' }),
    decisionNumber: text('decision_number'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('discipline_subject_idx').on(t.tenantId, t.subjectId),
  ],
);

/** Complaint, inspection, investigation…: blocks proposals while open (ND 152 principle). */
export const hold = pgTable(
  'hold',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    subjectId: uuid('subject_id').notNull(),
    reason: text('reason').notNull(),
    fromDate: date('from_date', { mode: 'string' }).notNull(),
    toDate: date('to_date', { mode: 'string' }),
    note: text('note'),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] }), index('hold_subject_idx').on(t.tenantId, t.subjectId)],
);

/** Verdicts of the last bulk scan (`vinhdanh rules scan`), read by the suggestion lists. */
export const eligibilityVerdict = pgTable(
  'eligibility_verdict',
  {
    tenantId: uuid('tenant_id').notNull(),
    subjectId: uuid('subject_id').notNull(),
    year: integer('year').notNull(),
    awardCode: text('award_code').notNull(),
    subjectType: text('subject_type', { enum: SUBJECT_TYPES }).notNull(),
    ruleSet: text('rule_set').notNull(),
    isEligible: boolean('is_eligible').notNull(),
    isHeld: boolean('is_held').notNull(),
    amountVnd: integer('amount_vnd'),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.year, t.subjectId, t.awardCode] }),
    index('eligibility_verdict_award_idx').on(t.tenantId, t.year, t.awardCode, t.isEligible),
  ],
);
