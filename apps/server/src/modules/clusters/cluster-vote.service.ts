import { decideLeader } from '@vinhdanh/domain/emulation/leader-vote';
import { AWARD_NAMES } from '@vinhdanh/domain/rules/names';
import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { cluster, clusterVote, clusterVoteCandidate } from '../../db/schema/index';
import { requireAccess } from '../../lib/access';
import { authorize } from '../../lib/authorize';
import type { RequestContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { appendAudit } from '../../platform/audit/append-audit';
import { todayVn } from '../../platform/clock';
import { castSealedBallot, closeBallotBox, countOf, openBallotBox } from '../ballots/index';
import { clusterLeaderRef, clusterRef } from './cluster-access';
import {
  clearParticipation,
  findVote,
  insertParticipation,
  listCandidates,
  lockVote,
  setVotes,
  votedUnits,
} from './cluster-vote.repository';
import type {
  CloseVoteInput,
  ClusterBallotInput,
  OpenVoteInput,
  ProposeLeaderInput,
} from './cluster-vote.schemas';
import { findCluster, listMembers } from './clusters.repository';
import { getCluster } from './clusters.service';
import type { ProposalMaker } from './leader-proposal';

// The vote for the leading unit (suy tôn): a secret ballot among the member units, one ballot per
// unit cast by its officer, through the same mechanism as the council (../ballots/ballot-box).

/** Opens the year's vote; the candidates are the top `candidateCount` of the ranking (ties at the cut included), or all members. */
export async function openVote(db: Db, ctx: RequestContext, id: string, input: OpenVoteInput) {
  const found = await requireAccess(db, ctx, 'cluster:manage', clusterRef(id));
  const c = found.cluster;
  if (await findVote(db, c.tenantId, id, c.year)) throw new AppError('CLUSTER_VOTE_EXISTS');
  const ranking = (await getCluster(db, ctx, id)).board.ranking;
  const cut = input.candidateCount
    ? ranking[Math.min(input.candidateCount, ranking.length) - 1]?.rank
    : undefined;
  const candidates = cut === undefined ? ranking : ranking.filter((r) => r.rank <= cut);
  const voteId = newId();
  await db.transaction(async (tx) => {
    await tx.insert(clusterVote).values({
      tenantId: c.tenantId,
      id: voteId,
      clusterId: id,
      year: c.year,
      candidateCount: input.candidateCount ?? null,
      openedBy: ctx.actor.userId,
    });
    await tx
      .insert(clusterVoteCandidate)
      .values(candidates.map((r) => ({ tenantId: c.tenantId, voteId, unitId: r.unitId, rank: r.rank })));
    await appendAudit(tx, {
      tenantId: c.tenantId,
      actorId: ctx.actor.userId,
      action: 'cluster.voteOpen',
      entityType: 'cluster_vote',
      entityId: voteId,
      after: { clusterId: id, year: c.year, candidates: candidates.map((r) => r.unitId) },
      requestId: ctx.requestId,
    });
  });
  return getCluster(db, ctx, id);
}

/** One member unit's secret ballot, cast by that unit's officer (or an officer above it). */
export async function castClusterBallot(db: Db, ctx: RequestContext, id: string, input: ClusterBallotInput) {
  authorize(ctx.actor, 'cluster:vote');
  const found = await findCluster(db, ctx.actor.tenantId, id);
  if (!found) throw new AppError('CLUSTER_NOT_FOUND');
  const c = found.cluster;
  const voter = (await listMembers(db, c.tenantId, id)).find((m) => m.unitId === input.voterUnitId);
  if (!voter) throw new AppError('NOT_CLUSTER_MEMBER');
  authorize(ctx.actor, 'cluster:vote', { tenantId: c.tenantId, path: voter.path });
  const vote = await findVote(db, c.tenantId, id, c.year);
  if (!vote) throw new AppError('CLUSTER_VOTE_NOT_FOUND');
  await db.transaction(async (tx) => {
    const locked = await lockVote(tx, c.tenantId, vote.id);
    if (!locked) throw new AppError('CLUSTER_VOTE_NOT_FOUND');
    if (locked.status !== 'OPEN') throw new AppError('CLUSTER_VOTE_CLOSED');
    const candidates = await listCandidates(tx, c.tenantId, vote.id);
    if (!candidates.some((x) => x.unitId === input.candidateUnitId)) throw new AppError('NOT_A_CANDIDATE');
    await castSealedBallot(tx, ctx, {
      box: { tenantId: c.tenantId, boxId: vote.id },
      participate: (t) => insertParticipation(t, c.tenantId, vote.id, voter.unitId),
      choices: [{ questionId: vote.id, choice: input.candidateUnitId }],
      audit: {
        action: 'cluster.vote',
        entityType: 'cluster_vote',
        entityId: vote.id,
        after: { voterUnitId: voter.unitId },
      },
    });
  });
  return { recorded: true as const };
}

/**
 * Closes the vote: the most votes wins, equal votes go to the better rank (the cluster's
 * tie-break); the winner becomes the cluster's leading unit. One transaction.
 */
export async function closeVote(db: Db, ctx: RequestContext, id: string, input: CloseVoteInput) {
  const found = await requireAccess(db, ctx, 'cluster:manage', clusterRef(id));
  const c = found.cluster;
  const vote = await findVote(db, c.tenantId, id, c.year);
  if (!vote) throw new AppError('CLUSTER_VOTE_NOT_FOUND');
  const box = { tenantId: c.tenantId, boxId: vote.id };
  const lost = {
    entityType: 'cluster_vote',
    entityId: vote.id,
    resetParticipation: (tx: Tx) => clearParticipation(tx, c.tenantId, vote.id),
  };
  const useTables = ['cluster_vote_participation', 'cluster_vote_candidate'];
  const closeInTx = () =>
    db.transaction(async (tx) => {
      const locked = await lockVote(tx, c.tenantId, vote.id);
      if (!locked || locked.version !== input.version) throw new AppError('VERSION_CONFLICT');
      if (locked.status !== 'OPEN') throw new AppError('CLUSTER_VOTE_CLOSED');
      // The sealed ballots are opened, shuffled and counted once; a tie rolls all of it back.
      const tally = await openBallotBox(tx, box);
      for (const x of await listCandidates(tx, c.tenantId, vote.id))
        await setVotes(tx, c.tenantId, vote.id, x.unitId, countOf(tally, vote.id, x.unitId));
      const candidates = await listCandidates(tx, c.tenantId, vote.id);
      const ballots = (await votedUnits(tx, c.tenantId, vote.id)).size;
      const r = decideLeader(candidates, ballots);
      if (!r.ok)
        throw new AppError(
          r.code === 'TIED' ? 'CLUSTER_VOTE_TIED' : 'CLUSTER_VOTE_EMPTY',
          [{ path: 'ballots', message: r.text }],
          r.text,
        );
      await tx
        .update(clusterVote)
        .set({
          status: 'CLOSED',
          winnerUnitId: r.winner.unitId,
          resultText: r.text,
          tieBroken: r.tieBroken,
          closedOn: todayVn(),
          version: locked.version + 1,
        })
        .where(and(eq(clusterVote.tenantId, c.tenantId), eq(clusterVote.id, vote.id)));
      await tx
        .update(cluster)
        .set({ leadingUnitId: r.winner.unitId })
        .where(and(eq(cluster.tenantId, c.tenantId), eq(cluster.id, id)));
      await appendAudit(tx, {
        tenantId: c.tenantId,
        actorId: ctx.actor.userId,
        action: 'cluster.voteClose',
        entityType: 'cluster_vote',
        entityId: vote.id,
        before: { leadingUnitId: c.leadingUnitId },
        after: {
          winnerUnitId: r.winner.unitId,
          text: r.text,
          ballots,
          tallies: candidates.map((x) => ({ unitId: x.unitId, votes: x.votes })),
        },
        requestId: ctx.requestId,
      });
    });
  await closeBallotBox(db, ctx, box, lost, closeInTx, useTables);
  return getCluster(db, ctx, id);
}

/**
 * "Đề nghị Cờ thi đua" in one step: a CONG_TRANG proposal with one item, the leading unit for the
 * Cờ thi đua of the organiser's level (a province cluster → Cờ thi đua bộ, tỉnh; a central one → Cờ
 * thi đua của Chính phủ, Điều 27.2 of ND 152/2025). It goes through the proposals service (passed in as
 * `createProposals`, see leader-proposal.ts), submitted by
 * the organiser unit (whose council ran the vote): routing then sends it to the nearest unit whose head
 * decides the award, as for any proposal. The vote keeps the proposal's id, so it is made once.
 */
export async function proposeLeader<P extends { id: string }>(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: ProposeLeaderInput,
  createProposals: ProposalMaker<P>,
) {
  const found = await requireAccess(db, ctx, 'proposal:submit', clusterLeaderRef(id));
  const c = found.cluster;
  const vote = await findVote(db, c.tenantId, id, c.year);
  if (!vote) throw new AppError('CLUSTER_VOTE_NOT_FOUND');
  if (vote.status !== 'CLOSED' || !vote.winnerUnitId) throw new AppError('CLUSTER_VOTE_OPEN');
  if (vote.proposalId) throw new AppError('CLUSTER_LEADER_ALREADY_PROPOSED');
  const winnerUnitId = vote.winnerUnitId;
  const awardCode = c.organiserLevel === 'TRUNG_UONG' ? ('CO_CP' as const) : ('CO_BO_TINH' as const);
  const winnerName =
    (await listCandidates(db, c.tenantId, vote.id)).find((x) => x.unitId === winnerUnitId)?.unitName ?? '';
  return db.transaction(async (tx) => {
    const locked = await lockVote(tx, c.tenantId, vote.id);
    if (locked?.proposalId) throw new AppError('CLUSTER_LEADER_ALREADY_PROPOSED');
    const { proposals } = await createProposals(tx as unknown as Db, ctx, {
      kind: 'CONG_TRANG',
      title:
        `Đề nghị tặng ${AWARD_NAMES[awardCode].name} cho ${winnerName} (dẫn đầu ${c.name} năm ${c.year})`.slice(
          0,
          300,
        ),
      year: c.year,
      submittingUnitId: c.organiserUnitId,
      ...(input.movementId ? { movementId: input.movementId } : {}),
      items: [
        {
          subjectType: 'COLLECTIVE',
          subjectId: winnerUnitId,
          awardCode,
          achievement: `Đơn vị dẫn đầu ${c.name} năm ${c.year}. ${vote.resultText ?? ''}`.slice(0, 2000),
        },
      ],
    });
    const created = proposals[0];
    if (!created) throw new AppError('PROPOSAL_NOT_FOUND');
    await linkProposal(tx, ctx, c.tenantId, vote.id, created.id);
    return created;
  });
}

async function linkProposal(
  tx: Tx,
  ctx: RequestContext,
  tenantId: string,
  voteId: string,
  proposalId: string,
) {
  await tx
    .update(clusterVote)
    .set({ proposalId })
    .where(and(eq(clusterVote.tenantId, tenantId), eq(clusterVote.id, voteId)));
  await appendAudit(tx, {
    tenantId,
    actorId: ctx.actor.userId,
    action: 'cluster.proposeLeader',
    entityType: 'cluster_vote',
    entityId: voteId,
    after: { proposalId },
    requestId: ctx.requestId,
  });
}
