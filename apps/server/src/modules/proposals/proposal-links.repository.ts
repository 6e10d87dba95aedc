import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { queryRows } from '../../db/query-rows';

// What the proposal page links to beyond the dossier itself: the council sessions that took it up
// and the standing of the awards it produced (revoked or not).

export type ProposalSessionRow = {
  id: string;
  title: string;
  meetingOn: string;
  status: 'OPEN' | 'CLOSED';
};

/** Council sessions with an item of the proposal on their agenda, newest meeting first. */
export function listProposalSessions(db: Db | Tx, tenantId: string, proposalId: string) {
  return queryRows<ProposalSessionRow>(
    db,
    sql`SELECT s.id, s.title, s.meeting_on::text AS "meetingOn", s.status
        FROM council_session s
        WHERE s.tenant_id = ${tenantId} AND EXISTS (
          SELECT 1 FROM council_agenda_item a
          WHERE a.tenant_id = s.tenant_id AND a.session_id = s.id AND a.proposal_id = ${proposalId}::uuid)
        ORDER BY s.meeting_on DESC, s.id DESC`,
  );
}

/** Those of `awardIds` that have been revoked (Law 2022, Điều 93, khoản 2). */
export async function revokedAwardIds(db: Db | Tx, tenantId: string, awardIds: string[]) {
  if (awardIds.length === 0) return new Set<string>();
  const rows = await queryRows<{ id: string }>(
    db,
    sql`SELECT id FROM award WHERE tenant_id = ${tenantId} AND is_revoked
          AND id IN (${sql.join(
            awardIds.map((id) => sql`${id}::uuid`),
            sql`, `,
          )})`,
  );
  return new Set(rows.map((r) => r.id));
}

export type OpenHoldRow = { subjectId: string; reason: string; fromDate: string; note: string | null };

/**
 * Holds open today on the nominees (a complaint accepted after appraisal opens one): the stored
 * verdict is the appraisal's, so the dossier reads these live to show a hold that came later.
 * A hold closed by a decision (closed_reason, e.g. a complaint's conclusion) is released at once,
 * though its end date is today; one recorded with a planned end runs through that day.
 */
export function openHoldsOf(db: Db | Tx, tenantId: string, subjectIds: string[], today: string) {
  if (subjectIds.length === 0) return Promise.resolve([] as OpenHoldRow[]);
  return queryRows<OpenHoldRow>(
    db,
    sql`SELECT subject_id AS "subjectId", reason, from_date::text AS "fromDate", note
        FROM hold
        WHERE tenant_id = ${tenantId} AND from_date <= ${today}::date AND closed_reason IS NULL
          AND (to_date IS NULL OR to_date >= ${today}::date)
          AND subject_id IN (${sql.join(
            subjectIds.map((id) => sql`${id}::uuid`),
            sql`, `,
          )})
        ORDER BY from_date, id`,
  );
}
