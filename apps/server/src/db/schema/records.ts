import type { AwardKind, DisciplineForm, HoldReason } from '@vinhdanh/domain/rules/types';
import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
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
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('annual_rating_subject_year_uq').on(t.tenantId, t.subjectId, t.year),
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
    /**
     * The unit of this tenant that issued it, whose register the number belongs to; null for an
     * issuer outside the tenant (the Prime Minister, a ministry), whose register is its name.
     */
    issuerUnitId: uuid('issuer_unit_id'),
    signer: text('signer'),
    /** The signer's position as printed under the signature ("Phó Chủ tịch"); null: not recorded. */
    signerPosition: text('signer_position'),
    /**
     * Signed by a deputy on the head's behalf ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", ND 30/2020): chosen per
     * decision, since the same deputy may also sign as head while acting (quyền).
     */
    signedAsDeputy: boolean('signed_as_deputy').notNull().default(false),
    /**
     * A revocation decision (quyết định thu hồi) of an award of a signed decision: the decision it
     * revokes from, whose scope and register it shares; null for any other decision.
     */
    revokesDecisionId: uuid('revokes_decision_id'),
    /** Set by a trigger on every insert and update: the national export's incremental cursor. */
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    // Each issuer keeps its own register, and registers restart every year (15/QĐ-UBND exists in
    // 2025 and in 2026): a number is unique per tenant, issuer and year of signing. Separate
    // registers are what stop one issuer's numbers from blocking another's.
    uniqueIndex('decision_unit_number_year_uq')
      .on(t.tenantId, t.issuerUnitId, t.number, sql`extract(year from ${t.signedOn})`)
      .where(sql`${t.issuerUnitId} IS NOT NULL`),
    uniqueIndex('decision_external_number_year_uq')
      .on(t.tenantId, t.issuer, t.number, sql`extract(year from ${t.signedOn})`)
      .where(sql`${t.issuerUnitId} IS NULL`),
  ],
);

export const award = pgTable(
  'award',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    subjectType: text('subject_type', { enum: SUBJECT_TYPES }).notNull(),
    subjectId: uuid('subject_id').notNull(),
    awardCode: text('award_code').notNull(),
    // Typed, not constrained: every write takes its kind from z.enum(AWARD_KINDS) or the domain.
    kind: text('kind').$type<AwardKind>().notNull().default('CONG_TRANG'),
    year: integer('year').notNull(),
    decisionId: uuid('decision_id'),
    decisionNumber: text('decision_number'),
    decisionDate: date('decision_date', { mode: 'string' }),
    amountVnd: integer('amount_vnd'),
    isRevoked: boolean('is_revoked').notNull().default(false),
    revokedOn: date('revoked_on', { mode: 'string' }),
    /** Law 2022, Điều 93, khoản 2, điểm a–d. */
    revocationGround: text('revocation_ground', { enum: ['A', 'B', 'C', 'D'] }),
    /** What was rewarded; one achievement, one award (Law 2022, Điều 5). */
    achievement: text('achievement'),
    /** First year of a multi-year achievement period; `year` is its last. */
    periodStartYear: integer('period_start_year'),
    /**
     * Initiatives (sáng kiến, đề tài) of the subject this award used as its ground: each grounds one
     * award only (CV 5007/BNV-TĐKT III.5.c), so the engine skips them for any other award.
     */
    initiativesUsed: uuid('initiatives_used').array().notNull().default(sql`'{}'::uuid[]`),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** Set by a trigger on every insert and update: the national export's incremental cursor. */
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
    /**
     * Kept by triggers (migration 0054): the unit that scopes the award (the person's, team's or
     * household's unit, or the org unit itself) and the name award search sorts by (person.name_sort,
     * else that unit's name). Null while the subject does not exist. Only the bulk inserts write them,
     * set-based by the same rules (records/award-search-columns.ts); an insert that carries
     * scope_unit_id is taken as given (0055), any other insert and a change of subject are looked up.
     */
    scopeUnitId: uuid('scope_unit_id'),
    sortName: text('sort_name'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    // Award search's order (newest year, then the name, then the id; award-search.repository.ts):
    // a page reads its rows in order and stops, for the whole tenant and for one award code.
    index('award_search_order_idx').on(t.tenantId, sql`${t.year} DESC`, sql`${t.sortName} COLLATE "C"`, t.id),
    index('award_search_code_idx').on(
      t.tenantId,
      t.awardCode,
      sql`${t.year} DESC`,
      sql`${t.sortName} COLLATE "C"`,
      t.id,
    ),
    // A unit's awards: a small scope's search and its capped count (the filters in the key, so the
    // count reads the index alone), and the trigger that follows a unit's rename.
    index('award_scope_unit_idx').on(t.tenantId, t.scopeUnitId, t.year, t.awardCode, t.kind),
    // A subject's awards of a range of years; the filters of award search (code, kind, subject type)
    // and the id are in the key so a search reads only the index for every match and the award rows
    // for its page alone (issue 19; award-search.repository.ts).
    index('award_subject_idx').on(t.tenantId, t.subjectId, t.year, t.awardCode, t.kind, t.subjectType, t.id),
    index('award_changed_idx').on(t.tenantId, t.changedAt),
    // The year statistics count an award in (its decision's year, else its achievement year;
    // reports/report-facts.repository.ts, the same expression): a one-year form reads only that
    // year's awards, and the planner gets real row counts for a range of years instead of a guess.
    index('award_counted_year_idx').on(
      t.tenantId,
      sql`(COALESCE(EXTRACT(YEAR FROM ${t.decisionDate})::int, ${t.year}))`,
    ),
  ],
);

