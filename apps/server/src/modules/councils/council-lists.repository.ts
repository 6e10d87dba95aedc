import { and, arrayOverlaps, asc, count, desc, eq, like, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '../../db/client';
import { queryRows } from '../../db/query-rows';
import { appUser, councilSession, orgUnit } from '../../db/schema/index';

// Reads behind the secretary's pages: the sessions list and the pickers of the "new session" form.

type SessionStatus = 'OPEN' | 'CLOSED';

/** Sessions of councils sitting at a unit in the subtree `scopePath`, newest meeting first. */
export async function listSessionsInScope(
  db: Db,
  tenantId: string,
  scopePath: string,
  status: SessionStatus | undefined,
  limit: number,
  offset: number,
) {
  const where: SQL | undefined = and(
    eq(councilSession.tenantId, tenantId),
    like(orgUnit.path, `${scopePath}%`),
    status ? eq(councilSession.status, status) : undefined,
  );
  const unitJoin = and(eq(orgUnit.tenantId, councilSession.tenantId), eq(orgUnit.id, councilSession.unitId));
  // The page, then its total: one query at a time, as `db` may be a transaction.
  const rows = await db
    .select({
      id: councilSession.id,
      title: councilSession.title,
      unitId: councilSession.unitId,
      unitName: orgUnit.name,
      meetingOn: councilSession.meetingOn,
      status: councilSession.status,
      memberCount: sql<number>`(SELECT count(*)::int FROM council_member m
          WHERE m.tenant_id = ${councilSession.tenantId} AND m.session_id = ${councilSession.id})`,
      itemCount: sql<number>`(SELECT count(*)::int FROM council_agenda_item a
          WHERE a.tenant_id = ${councilSession.tenantId} AND a.session_id = ${councilSession.id})`,
    })
    .from(councilSession)
    .innerJoin(orgUnit, unitJoin)
    .where(where)
    // Ids are UUIDv7: among sessions of one day, the last created comes first.
    .orderBy(desc(councilSession.meetingOn), desc(councilSession.id))
    .limit(limit)
    .offset(offset);
  const [total] = await db
    .select({ n: count() })
    .from(councilSession)
    .innerJoin(orgUnit, unitJoin)
    .where(where);
  return { rows, total: total?.n ?? 0 };
}

/**
 * Users of the tenant holding one of `roles` whose scope covers the unit at `unitPath`: exactly the
 * users the policy lets vote in a session of that unit's council.
 */
export function listUsersCovering(db: Db, tenantId: string, unitPath: string, roles: string[]) {
  const scope = alias(orgUnit, 'scope_unit');
  const home = alias(orgUnit, 'home_unit');
  return db
    .select({
      id: appUser.id,
      fullName: appUser.fullName,
      roles: appUser.roles,
      unitName: home.name,
      personId: appUser.personId,
    })
    .from(appUser)
    .innerJoin(scope, and(eq(scope.tenantId, appUser.tenantId), eq(scope.id, appUser.scopeUnitId)))
    .innerJoin(home, and(eq(home.tenantId, appUser.tenantId), eq(home.id, appUser.unitId)))
    .where(
      and(
        eq(appUser.tenantId, tenantId),
        arrayOverlaps(appUser.roles, roles),
        sql`${unitPath}::text LIKE ${scope.path} || '%'`,
      ),
    )
    .orderBy(asc(appUser.fullName), asc(appUser.id));
}

export type ProposalCandidateRow = {
  id: string;
  title: string;
  year: number;
  submittingUnitName: string;
  eligibleItems: number;
  dueOn: string | null;
};

/**
 * Proposals waiting for this unit's council: in COUNCIL_VOTE, the unit is the route's last level
 * (the one createSession accepts), and not already on the agenda of a session still open.
 */
export function listAwaitingCouncil(db: Db, tenantId: string, unitId: string) {
  return queryRows<ProposalCandidateRow>(
    db,
    sql`SELECT p.id, p.title, p.year, u.name AS "submittingUnitName", p.due_on::text AS "dueOn",
          (SELECT count(*)::int FROM proposal_item i
            WHERE i.tenant_id = p.tenant_id AND i.proposal_id = p.id AND i.appraised_eligible) AS "eligibleItems"
        FROM proposal p
        JOIN org_unit u ON u.tenant_id = p.tenant_id AND u.id = p.submitting_unit_id
        WHERE p.tenant_id = ${tenantId} AND p.state = 'COUNCIL_VOTE'
          AND p.levels->>(jsonb_array_length(p.levels) - 1) = ${unitId}::text
          AND NOT EXISTS (
            SELECT 1 FROM council_agenda_item a
            JOIN council_session s ON s.tenant_id = a.tenant_id AND s.id = a.session_id
            WHERE a.tenant_id = p.tenant_id AND a.proposal_id = p.id AND s.status = 'OPEN')
        ORDER BY p.due_on ASC NULLS LAST, p.id`,
  );
}

/** Those of `proposalIds` already on the agenda of a session still open (call with the rows locked). */
export async function proposalsOnOpenSessions(db: Db | Tx, tenantId: string, proposalIds: string[]) {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`SELECT DISTINCT a.proposal_id AS id FROM council_agenda_item a
        JOIN council_session s ON s.tenant_id = a.tenant_id AND s.id = a.session_id
        WHERE a.tenant_id = ${tenantId} AND s.status = 'OPEN'
          AND a.proposal_id IN (${sql.join(
            proposalIds.map((id) => sql`${id}::uuid`),
            sql`, `,
          )})`,
  );
  return rows.map((r) => r.id);
}
