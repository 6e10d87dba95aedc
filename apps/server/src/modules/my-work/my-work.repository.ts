import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/query-rows';

// The SQL behind "Việc chờ tôi xử lý". Every query is on one tenant and, for work that belongs to
// a unit, on a unit inside the user's subtree (`scope` = the subtree's path prefix). Work that
// belongs to a person (a ballot, an assigned complaint) is found by the user's id instead.
// Dates leave the database as text, so both drivers answer 'YYYY-MM-DD'.

/** At most this many rows per kind; the page says when a kind has more. */
export const PER_KIND_LIMIT = 200;

export type WorkRow = {
  ref_id: string;
  title: string;
  unit_name: string | null;
  due_on: string | null;
  /** A second line: a count, a date, a tracking code. */
  extra: string | null;
  total: number;
};

type Where = { tenantId: string; scope: string };

/** Which unit of the route a step belongs to: the submitter's, the current office's, the decider's. */
export type StepUnit = 'SUBMITTER' | 'OFFICE' | 'DECIDER';

const stepUnit: Record<StepUnit, SQL> = {
  SUBMITTER: sql`p.submitting_unit_id`,
  OFFICE: sql`(p.levels->>p.level_index)::uuid`,
  DECIDER: sql`(p.levels->>(jsonb_array_length(p.levels) - 1))::uuid`,
};

