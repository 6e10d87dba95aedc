import type { Reason } from '@vinhdanh/domain/rules/types';
import {
  boolean,
  date,
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

// Proposal dossiers (hồ sơ đề nghị) and their workflow: items, components, processing history,
// public comment, council secret ballot, decision numbering, revocation and notifications.

export const proposal = pgTable(
  'proposal',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    year: integer('year').notNull(),
    movementId: uuid('movement_id'),
    submittingUnitId: uuid('submitting_unit_id').notNull(),
    /** Receiving units in order (route); the last appraises and decides or proposes up. */
    levels: jsonb('levels').$type<string[]>().notNull(),
    levelIndex: integer('level_index').notNull().default(0),
    deciderRole: text('decider_role').notNull(),
    ruleSetId: text('rule_set_id').notNull(),
    state: text('state').notNull(),
    /** FlowRequirements from the rule set, frozen when the items are set. */
    requirements: jsonb('requirements').notNull(),
    publicCommentDone: boolean('public_comment_done').notNull().default(false),
    councilDone: boolean('council_done').notNull().default(false),
    /** Required components (names from the rule set) at creation. */
    components: jsonb('components').$type<string[]>().notNull(),
    stepEnteredOn: date('step_entered_on', { mode: 'string' }).notNull(),
    dueOn: date('due_on', { mode: 'string' }),
    publicCommentUntil: date('public_comment_until', { mode: 'string' }),
    /** An early close of the public comment (before `publicCommentUntil`) needs a legal reason, shown on the portal. */
    publicCommentClosedOn: date('public_comment_closed_on', { mode: 'string' }),
    publicCommentCloseReason: text('public_comment_close_reason'),
    lastReturn: jsonb('last_return'),
    rejectReason: text('reject_reason'),
    decisionId: uuid('decision_id'),
    createdBy: uuid('created_by').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('proposal_unit_idx').on(t.tenantId, t.submittingUnitId),
    index('proposal_state_idx').on(t.tenantId, t.state, t.dueOn),
  ],
);

/** The engine's verdict as appraisal stores it (proposal-appraisal.ts). */
export type StoredVerdict = {
  eligible: boolean;
  held: boolean;
  ruleSet: string;
  amountVnd: number | null;
  reasons: Reason[];
};

/** The flags appraisal stores beside the verdict. */
export type StoredFlags = {
  held: boolean;
  duplicates: { rule: string; text: string; citation: string }[];
  quota: { quotaId: string; text: string; citation: string }[];
};

export const proposalItem = pgTable(
  'proposal_item',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    proposalId: uuid('proposal_id').notNull(),
    subjectType: text('subject_type', { enum: ['PERSON', 'COLLECTIVE', 'HOUSEHOLD'] }).notNull(),
    subjectId: uuid('subject_id').notNull(),
    subjectName: text('subject_name').notNull(),
    /** The nominee's unit (a person's unit, or the collective's unit): conflict-of-interest scope. */
    unitId: uuid('unit_id').notNull(),
    awardCode: text('award_code').notNull(),
    achievement: text('achievement'),
    /** The engine's verdict at appraisal, with reasons and citations. */
    engineEligible: boolean('engine_eligible'),
    verdict: jsonb('verdict').$type<StoredVerdict>(),
    /** Holds, duplicate rewards, quota excess. */
    flags: jsonb('flags').$type<StoredFlags>(),
    appraisal: text('appraisal', { enum: ['PENDING', 'CONFIRMED', 'OVERRIDDEN'] })
      .notNull()
      .default('PENDING'),
    /** The office's position after appraisal (the engine's, or the override's). */
    appraisedEligible: boolean('appraised_eligible'),
    overrideReason: text('override_reason'),
    councilPassed: boolean('council_passed'),
    outcome: text('outcome', { enum: ['APPROVED', 'NOT_APPROVED'] }),
    awardId: uuid('award_id'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('proposal_item_proposal_idx').on(t.tenantId, t.proposalId),
  ],
);

/** One file (or a generated document) per required component; bytes behind the storage interface. */
export const proposalComponent = pgTable(
  'proposal_component',
  {
    tenantId: uuid('tenant_id').notNull(),
    proposalId: uuid('proposal_id').notNull(),
    name: text('name').notNull(),
    fileId: uuid('file_id'),
    sha256: text('sha256'),
    isGenerated: boolean('is_generated').notNull().default(false),
    /** A generated draft of the unit's minutes counts only once the unit's leader confirms it. */
    confirmedBy: uuid('confirmed_by'),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true, mode: 'string' }),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.proposalId, t.name] })],
);

/** Processing history, shown to the submitter (the audit log holds the same with hashes). */
export const proposalEvent = pgTable(
  'proposal_event',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    proposalId: uuid('proposal_id').notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    command: text('command').notNull(),
    fromState: text('from_state'),
    toState: text('to_state').notNull(),
    detail: jsonb('detail'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('proposal_event_proposal_idx').on(t.tenantId, t.proposalId),
  ],
);

export const notification = pgTable(
  'notification',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    userId: uuid('user_id').notNull(),
    proposalId: uuid('proposal_id'),
    title: text('title').notNull(),
    body: text('body').notNull(),
    isRead: boolean('is_read').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('notification_user_idx').on(t.tenantId, t.userId),
  ],
);

