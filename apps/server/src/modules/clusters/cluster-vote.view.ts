import { decide } from '@vinhdanh/domain/auth/policy';
import type { Db } from '../../db/client';
import type { RequestContext } from '../../lib/context';
import { talliesIfClosed } from '../ballots/index';
import { findVote, listCandidates, votedUnits } from './cluster-vote.repository';
import type { ClusterRow, listMembers } from './clusters.repository';

type Member = Awaited<ReturnType<typeof listMembers>>[number];

/** The vote of the cluster's year as the actor sees it: who has voted, never how; tallies once closed. */
export async function voteView(db: Db, ctx: RequestContext, c: ClusterRow, members: Member[]) {
  const vote = await findVote(db, c.tenantId, c.id, c.year);
  if (!vote) return null;
  // One query at a time: `db` may be a transaction (pg 9 refuses concurrent queries on one client).
  const candidates = await listCandidates(db, c.tenantId, vote.id);
  const voted = await votedUnits(db, c.tenantId, vote.id);
  const closed = vote.status === 'CLOSED';
  const mayVoteFor = (m: Member) =>
    decide(ctx.actor, 'cluster:vote', { tenantId: c.tenantId, unitPath: m.path }).allowed;
  const winner = candidates.find((x) => x.unitId === vote.winnerUnitId);
  return {
    id: vote.id,
    year: vote.year,
    status: vote.status,
    version: vote.version,
    candidateCount: vote.candidateCount,
    candidates: candidates.map((x) => ({
      unitId: x.unitId,
      unitName: x.unitName,
      rank: x.rank,
      ...talliesIfClosed(closed, { votes: x.votes }),
    })),
    voters: members.map((m) => ({ unitId: m.unitId, unitName: m.name, hasVoted: voted.has(m.unitId) })),
    votedCount: voted.size,
    myVoterUnits: closed
      ? []
      : members
          .filter((m) => !voted.has(m.unitId) && mayVoteFor(m))
          .map((m) => ({ id: m.unitId, name: m.name })),
    result:
      closed && winner
        ? {
            winnerUnitId: winner.unitId,
            winnerUnitName: winner.unitName,
            text: vote.resultText ?? '',
            tieBroken: vote.tieBroken ?? false,
            closedOn: vote.closedOn,
          }
        : null,
    proposalId: vote.proposalId,
  };
}
