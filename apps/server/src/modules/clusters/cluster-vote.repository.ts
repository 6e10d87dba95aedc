import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import {
  cluster,
  clusterVote,
  clusterVoteCandidate,
  clusterVoteParticipation,
  orgUnit,
} from '../../db/schema/index';

type Conn = Db | Tx;
export type ClusterVoteRow = typeof clusterVote.$inferSelect;

export async function findVote(db: Conn, tenantId: string, clusterId: string, year: number) {
  const [row] = await db
    .select()
    .from(clusterVote)
    .where(
      and(
        eq(clusterVote.tenantId, tenantId),
        eq(clusterVote.clusterId, clusterId),
        eq(clusterVote.year, year),
      ),
    )
    .limit(1);
  return row;
}

/** Locks the vote row for a ballot or the close (one transaction at a time per vote). */
export async function lockVote(tx: Tx, tenantId: string, voteId: string) {
  const [row] = await tx
    .select()
    .from(clusterVote)
    .where(and(eq(clusterVote.tenantId, tenantId), eq(clusterVote.id, voteId)))
    .for('update');
  return row;
}

export function listCandidates(db: Conn, tenantId: string, voteId: string) {
  return db
    .select({
      unitId: clusterVoteCandidate.unitId,
      rank: clusterVoteCandidate.rank,
      votes: clusterVoteCandidate.votes,
      unitName: orgUnit.name,
    })
    .from(clusterVoteCandidate)
    .innerJoin(
      orgUnit,
      and(eq(orgUnit.tenantId, clusterVoteCandidate.tenantId), eq(orgUnit.id, clusterVoteCandidate.unitId)),
    )
    .where(and(eq(clusterVoteCandidate.tenantId, tenantId), eq(clusterVoteCandidate.voteId, voteId)))
    .orderBy(asc(clusterVoteCandidate.rank), asc(orgUnit.name));
}

/** The member units that have voted: who, never how. */
export async function votedUnits(db: Conn, tenantId: string, voteId: string) {
  const rows = await db
    .select({ unitId: clusterVoteParticipation.unitId })
    .from(clusterVoteParticipation)
    .where(and(eq(clusterVoteParticipation.tenantId, tenantId), eq(clusterVoteParticipation.voteId, voteId)));
  return new Set(rows.map((r) => r.unitId));
}

/** "This unit has voted": false when it already had. */
export async function insertParticipation(tx: Tx, tenantId: string, voteId: string, unitId: string) {
  const rows = await tx
    .insert(clusterVoteParticipation)
    .values({ tenantId, voteId, unitId })
    .onConflictDoNothing()
    .returning();
  return rows.length > 0;
}

/** The candidate's votes, set once at close from the opened ballots. */
export async function setVotes(tx: Tx, tenantId: string, voteId: string, unitId: string, votes: number) {
  await tx
    .update(clusterVoteCandidate)
    .set({ votes })
    .where(
      and(
        eq(clusterVoteCandidate.tenantId, tenantId),
        eq(clusterVoteCandidate.voteId, voteId),
        eq(clusterVoteCandidate.unitId, unitId),
      ),
    );
}

/** Every unit's participation in the vote, removed when its seals were lost (they vote again). */
export async function clearParticipation(tx: Tx, tenantId: string, voteId: string) {
  await tx
    .delete(clusterVoteParticipation)
    .where(and(eq(clusterVoteParticipation.tenantId, tenantId), eq(clusterVoteParticipation.voteId, voteId)));
}

const organizerOf = (level: string) => (level === 'TRUNG_UONG' ? ('TW' as const) : ('BO_TINH' as const));

/**
 * Cluster leadership from the closed votes: `{year, organizer}` per leading unit, as the rules
 * engine reads it (a province's cluster → BO_TINH, a central one → TW).
 */
export async function leadershipOf(db: Conn, tenantId: string, unitIds: string[]) {
  if (unitIds.length === 0) return [];
  const rows = await db
    .select({ unitId: clusterVote.winnerUnitId, year: clusterVote.year, level: cluster.organiserLevel })
    .from(clusterVote)
    .innerJoin(
      cluster,
      and(eq(cluster.tenantId, clusterVote.tenantId), eq(cluster.id, clusterVote.clusterId)),
    )
    .where(
      and(
        eq(clusterVote.tenantId, tenantId),
        eq(clusterVote.status, 'CLOSED'),
        inArray(clusterVote.winnerUnitId, unitIds),
      ),
    );
  return rows.map((r) => ({ unitId: r.unitId as string, year: r.year, organizer: organizerOf(r.level) }));
}

/** The tenant's leading units of a year (distinct), the base of the Cờ CP cap. */
export async function countClusterLeaders(db: Conn, tenantId: string, year: number) {
  const [row] = await db
    .select({ n: sql<number>`count(DISTINCT ${clusterVote.winnerUnitId})::int` })
    .from(clusterVote)
    .where(
      and(
        eq(clusterVote.tenantId, tenantId),
        eq(clusterVote.year, year),
        eq(clusterVote.status, 'CLOSED'),
        isNotNull(clusterVote.winnerUnitId),
      ),
    );
  return row?.n ?? 0;
}
