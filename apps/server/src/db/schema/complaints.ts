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

// Complaints and denunciations about emulation and commendation (khiếu nại, tố cáo). The person
// who filed lives in complaint_party, apart from the case, so no query of the case carries them:
// only an assigned handler reads it, and each read is audited (Luật Tố cáo 2018, Điều 47–48).

export const complaint = pgTable(
  'complaint',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    /** Given to the citizen to follow the case without an account (random, not guessable). */
    trackingCode: text('tracking_code').notNull(),
    channel: text('channel', { enum: ['PORTAL', 'PAPER'] }).notNull(),
    /** As the citizen wrote it; the handler's classification sets `kind`. */
    filedAs: text('filed_as', { enum: ['KHIEU_NAI', 'TO_CAO'] }).notNull(),
    kind: text('kind', { enum: ['KHIEU_NAI', 'TO_CAO'] }),
    subjectType: text('subject_type', {
      enum: ['PERSON', 'COLLECTIVE', 'PROPOSAL', 'DECISION', 'OTHER'],
    }).notNull(),
    subjectId: uuid('subject_id'),
    subjectName: text('subject_name').notNull(),
    content: text('content').notNull(),
    state: text('state').notNull(),
    /** The unit the subject belongs to (scope of the handlers who see the case). */
    unitId: uuid('unit_id').notNull(),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    classificationDueOn: date('classification_due_on', { mode: 'string' }).notNull(),
    acceptedOn: date('accepted_on', { mode: 'string' }),
    resolutionDueOn: date('resolution_due_on', { mode: 'string' }),
    isComplex: boolean('is_complex').notNull().default(false),
    transferredTo: text('transferred_to'),
    /** The handler assigned at classification: the only one who may read the filer's identity. */
    handlerId: uuid('handler_id'),
    holdId: uuid('hold_id'),
    outcome: text('outcome', { enum: ['UPHELD', 'PARTLY_UPHELD', 'REJECTED'] }),
    conclusion: text('conclusion'),
    /** The answer the citizen reads with the tracking code. */
    answer: text('answer'),
    concludedOn: date('concluded_on', { mode: 'string' }),
    /** A conclusion that an award must be revoked: the award and the ground (Law 2022, Điều 93). */
    revocation: jsonb('revocation').$type<{
      awardId: string;
      ground: string;
      revokedOn?: string | null;
    } | null>(),
    version: integer('version').notNull().default(1),
    /** The citizen account that filed it online while signed in (VNeID); null for anonymous filings. */
    filedByUserId: uuid('filed_by_user_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('complaint_filed_by_idx').on(t.tenantId, t.filedByUserId),
    uniqueIndex('complaint_tracking_uq').on(t.tenantId, t.trackingCode),
    index('complaint_state_idx').on(t.tenantId, t.state),
  ],
);

export const complaintParty = pgTable(
  'complaint_party',
  {
    tenantId: uuid('tenant_id').notNull(),
    complaintId: uuid('complaint_id').notNull(),
    fullName: text('full_name').notNull(),
    contact: text('contact').notNull(),
    address: text('address'),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.complaintId] })],
);

export const complaintEvent = pgTable(
  'complaint_event',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    complaintId: uuid('complaint_id').notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull(),
    actorId: uuid('actor_id'),
    command: text('command').notNull(),
    fromState: text('from_state'),
    toState: text('to_state').notNull(),
    note: text('note'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('complaint_event_idx').on(t.tenantId, t.complaintId),
  ],
);