const inList = (values: readonly string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

/** Proposals in `states` whose step unit lies in the subtree; `extra` narrows further. */
export function proposalsAt(
  db: Db,
  w: Where,
  states: readonly string[],
  unit: StepUnit,
  opts: { due?: SQL; extra?: SQL; where?: SQL } = {},
): Promise<WorkRow[]> {
  return queryRows<WorkRow>(
    db,
    sql`SELECT p.id AS ref_id, p.title, s.name AS unit_name,
          ${opts.due ?? sql`p.due_on`}::text AS due_on, ${opts.extra ?? sql`NULL`}::text AS extra,
          count(*) OVER ()::int AS total
        FROM proposal p
        JOIN org_unit o ON o.tenant_id = p.tenant_id AND o.id = ${stepUnit[unit]}
        JOIN org_unit s ON s.tenant_id = p.tenant_id AND s.id = p.submitting_unit_id
        WHERE p.tenant_id = ${w.tenantId} AND o.path LIKE ${`${w.scope}%`}
          AND p.state IN (${inList(states)}) AND (${opts.where ?? sql`true`})
        ORDER BY p.due_on ASC NULLS LAST, p.id LIMIT ${PER_KIND_LIMIT}`,
  );
}

/** Proposals in the office's public comment with comments nobody has triaged yet. */
export function proposalsWithNewComments(db: Db, w: Where): Promise<WorkRow[]> {
  return proposalsAt(db, w, ['PUBLIC_COMMENT', 'APPRAISAL', 'COUNCIL_VOTE', 'DECISION_PENDING'], 'OFFICE', {
    due: sql`p.public_comment_until`,
    extra: sql`(SELECT count(*) FROM public_comment c
                WHERE c.tenant_id = p.tenant_id AND c.proposal_id = p.id AND c.status = 'NEW')`,
    where: sql`EXISTS (SELECT 1 FROM public_comment c
                WHERE c.tenant_id = p.tenant_id AND c.proposal_id = p.id AND c.status = 'NEW')`,
  });
}

/** Drafts of the unit's minutes waiting for its leader: the leader's own unit, not the subtree. */
export function minutesDrafts(db: Db, tenantId: string, userId: string) {
  return queryRows<WorkRow & { component: string }>(
    db,
    sql`SELECT p.id AS ref_id, p.title, s.name AS unit_name, p.due_on::text AS due_on,
          c.name AS extra, c.name AS component, count(*) OVER ()::int AS total
        FROM proposal p
        JOIN proposal_component c ON c.tenant_id = p.tenant_id AND c.proposal_id = p.id
        JOIN org_unit s ON s.tenant_id = p.tenant_id AND s.id = p.submitting_unit_id
        WHERE p.tenant_id = ${tenantId}
          AND p.submitting_unit_id = (SELECT a.unit_id FROM app_user a WHERE a.tenant_id = ${tenantId} AND a.id = ${userId})
          AND p.state IN ('DRAFT', 'UNIT_REVIEW', 'RETURNED')
          AND c.is_generated AND c.confirmed_by IS NULL
        ORDER BY p.due_on ASC NULLS LAST, p.id LIMIT ${PER_KIND_LIMIT}`,
  );
}

/** Proposals waiting for a council at a deciding unit in the subtree, on no open session yet. */
export function proposalsWithoutCouncil(db: Db, w: Where) {
  return proposalsAt(db, w, ['COUNCIL_VOTE'], 'DECIDER', {
    where: sql`NOT EXISTS (SELECT 1 FROM council_agenda_item ai
                 JOIN council_session cs ON cs.tenant_id = ai.tenant_id AND cs.id = ai.session_id
                 WHERE ai.tenant_id = p.tenant_id AND ai.proposal_id = p.id AND cs.status = 'OPEN')`,
  });
}

/** Open sessions of councils in the subtree, with how many present members have not voted yet. */
export function openSessions(db: Db, w: Where) {
  return queryRows<WorkRow>(
    db,
    sql`SELECT cs.id AS ref_id, cs.title, o.name AS unit_name, cs.meeting_on::text AS due_on,
          (SELECT count(*) FROM council_member m
            WHERE m.tenant_id = cs.tenant_id AND m.session_id = cs.id AND m.is_present
              AND NOT EXISTS (SELECT 1 FROM council_participation cp WHERE cp.tenant_id = m.tenant_id
                AND cp.session_id = m.session_id AND cp.user_id = m.user_id))::text AS extra,
          count(*) OVER ()::int AS total
        FROM council_session cs
        JOIN org_unit o ON o.tenant_id = cs.tenant_id AND o.id = cs.unit_id
        WHERE cs.tenant_id = ${w.tenantId} AND o.path LIKE ${`${w.scope}%`} AND cs.status = 'OPEN'
        ORDER BY cs.meeting_on, cs.id LIMIT ${PER_KIND_LIMIT}`,
  );
}

/**
 * Open sessions where the user sits in person and has not cast the ballot (a ballot is cast
 * whole, so any participation row means it is done). Written ballots of absent members go
 * through the secretary.
 */
export function ballotsToCast(db: Db, tenantId: string, userId: string) {
  return queryRows<WorkRow>(
    db,
    sql`SELECT cs.id AS ref_id, cs.title, o.name AS unit_name, cs.meeting_on::text AS due_on,
          (SELECT count(*) FROM council_agenda_item ai WHERE ai.tenant_id = cs.tenant_id
            AND ai.session_id = cs.id)::text AS extra,
          count(*) OVER ()::int AS total
        FROM council_session cs
        JOIN council_member m ON m.tenant_id = cs.tenant_id AND m.session_id = cs.id
        JOIN org_unit o ON o.tenant_id = cs.tenant_id AND o.id = cs.unit_id
        WHERE cs.tenant_id = ${tenantId} AND m.user_id = ${userId} AND m.is_present AND cs.status = 'OPEN'
          AND EXISTS (SELECT 1 FROM council_agenda_item ai WHERE ai.tenant_id = cs.tenant_id AND ai.session_id = cs.id)
          AND NOT EXISTS (SELECT 1 FROM council_participation cp WHERE cp.tenant_id = cs.tenant_id
            AND cp.session_id = cs.id AND cp.user_id = ${userId})
        ORDER BY cs.meeting_on, cs.id LIMIT ${PER_KIND_LIMIT}`,
  );
}

/**
 * Complaints in `states`: those still to classify by anyone in the subtree, the later steps only
 * by the handler they are assigned to (the denouncer's identity is theirs alone).
 */
export function complaintsIn(
  db: Db,
  w: Where & { userId: string },
  states: readonly string[],
  opts: { assignedOnly: boolean; due: SQL },
) {
  return queryRows<WorkRow>(
    db,
    sql`SELECT c.id AS ref_id, c.subject_name AS title, o.name AS unit_name, ${opts.due}::text AS due_on,
          c.tracking_code AS extra, count(*) OVER ()::int AS total
        FROM complaint c
        JOIN org_unit o ON o.tenant_id = c.tenant_id AND o.id = c.unit_id
        WHERE c.tenant_id = ${w.tenantId} AND o.path LIKE ${`${w.scope}%`} AND c.state IN (${inList(states)})
          AND (${opts.assignedOnly ? sql`c.handler_id = ${w.userId}` : sql`true`})
        -- 4 is due_on: the step may have no deadline (a constant NULL cannot be ordered by).
        ORDER BY 4 ASC NULLS LAST, c.id LIMIT ${PER_KIND_LIMIT}`,
  );
}

/** Exemplary models in the subtree at one status (submitted: the office's; returned: the unit's). */
export function modelsAt(db: Db, w: Where, status: 'SUBMITTED' | 'RETURNED') {
  return queryRows<WorkRow>(
    db,
    sql`SELECT m.id AS ref_id, m.title AS title, o.name AS unit_name, NULL::text AS due_on,
          m.return_reason AS extra, count(*) OVER ()::int AS total
        FROM exemplary_model m
        JOIN org_unit o ON o.tenant_id = m.tenant_id AND o.id = m.unit_id
        WHERE m.tenant_id = ${w.tenantId} AND o.path LIKE ${`${w.scope}%`} AND m.status = ${status}
        ORDER BY m.updated_at ASC, m.id LIMIT ${PER_KIND_LIMIT}`,
  );
}

/**
 * Recommendations not yet carried out whose follow-up deadline is past or within `withinDays`
 * calendar days, on plans whose inspecting unit lies in the subtree; `extra` carries the plan's id
 * (the console's page is the plan's).
 */
export function inspectionFollowUps(db: Db, w: Where, today: string, withinDays: number) {
  return queryRows<WorkRow>(
    db,
    sql`SELECT f.id AS ref_id, left(f.recommendation, 160) AS title, u.name AS unit_name,
          f.follow_up_due_on::text AS due_on, f.plan_id::text AS extra, count(*) OVER ()::int AS total
        FROM inspection_finding f
        JOIN inspection_plan p ON p.tenant_id = f.tenant_id AND p.id = f.plan_id
        JOIN org_unit o ON o.tenant_id = p.tenant_id AND o.id = p.unit_id
        JOIN org_unit u ON u.tenant_id = f.tenant_id AND u.id = f.unit_id
        WHERE f.tenant_id = ${w.tenantId} AND o.path LIKE ${`${w.scope}%`} AND f.completed_on IS NULL
          AND f.follow_up_due_on <= (${today}::date + ${withinDays}::int)
        ORDER BY f.follow_up_due_on ASC, f.id LIMIT ${PER_KIND_LIMIT}`,
  );
}
