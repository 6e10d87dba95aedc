import { index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';

// The sealed ballot box shared by council sessions and cluster votes (modules/ballots). A box is
// a council session or a cluster vote (`box_id`); a question is an agenda item, or the vote itself.
// None of these tables has an id, a timestamp or a sequence: nothing orders a row against the
// participation rows that name the voters. See docs/security.md, "Ballots secret on disk".

/**
 * The per-box salt from which the box's key is derived together with the server's ballot secret
 * (never stored in the database). Deleted at close: the key can then never be derived again.
 */
export const ballotBoxKey = pgTable(
  'ballot_box_key',
  {
    tenantId: uuid('tenant_id').notNull(),
    boxId: uuid('box_id').notNull(),
    salt: text('salt').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.boxId] })],
);

/**
 * A choice as cast, sealed (AES-256-GCM under the box key, fixed length): no voter column. Written
 * in the voter's transaction, opened and deleted at close.
 */
export const ballotSeal = pgTable(
  'ballot_seal',
  {
    tenantId: uuid('tenant_id').notNull(),
    boxId: uuid('box_id').notNull(),
    questionId: uuid('question_id').notNull(),
    sealed: text('sealed').notNull(),
  },
  (t) => [index('ballot_seal_box_idx').on(t.tenantId, t.boxId)],
);

/**
 * The opened choices of a closed box, written at close as one batch in an order fixed by their
 * content (question, choice): no voter, no cast order, one transaction id for all.
 */
export const ballotChoice = pgTable(
  'ballot_choice',
  {
    tenantId: uuid('tenant_id').notNull(),
    boxId: uuid('box_id').notNull(),
    questionId: uuid('question_id').notNull(),
    choice: text('choice').notNull(),
  },
  (t) => [index('ballot_choice_box_idx').on(t.tenantId, t.boxId)],
);