export const initiative = pgTable(
  'initiative',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    title: text('title').notNull(),
    type: text('type', { enum: ['SANG_KIEN', 'DE_TAI'] })
      .notNull()
      .default('SANG_KIEN'),
    scope: text('scope', { enum: ['CO_SO', 'BO_TINH', 'TOAN_QUOC'] }).notNull(),
    year: integer('year').notNull(),
    isApplied: boolean('is_applied').notNull().default(true),
    /**
     * Accepted (nghiệm thu for a topic, công nhận for an initiative). A topic accepted but not yet
     * applied grounds CSTĐCS only (Law 2022, Điều 23.2); not accepted: it grounds nothing. Recorded
     * initiatives count as accepted unless marked otherwise (the `rules check` contract's default).
     */
    isAccepted: boolean('is_accepted').notNull().default(true),
    unitId: uuid('unit_id'),
    appliedOn: date('applied_on', { mode: 'string' }),
    recognizedBy: text('recognized_by'),
    decisionNumber: text('decision_number'),
    decisionDate: date('decision_date', { mode: 'string' }),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    // A unit's own initiatives (the unit's timeline): most initiatives are people's, without a unit.
    index('initiative_unit_idx').on(t.tenantId, t.unitId).where(sql`${t.unitId} IS NOT NULL`),
  ],
);

