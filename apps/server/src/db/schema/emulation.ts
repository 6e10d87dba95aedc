import {
  CLUSTER_KINDS,
  CLUSTER_ORGANISER_LEVELS,
  SCORE_KINDS,
  SCORE_STATUSES,
} from '@vinhdanh/domain/emulation/cluster';
import {
  MILESTONE_KINDS,
  MOVEMENT_FORMS,
  MOVEMENT_LEVELS,
  PARTICIPATION_MODES,
} from '@vinhdanh/domain/emulation/movement';
import type { TieBreak } from '@vinhdanh/domain/emulation/ranking';
import {
  boolean,
  date,
  doublePrecision,
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

// Emulation (thi đua): movements, registrations, pledges, clusters and blocks, scoring.
// Law 2022 Đ16–18 (movements), §7 of the domain notes (clusters, scoring, Cờ thi đua route).

export const movement = pgTable(
  'movement',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    form: text('form', { enum: MOVEMENT_FORMS }).notNull(),
    title: text('title').notNull(),
    theme: text('theme'),
    year: integer('year').notNull(),
    /** The unit whose head launches it (Đ18); its path is the movement's scope for writes. */
    ownerUnitId: uuid('owner_unit_id').notNull(),
    launchingAuthority: text('launching_authority').notNull(),
    level: text('level', { enum: MOVEMENT_LEVELS }).notNull(),
    scope: text('scope').notNull(),
    participation: text('participation', { enum: PARTICIPATION_MODES }).notNull(),
    participationRootId: uuid('participation_root_id'),
    goals: text('goals'),
    criteria: text('criteria'),
    startDate: date('start_date', { mode: 'string' }),
    endDate: date('end_date', { mode: 'string' }),
    state: text('state').notNull().default('DRAFT'),
    launchDocFileId: uuid('launch_doc_file_id'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] }), index('movement_year_idx').on(t.tenantId, t.year)],
);

/** Listed participants (participation LIST); TENANT and SUBTREE derive them from the tree. */
export const movementParticipant = pgTable(
  'movement_participant',
  {
    tenantId: uuid('tenant_id').notNull(),
    movementId: uuid('movement_id').notNull(),
    unitId: uuid('unit_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.movementId, t.unitId] })],
);

export const movementMilestone = pgTable(
  'movement_milestone',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    movementId: uuid('movement_id').notNull(),
    kind: text('kind', { enum: MILESTONE_KINDS }).notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    note: text('note'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('movement_milestone_mv_idx').on(t.tenantId, t.movementId),
  ],
);

/** Links an award to the movement it was given under (the award table stays the records'). */
export const awardMovement = pgTable(
  'award_movement',
  {
    tenantId: uuid('tenant_id').notNull(),
    awardId: uuid('award_id').notNull(),
    movementId: uuid('movement_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.awardId] }),
    index('award_movement_mv_idx').on(t.tenantId, t.movementId),
  ],
);

/** Đăng ký thi đua: optional since the 2022 law (Đ7) and never a condition for a title. */
export const registration = pgTable(
  'registration',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    movementId: uuid('movement_id'),
    year: integer('year').notNull(),
    subjectType: text('subject_type', { enum: ['COLLECTIVE', 'PERSON'] }).notNull(),
    /** The registering unit, or the person's unit. */
    unitId: uuid('unit_id').notNull(),
    personId: uuid('person_id'),
    targetAwards: jsonb('target_awards').$type<string[]>().notNull(),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('registration_year_idx').on(t.tenantId, t.year, t.unitId),
    index('registration_mv_idx').on(t.tenantId, t.movementId),
  ],
);

export const cluster = pgTable(
  'cluster',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    year: integer('year').notNull(),
    name: text('name').notNull(),
    kind: text('kind', { enum: CLUSTER_KINDS }).notNull(),
    organiserLevel: text('organiser_level', { enum: CLUSTER_ORGANISER_LEVELS }).notNull(),
    /** The unit whose council organises the cluster; its path scopes management. */
    organiserUnitId: uuid('organiser_unit_id').notNull(),
    headUnitId: uuid('head_unit_id'),
    deputyUnitId: uuid('deputy_unit_id'),
    regulationRef: text('regulation_ref'),
    regulationFileId: uuid('regulation_file_id'),
    // Written only through z.enum(TIE_BREAKS).
    tieBreak: text('tie_break').$type<TieBreak>().notNull().default('CROSS_SCORE'),
    /** The unit the members voted leading unit (suy tôn) for the year; the vote row keeps the result. */
    leadingUnitId: uuid('leading_unit_id'),
    /** Points an assessor may deviate from the median before being flagged. */
    outlierThreshold: doublePrecision('outlier_threshold').notNull().default(10),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] }), index('cluster_year_idx').on(t.tenantId, t.year)],
);

export const clusterMember = pgTable(
  'cluster_member',
  {
    tenantId: uuid('tenant_id').notNull(),
    clusterId: uuid('cluster_id').notNull(),
    unitId: uuid('unit_id').notNull(),
    /** Cross-scores other members, besides the head. */
    isAssessor: boolean('is_assessor').notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.clusterId, t.unitId] }),
    index('cluster_member_unit_idx').on(t.tenantId, t.unitId),
  ],
);

