import { integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Subjects whose stored verdicts (eligibility_verdict) no longer reflect their records (issue 19).
 * Written by triggers on every table the engine's history reads (migration 0045), so no write path
 * (forms, imports, revocation, moves) can miss one; emptied by the refresh job. `year` 0 means
 * every scanned year (a record change can change any later year's verdict); a year is a first scan.
 * `version` grows on each change, so the job deletes a row only if nothing changed while it judged.
 */
export const eligibilityStale = pgTable(
  'eligibility_stale',
  {
    tenantId: uuid('tenant_id').notNull(),
    subjectId: uuid('subject_id').notNull(),
    year: integer('year').notNull(),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
    /** A job instance judging the row hides it from the others until then (a crash frees it). */
    claimedUntil: timestamp('claimed_until', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.subjectId, t.year] })],
);

/**
 * The scopes (a unit's path; "/" for the whole tenant) whose verdicts of a year are maintained,
 * with the rules version they were last enqueued under: a year first asked for, or a new version
 * of the tenant's parameters or catalogue, enqueues every subject of the scope.
 */
export const eligibilityScan = pgTable(
  'eligibility_scan',
  {
    tenantId: uuid('tenant_id').notNull(),
    year: integer('year').notNull(),
    path: text('path').notNull(),
    rulesVersion: text('rules_version').notNull(),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.year, t.path] })],
);