export const discipline = pgTable(
  'discipline',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    subjectId: uuid('subject_id').notNull(),
    // Typed, not constrained: written only through z.enum(DISCIPLINE_FORMS).
    form: text('form').$type<DisciplineForm>().notNull(),
    fromDate: date('from_date', { mode: 'string' }).notNull(),
    toDate: date('to_date', { mode: 'string' }),
    decisionNumber: text('decision_number'),
    version: integer('version').notNull().default(1),
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
    // Typed, not constrained: written only through z.enum(HOLD_REASONS).
    reason: text('reason').$type<HoldReason>().notNull(),
    fromDate: date('from_date', { mode: 'string' }).notNull(),
    toDate: date('to_date', { mode: 'string' }),
    note: text('note'),
    closedReason: text('closed_reason'),
    version: integer('version').notNull().default(1),
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
    /**
     * The fingerprint of the tenant's parameters and own catalogue the verdict was computed under
     * (TenantRuleSets.version); another one in force makes the verdict stale (issue 19).
     */
    rulesVersion: text('rules_version').notNull().default(''),
    /*
     * The suggestion list's order and scope, copied from the subject when the verdict is saved
     * (issue 19), so an index serves "Gợi ý đề nghị" page by page. A change to any of them fires the
     * person or unit trigger (migration 0045), so the verdict is judged and saved again.
     */
    /** The person's unit, or the collective itself: the scope filter. */
    unitId: uuid('unit_id'),
    /**
     * Direct workers first (Law 2022, Điều 5), then women (ND 152, Điều 4.6): 0 a woman who is a
     * direct worker, 1 another direct worker, 2 a woman, 3 everyone else (collectives included).
     */
    sortRank: smallint('sort_rank').notNull().default(3),
    /** personNameSortKey of the person's or the collective's name (person.name_sort). */
    nameSort: text('name_sort').notNull().default(''),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.year, t.subjectId, t.awardCode] }),
    // The count of each kind of subject for an award (suggestions.service.ts).
    index('eligibility_verdict_award_idx').on(t.tenantId, t.year, t.awardCode, t.isEligible, t.subjectType),
    // The suggestion list's order, all ascending so the keyset is one row comparison: a page reads
    // its rows in order from the cursor and stops (suggestions.service.ts).
    index('eligibility_verdict_order_idx')
      .on(t.tenantId, t.year, t.awardCode, t.sortRank, sql`${t.nameSort} COLLATE "C"`, t.subjectId)
      .where(sql`${t.isEligible}`),
    // A unit's list and counts: the eligible verdicts of its units by award (then sorted: few rows).
    index('eligibility_verdict_unit_idx')
      .on(t.tenantId, t.year, t.unitId, t.awardCode, t.subjectType)
      .where(sql`${t.isEligible}`),
  ],
);

/** Authors of an initiative with their shares; each author may count it (Law 2022, Điều 23). */
export const initiativeAuthor = pgTable(
  'initiative_author',
  {
    tenantId: uuid('tenant_id').notNull(),
    initiativeId: uuid('initiative_id').notNull(),
    personId: uuid('person_id').notNull(),
    sharePct: integer('share_pct').notNull().default(100),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.initiativeId, t.personId] }),
    index('initiative_author_person_idx').on(t.tenantId, t.personId),
  ],
);

/** A stored file's metadata; the bytes live behind the storage interface. */
export const storedFile = pgTable(
  'stored_file',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    mimeType: text('mime_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    /** Who uploaded it, shown to the appraiser beside the file; null for files made by the system. */
    uploadedBy: uuid('uploaded_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

/** Evidence files attached to a record (initiative, award, rating…). */
export const recordFile = pgTable(
  'record_file',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    recordType: text('record_type').notNull(),
    recordId: uuid('record_id').notNull(),
    fileId: uuid('file_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('record_file_record_idx').on(t.tenantId, t.recordId),
  ],
);

/** A tenant's own values for rule-set parameters (a province's regulation), by rule set. */
export const tenantRuleParams = pgTable(
  'tenant_rule_params',
  {
    tenantId: uuid('tenant_id').notNull(),
    ruleSetId: text('rule_set_id').notNull(),
    params: jsonb('params').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.ruleSetId] })],
);

/**
 * A province's own titles and forms of commendation (issue 12, rule 12), versioned like the rule sets:
 * each save of a code is a new version, and the previous one ends the day before the new one starts.
 * `criteria` is a tree of the engine's combinators (packages/domain/src/rules/criteria.ts) as JSON.
 */
export const tenantAward = pgTable(
  'tenant_award',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    code: text('code').notNull(),
    version: integer('version').notNull(),
    name: text('name').notNull(),
    level: text('level', { enum: ['CO_SO', 'BO_TINH', 'NHA_NUOC'] }).notNull(),
    category: text('category', { enum: ['DANH_HIEU', 'HINH_THUC'] }).notNull(),
    kind: text('kind').notNull(),
    subjectTypes: text('subject_types').array().notNull(),
    deciderRole: text('decider_role').notNull(),
    criteria: jsonb('criteria').notNull(),
    /** × base salary for an individual; null: no money. */
    coefficient: doublePrecision('coefficient'),
    /** The provincial regulation and article the award rests on. */
    citation: text('citation').notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    effectiveTo: date('effective_to', { mode: 'string' }),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('tenant_award_code_version_uq').on(t.tenantId, t.code, t.version),
  ],
);