export const publicComment = pgTable(
  'public_comment',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    proposalId: uuid('proposal_id').notNull(),
    itemId: uuid('item_id').notNull(),
    name: text('name').notNull(),
    contact: text('contact').notNull(),
    text: text('text').notNull(),
    status: text('status', { enum: ['NEW', 'UPHELD', 'DISMISSED'] })
      .notNull()
      .default('NEW'),
    triageNote: text('triage_note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('public_comment_proposal_idx').on(t.tenantId, t.proposalId),
  ],
);

export const councilSession = pgTable(
  'council_session',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    /** The org unit whose council sits (the proposals' receiving level). */
    unitId: uuid('unit_id').notNull(),
    title: text('title').notNull(),
    meetingOn: date('meeting_on', { mode: 'string' }).notNull(),
    quorum: integer('quorum').notNull(),
    status: text('status', { enum: ['OPEN', 'CLOSED'] })
      .notNull()
      .default('OPEN'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').notNull(),
    /** Set when the secretary opens the meeting before its date; from the date on, voting is open anyway. */
    openedAt: timestamp('opened_at', { withTimezone: true, mode: 'string' }),
    /** The day (Vietnam time) the session closed: no decision may be dated before it. */
    closedOn: date('closed_on', { mode: 'string' }),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

export const councilMember = pgTable(
  'council_member',
  {
    tenantId: uuid('tenant_id').notNull(),
    sessionId: uuid('session_id').notNull(),
    userId: uuid('user_id').notNull(),
    /** The member as a person, when known (a member who is a nominee may not vote). */
    personId: uuid('person_id'),
    isPresent: boolean('is_present').notNull().default(true),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.sessionId, t.userId] })],
);

/**
 * Secret ballot, part 1: per agenda item only counters. No row per ballot exists, so nothing
 * joins a choice to a member (law.md §6.4: bỏ phiếu kín).
 */
export const councilAgendaItem = pgTable(
  'council_agenda_item',
  {
    tenantId: uuid('tenant_id').notNull(),
    sessionId: uuid('session_id').notNull(),
    itemId: uuid('item_id').notNull(),
    proposalId: uuid('proposal_id').notNull(),
    yes: integer('yes').notNull().default(0),
    no: integer('no').notNull().default(0),
    abstain: integer('abstain').notNull().default(0),
    passed: boolean('passed'),
    resultText: text('result_text'),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.sessionId, t.itemId] })],
);

/**
 * Secret ballot, part 2: who has voted on what, for "one member, one vote". Deliberately no id,
 * no timestamp and no sequence: nothing orders these rows against the counter updates.
 */
export const councilParticipation = pgTable(
  'council_participation',
  {
    tenantId: uuid('tenant_id').notNull(),
    sessionId: uuid('session_id').notNull(),
    itemId: uuid('item_id').notNull(),
    userId: uuid('user_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.sessionId, t.itemId, t.userId] })],
);

/** Gap-free decision numbers per tenant and year: the row is locked FOR UPDATE while issuing. */
export const decisionCounter = pgTable(
  'decision_counter',
  {
    tenantId: uuid('tenant_id').notNull(),
    year: integer('year').notNull(),
    lastNumber: integer('last_number').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.year] })],
);

/** A decision issued (or received from above) for a proposal, with its place in the yearly counter. */
export const proposalDecision = pgTable(
  'proposal_decision',
  {
    tenantId: uuid('tenant_id').notNull(),
    decisionId: uuid('decision_id').notNull(),
    proposalId: uuid('proposal_id').notNull(),
    year: integer('year').notNull(),
    /** null for an upper level's decision recorded here (its number is not ours). */
    seq: integer('seq'),
    isExternal: boolean('is_external').notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.decisionId] }),
    uniqueIndex('proposal_decision_seq_uq').on(t.tenantId, t.year, t.seq),
  ],
);

/** Revocation of an award (Law 2022, Điều 93, khoản 2) and the recovery of certificate and money. */
export const awardRevocation = pgTable(
  'award_revocation',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    awardId: uuid('award_id').notNull(),
    decisionId: uuid('decision_id'),
    ground: text('ground', { enum: ['A', 'B', 'C', 'D'] }).notNull(),
    revokedOn: date('revoked_on', { mode: 'string' }).notNull(),
    reason: text('reason').notNull(),
    recoverCertificate: boolean('recover_certificate').notNull(),
    recoverAmountVnd: integer('recover_amount_vnd'),
    decidedBy: uuid('decided_by').notNull(),
    /**
     * The revocation decision (its own number, signed with the seal) that records this revocation,
     * for an award of a signed decision; null: revoked without one (an unsigned decision).
     */
    revocationDecisionId: uuid('revocation_decision_id'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('award_revocation_award_uq').on(t.tenantId, t.awardId),
  ],
);

/**
 * A dossier filed online on the public portal ("Nộp hồ sơ trực tuyến", docs/interop.md): which
 * procedure, and the applicant who has no account (name and how to reach them). The proposal
 * itself is an ordinary one; this row makes the portal dossier name its applicant (ChuHoSo, a
 * citizen) and its procedure code, and is never shown on the public pages.
 */
export const onlineFiling = pgTable(
  'online_filing',
  {
    tenantId: uuid('tenant_id').notNull(),
    proposalId: uuid('proposal_id').notNull(),
    procedure: text('procedure').notNull(),
    applicantName: text('applicant_name').notNull(),
    phone: text('phone').notNull(),
    email: text('email'),
    address: text('address').notNull(),
    /** The citizen's account when they filed signed in with VNeID; null: filed without an account. */
    citizenUserId: uuid('citizen_user_id'),
    filedAt: timestamp('filed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.proposalId] })],
);
