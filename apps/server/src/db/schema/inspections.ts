import {
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

// Inspections of how units run emulation and commendation (kiểm tra công tác thi đua, khen thưởng,
// Luật TĐKT 2022, Điều 90–91): a yearly plan of the inspecting unit lists the units it inspects and
// when; findings with recommendations are recorded per unit, each followed up by a deadline. A
// finding may hold a subject's pending dossiers (the existing `hold`, reason THANH_TRA) or record
// that an award is to be revoked, with its ground (Điều 93 khoản 2).

export const inspectionPlan = pgTable(
  'inspection_plan',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    /** The inspecting unit: the plan lives in its subtree, and inspects only units under it. */
    unitId: uuid('unit_id').notNull(),
    year: integer('year').notNull(),
    title: text('title').notNull(),
    /** Căn cứ: the document the plan rests on, printed in the report. */
    basis: text('basis'),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('inspection_plan_title_uq').on(t.tenantId, t.unitId, t.year, t.title),
  ],
);

export const inspectionPlanUnit = pgTable(
  'inspection_plan_unit',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    planId: uuid('plan_id').notNull(),
    unitId: uuid('unit_id').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('inspection_plan_unit_uq').on(t.tenantId, t.planId, t.unitId),
  ],
);

export const inspectionFinding = pgTable(
  'inspection_finding',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    planId: uuid('plan_id').notNull(),
    /** The inspected unit: one of the plan's units. */
    unitId: uuid('unit_id').notNull(),
    content: text('content').notNull(),
    recommendation: text('recommendation').notNull(),
    followUpDueOn: date('follow_up_due_on', { mode: 'string' }).notNull(),
    completedOn: date('completed_on', { mode: 'string' }),
    completionNote: text('completion_note'),
    action: text('action', { enum: ['NONE', 'HOLD', 'REVOCATION'] }).notNull(),
    /** The person or collective held (HOLD), and the hold opened for it. */
    subjectId: uuid('subject_id'),
    holdId: uuid('hold_id'),
    /** The award to be revoked and the ground, point a–d of Điều 93 khoản 2 (REVOCATION). */
    awardId: uuid('award_id'),
    revocationGround: text('revocation_ground'),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('inspection_finding_plan_idx').on(t.tenantId, t.planId),
    index('inspection_finding_open_idx').on(t.tenantId, t.completedOn, t.followUpDueOn),
  ],
);