/** Head and deputy elected in rotation at each year-end review; never overwritten. */
export const clusterLeadership = pgTable(
  'cluster_leadership',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    clusterId: uuid('cluster_id').notNull(),
    termYear: integer('term_year').notNull(),
    headUnitId: uuid('head_unit_id').notNull(),
    deputyUnitId: uuid('deputy_unit_id'),
    electedOn: date('elected_on', { mode: 'string' }).notNull(),
    note: text('note'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('cluster_leadership_idx').on(t.tenantId, t.clusterId, t.termYear),
  ],
);

/** Giao ước thi đua of a cluster or block. */
export const pledge = pgTable(
  'pledge',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    clusterId: uuid('cluster_id').notNull(),
    title: text('title').notNull(),
    content: text('content'),
    signedOn: date('signed_on', { mode: 'string' }).notNull(),
    docFileId: uuid('doc_file_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('pledge_cluster_idx').on(t.tenantId, t.clusterId),
  ],
);

export const pledgeSignatory = pgTable(
  'pledge_signatory',
  {
    tenantId: uuid('tenant_id').notNull(),
    pledgeId: uuid('pledge_id').notNull(),
    unitId: uuid('unit_id').notNull(),
    signerName: text('signer_name').notNull(),
    signerTitle: text('signer_title'),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.pledgeId, t.unitId] })],
);

/** One template per cluster and year. */
export const scoringTemplate = pgTable(
  'scoring_template',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    clusterId: uuid('cluster_id').notNull(),
    year: integer('year').notNull(),
    name: text('name').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('scoring_template_cluster_uq').on(t.tenantId, t.clusterId, t.year),
  ],
);

export const scoringCriterion = pgTable(
  'scoring_criterion',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    templateId: uuid('template_id').notNull(),
    position: integer('position').notNull(),
    groupName: text('group_name').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['STANDARD', 'BONUS', 'PENALTY'] }).notNull(),
    maxPoints: doublePrecision('max_points').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('scoring_criterion_tpl_idx').on(t.tenantId, t.templateId),
  ],
);

/** One value per member × criterion × assessor unit; the assessor is the member itself for a self-score. */
export const score = pgTable(
  'score',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    clusterId: uuid('cluster_id').notNull(),
    criterionId: uuid('criterion_id').notNull(),
    memberUnitId: uuid('member_unit_id').notNull(),
    assessorUnitId: uuid('assessor_unit_id').notNull(),
    kind: text('kind', { enum: SCORE_KINDS }).notNull(),
    value: doublePrecision('value').notNull(),
    note: text('note'),
    status: text('status', { enum: SCORE_STATUSES }).notNull().default('DRAFT'),
    updatedBy: uuid('updated_by').notNull(),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('score_cell_uq').on(t.tenantId, t.criterionId, t.memberUnitId, t.assessorUnitId),
    index('score_cluster_idx').on(t.tenantId, t.clusterId, t.memberUnitId),
  ],
);

/** Every change to a submitted score: old → new, why, who, when (also in the audit log). */
export const scoreChange = pgTable(
  'score_change',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    scoreId: uuid('score_id').notNull(),
    clusterId: uuid('cluster_id').notNull(),
    oldValue: doublePrecision('old_value').notNull(),
    newValue: doublePrecision('new_value').notNull(),
    reason: text('reason').notNull(),
    changedBy: uuid('changed_by').notNull(),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('score_change_cluster_idx').on(t.tenantId, t.clusterId),
  ],
);

/**
 * The vote for the leading unit (suy tôn) of a cluster and year: a secret ballot among the member
 * units. Once closed it keeps the result (winner, how ties were broken) and the proposal made for it;
 * one row per cluster and year, so the rows of a cluster are its history of leaders.
 */
export const clusterVote = pgTable(
  'cluster_vote',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    clusterId: uuid('cluster_id').notNull(),
    year: integer('year').notNull(),
    status: text('status', { enum: ['OPEN', 'CLOSED'] })
      .notNull()
      .default('OPEN'),
    /** Candidates are the top N of the ranking when opened; null = every member. */
    candidateCount: integer('candidate_count'),
    winnerUnitId: uuid('winner_unit_id'),
    resultText: text('result_text'),
    tieBroken: boolean('tie_broken'),
    /** The Cờ thi đua proposal made for the winner in one step. */
    proposalId: uuid('proposal_id'),
    openedBy: uuid('opened_by').notNull(),
    closedOn: date('closed_on', { mode: 'string' }),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('cluster_vote_year_uq').on(t.tenantId, t.clusterId, t.year),
    index('cluster_vote_winner_idx').on(t.tenantId, t.winnerUnitId),
  ],
);

/** Secret ballot, part 1: per candidate only a counter; no row per ballot exists. */
export const clusterVoteCandidate = pgTable(
  'cluster_vote_candidate',
  {
    tenantId: uuid('tenant_id').notNull(),
    voteId: uuid('vote_id').notNull(),
    unitId: uuid('unit_id').notNull(),
    /** Rank in the scoring board when the vote was opened (breaks ties in votes; may be shared). */
    rank: integer('rank').notNull(),
    votes: integer('votes').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.voteId, t.unitId] })],
);

/**
 * Secret ballot, part 2: which member unit has voted ("one unit, one vote"). No id, time or
 * sequence, so nothing orders these rows against the counter updates.
 */
export const clusterVoteParticipation = pgTable(
  'cluster_vote_participation',
  {
    tenantId: uuid('tenant_id').notNull(),
    voteId: uuid('vote_id').notNull(),
    unitId: uuid('unit_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.voteId, t.unitId] })],
);
