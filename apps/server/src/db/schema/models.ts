import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const MODEL_KINDS = ['PERSON', 'COLLECTIVE', 'PRACTICE'] as const;
export const MODEL_STATUSES = ['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED'] as const;

/**
 * An exemplary model (điển hình tiên tiến) a unit proposes: a person, a collective or a practice
 * (cách làm hay). The emulation office approves it (then it is published on the portal) or
 * returns it with a reason; a returned model is edited and submitted again.
 */
export const exemplaryModel = pgTable(
  'exemplary_model',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    /** The proposing unit: the model's scope is this unit's path. */
    unitId: uuid('unit_id').notNull(),
    kind: text('kind', { enum: MODEL_KINDS }).notNull(),
    /** The person (PERSON) or collective/unit (COLLECTIVE) the model is; none for a practice. */
    subjectId: uuid('subject_id'),
    /** The name shown, copied when linked so the portal needs no personal record. */
    subjectName: text('subject_name'),
    title: text('title').notNull(),
    story: text('story').notNull(),
    movementId: uuid('movement_id'),
    status: text('status', { enum: MODEL_STATUSES }).notNull().default('DRAFT'),
    returnReason: text('return_reason'),
    reviewedBy: uuid('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('exemplary_model_status_idx').on(t.tenantId, t.status),
    index('exemplary_model_unit_idx').on(t.tenantId, t.unitId),
    check('exemplary_model_subject', sql`(${t.kind} = 'PRACTICE') = (${t.subjectId} IS NULL)`),
  ],
);

/** The awards behind a model (the recognition that made it exemplary). */
export const exemplaryModelAward = pgTable(
  'exemplary_model_award',
  {
    tenantId: uuid('tenant_id').notNull(),
    modelId: uuid('model_id').notNull(),
    awardId: uuid('award_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.modelId, t.awardId] })],
);

/** A model's photo: the resized, metadata-free copy in file storage (stored_file). */
export const exemplaryModelPhoto = pgTable(
  'exemplary_model_photo',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    modelId: uuid('model_id').notNull(),
    fileId: uuid('file_id').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    caption: text('caption'),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('exemplary_model_photo_model_idx').on(t.tenantId, t.modelId),
  ],
);

/** Spreading (nhân rộng): a unit records that it adopted a model; once per unit per model. */
export const exemplaryModelAdoption = pgTable(
  'exemplary_model_adoption',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    modelId: uuid('model_id').notNull(),
    unitId: uuid('unit_id').notNull(),
    note: text('note').notNull(),
    adoptedOn: date('adopted_on', { mode: 'string' }).notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('exemplary_model_adoption_unit_uq').on(t.tenantId, t.modelId, t.unitId),
  ],
);

/** A conference honouring exemplary models (hội nghị điển hình tiên tiến), held by the tenant. */
export const modelConference = pgTable(
  'model_conference',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    title: text('title').notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    venue: text('venue').notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] })],
);

/** One honouree of a conference: an approved model, or an award (a person or collective awarded). */
export const modelConferenceHonouree = pgTable(
  'model_conference_honouree',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    conferenceId: uuid('conference_id').notNull(),
    modelId: uuid('model_id'),
    awardId: uuid('award_id'),
    /** Name, unit and citation as printed on the honour list and the invitation. */
    name: text('name').notNull(),
    unitName: text('unit_name').notNull(),
    citation: text('citation').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('model_conference_honouree_model_uq').on(t.tenantId, t.conferenceId, t.modelId),
    uniqueIndex('model_conference_honouree_award_uq').on(t.tenantId, t.conferenceId, t.awardId),
    check('model_conference_honouree_source', sql`(${t.modelId} IS NULL) <> (${t.awardId} IS NULL)`),
  ],
);
