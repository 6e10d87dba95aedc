import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import {
  appUser,
  councilAgendaItem,
  councilMember,
  councilParticipation,
  councilSession,
  orgUnit,
  proposalItem,
  publicComment,
} from '../../db/schema/index';

type Conn = Db | Tx;

export async function findSession(db: Conn, tenantId: string, id: string) {
  const [row] = await db
    .select({ s: councilSession, unitPath: orgUnit.path })
    .from(councilSession)
    .innerJoin(
      orgUnit,
      and(eq(orgUnit.tenantId, councilSession.tenantId), eq(orgUnit.id, councilSession.unitId)),
    )
    .where(and(eq(councilSession.tenantId, tenantId), eq(councilSession.id, id)));
  return row;
}

/**
 * Members with their unit path and person (for conflicts of interest). The person given when the
 * session was set up wins; otherwise the person linked to the member's account.
 */
export function listMembers(db: Conn, tenantId: string, sessionId: string) {
  return db
    .select({
      userId: councilMember.userId,
      personId: sql<string | null>`coalesce(${councilMember.personId}, ${appUser.personId})`,
      isPresent: councilMember.isPresent,
      fullName: appUser.fullName,
      unitPath: orgUnit.path,
    })
    .from(councilMember)
    .innerJoin(
      appUser,
      and(eq(appUser.tenantId, councilMember.tenantId), eq(appUser.id, councilMember.userId)),
    )
    .innerJoin(orgUnit, and(eq(orgUnit.tenantId, appUser.tenantId), eq(orgUnit.id, appUser.unitId)))
    .where(and(eq(councilMember.tenantId, tenantId), eq(councilMember.sessionId, sessionId)));
}

/** Agenda items with the nominee's unit path. */
export function listAgenda(db: Conn, tenantId: string, sessionId: string) {
  return db
    .select({
      a: councilAgendaItem,
      item: proposalItem,
      nomineeUnitPath: orgUnit.path,
      nomineeUnitName: orgUnit.name,
    })
    .from(councilAgendaItem)
    .innerJoin(
      proposalItem,
      and(
        eq(proposalItem.tenantId, councilAgendaItem.tenantId),
        eq(proposalItem.id, councilAgendaItem.itemId),
      ),
    )
    .innerJoin(orgUnit, and(eq(orgUnit.tenantId, proposalItem.tenantId), eq(orgUnit.id, proposalItem.unitId)))
    .where(and(eq(councilAgendaItem.tenantId, tenantId), eq(councilAgendaItem.sessionId, sessionId)));
}

export async function votedCounts(db: Conn, tenantId: string, sessionId: string) {
  const rows = await db
    .select({ itemId: councilParticipation.itemId, n: sql<number>`count(*)::int` })
    .from(councilParticipation)
    .where(and(eq(councilParticipation.tenantId, tenantId), eq(councilParticipation.sessionId, sessionId)))
    .groupBy(councilParticipation.itemId);
  return new Map(rows.map((r) => [r.itemId, r.n]));
}

export async function myParticipation(db: Conn, tenantId: string, sessionId: string, userId: string) {
  const rows = await db
    .select({ itemId: councilParticipation.itemId })
    .from(councilParticipation)
    .where(
      and(
        eq(councilParticipation.tenantId, tenantId),
        eq(councilParticipation.sessionId, sessionId),
        eq(councilParticipation.userId, userId),
      ),
    );
  return new Set(rows.map((r) => r.itemId));
}

/** The roles of each of `ids` (users of the tenant); a missing id has no entry. */
export async function rolesOfUsers(db: Conn, tenantId: string, ids: string[]) {
  const rows = await db
    .select({ id: appUser.id, roles: appUser.roles })
    .from(appUser)
    .where(and(eq(appUser.tenantId, tenantId), inArray(appUser.id, ids)));
  return new Map(rows.map((r) => [r.id, r.roles]));
}

/**
 * "Member X has voted on items Y…" (no choice): true when every row was new. A ballot that meets
 * an existing row is refused by the caller, and its transaction rolls back the new ones.
 */
export async function recordParticipation(
  tx: Tx,
  tenantId: string,
  sessionId: string,
  itemIds: string[],
  userId: string,
) {
  const rows = await tx
    .insert(councilParticipation)
    .values(itemIds.map((itemId) => ({ tenantId, sessionId, itemId, userId })))
    .onConflictDoNothing()
    .returning();
  return rows.length === itemIds.length;
}

/** Everyone's participation in the session, removed when its seals were lost (they vote again). */
export async function clearParticipation(tx: Tx, tenantId: string, sessionId: string) {
  await tx
    .delete(councilParticipation)
    .where(and(eq(councilParticipation.tenantId, tenantId), eq(councilParticipation.sessionId, sessionId)));
}

/** Upheld public comments on the agenda's items: the council reads them with the nominee. */
export function upheldComments(db: Conn, tenantId: string, itemIds: string[]) {
  if (itemIds.length === 0) return Promise.resolve([]);
  return db
    .select({ itemId: publicComment.itemId, text: publicComment.text, note: publicComment.triageNote })
    .from(publicComment)
    .where(
      and(
        eq(publicComment.tenantId, tenantId),
        inArray(publicComment.itemId, itemIds),
        eq(publicComment.status, 'UPHELD'),
      ),
    );
}

/**
 * The council's result on each item of a proposal, from its closed sessions (the latest session
 * that took the item up wins): what a package sent to the upper level reports per item.
 */
export async function closedVotesOfProposal(db: Db | Tx, tenantId: string, proposalId: string) {
  const rows = await db
    .select({
      itemId: councilAgendaItem.itemId,
      yes: councilAgendaItem.yes,
      no: councilAgendaItem.no,
      abstain: councilAgendaItem.abstain,
      passed: councilAgendaItem.passed,
      meetingOn: councilSession.meetingOn,
    })
    .from(councilAgendaItem)
    .innerJoin(
      councilSession,
      and(
        eq(councilSession.tenantId, councilAgendaItem.tenantId),
        eq(councilSession.id, councilAgendaItem.sessionId),
      ),
    )
    .where(
      and(
        eq(councilAgendaItem.tenantId, tenantId),
        eq(councilAgendaItem.proposalId, proposalId),
        eq(councilSession.status, 'CLOSED'),
      ),
    )
    .orderBy(councilSession.meetingOn);
  const out = new Map<string, { passed: boolean | null; yes: number; no: number; abstain: number }>();
  for (const { itemId, meetingOn: _, ...vote } of rows) out.set(itemId, vote);
  return out;
}
