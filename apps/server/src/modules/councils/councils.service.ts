import { checkCouncilVote } from '@vinhdanh/domain/rules/procedure';
import type { AwardCode, IsoDate } from '@vinhdanh/domain/rules/types';
import { conflictOfInterest } from '@vinhdanh/domain/workflow/council';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import {
  councilAgendaItem,
  councilMember,
  councilSession,
  proposal,
  proposalItem,
} from '../../db/schema/index';
import { requireAccess } from '../../lib/access';
import { authorize } from '../../lib/authorize';
import type { RequestContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { appendAudit } from '../../platform/audit/append-audit';
import { todayVn } from '../../platform/clock';
import { castSealedBallot, closeBallotBox, countOf, openBallotBox, talliesIfClosed } from '../ballots/index';
import { noticeCouncilOpened } from '../notices/index';
import { findUnit } from '../org-units/index';
import { bumpVersion, findProposal, transitionInTx } from '../proposals/index';
import { loadAwardNamer, loadTenantRuleSets } from '../rule-params/index';
import { councilSessionActions, councilSessionRef } from './council-access';
import { proposalsOnOpenSessions } from './council-lists.repository';
import {
  clearParticipation,
  listAgenda,
  listMembers,
  myParticipation,
  recordParticipation,
  rolesOfUsers,
  upheldComments,
  votedCounts,
} from './councils.repository';
import type { BallotInput, CreateSessionInput, WrittenBallotInput } from './councils.schemas';

type SessionRow = typeof councilSession.$inferSelect;

/**
 * Voting opens on the meeting date (Vietnam time), or earlier when the secretary opens the
 * meeting; never before. Ballots cast ahead of the meeting would not be the council's deliberation.
 */
export const isVotingOpen = (s: Pick<SessionRow, 'openedAt' | 'meetingOn'>, today = todayVn()) =>
  s.openedAt !== null || s.meetingOn <= today;

type VerdictJson = { eligible?: boolean; reasons?: { met: boolean; text: string; citation: string }[] };

/** The engine's verdict as stored at appraisal, reduced to what a member reads. */
const engineView = (item: Agenda['item']) => {
  const v = item.verdict as VerdictJson | null;
  return {
    eligible: item.engineEligible,
    reasons: (v?.reasons ?? []).map((r) => ({ met: r.met, text: r.text, citation: r.citation })),
  };
};

type Member = Awaited<ReturnType<typeof listMembers>>[number];
type Agenda = Awaited<ReturnType<typeof listAgenda>>[number];

const conflictOf = (m: Member, a: Agenda) =>
  conflictOfInterest(
    { personId: m.personId, unitPath: m.unitPath },
    { personId: a.item.subjectType === 'PERSON' ? a.item.subjectId : null, unitPath: a.nomineeUnitPath },
  );

/**
 * Composition: at least the tenant's minimum number of members (rule parameter `councilMinMembers`,
 * default 5), each a distinct account holding the council-member role (an administrator who can do
 * everything is not a council member), and a quorum the members can reach.
 */
async function checkComposition(db: Db, tenantId: string, input: CreateSessionInput) {
  const ids = [...new Set(input.members.map((m) => m.userId))];
  const ruleSet = (await loadTenantRuleSets(db, tenantId)).at(input.meetingOn as IsoDate);
  const min = ruleSet.params.councilMinMembers;
  if (ids.length < min || ids.length !== input.members.length)
    throw new AppError('COUNCIL_TOO_SMALL', [
      {
        path: 'members',
        message: `Hội đồng cần ít nhất ${min} thành viên khác nhau; đã chọn ${ids.length}.`,
      },
    ]);
  const roles = await rolesOfUsers(db, tenantId, ids);
  if (roles.size !== ids.length) throw new AppError('USER_NOT_FOUND');
  const notMembers = ids.filter((id) => !(roles.get(id) ?? []).includes('COUNCIL_MEMBER'));
  if (notMembers.length > 0)
    throw new AppError(
      'COUNCIL_MEMBER_ROLE_REQUIRED',
      notMembers.map((id) => ({
        path: 'members',
        message: `Tài khoản ${id} không có vai trò Thành viên Hội đồng`,
      })),
    );
  if (input.quorum > ids.length)
    throw new AppError('INVALID_INPUT', [
      {
        path: 'quorum',
        message: `Số thành viên tối thiểu có mặt (${input.quorum}) lớn hơn số thành viên (${ids.length})`,
      },
    ]);
}

/** A session of the council that sits at the proposals' deciding level, with members and agenda. */
export async function createSession(db: Db, ctx: RequestContext, input: CreateSessionInput) {
  authorize(ctx.actor, 'council:manage');
  const tenantId = ctx.actor.tenantId;
  const unit = await findUnit(db, tenantId, input.unitId);
  if (!unit) throw new AppError('ORG_UNIT_NOT_FOUND');
  authorize(ctx.actor, 'council:manage', unit);
  await checkComposition(db, tenantId, input);
  const proposals = await db
    .select()
    .from(proposal)
    .where(and(eq(proposal.tenantId, tenantId), inArray(proposal.id, input.proposalIds)));
  if (proposals.length !== new Set(input.proposalIds).size) throw new AppError('PROPOSAL_NOT_FOUND');
  for (const p of proposals) {
    if (p.state !== 'COUNCIL_VOTE') throw new AppError('INVALID_TRANSITION');
    if (p.levels[p.levels.length - 1] !== unit.id) throw new AppError('FORBIDDEN');
  }
  const id = newId();
  await db.transaction(async (tx) => {
    // One open session per proposal: its items must not be voted on twice. The rows are locked
    // so two secretaries creating sessions at once cannot both pass the check.
    await tx
      .select({ id: proposal.id })
      .from(proposal)
      .where(and(eq(proposal.tenantId, tenantId), inArray(proposal.id, input.proposalIds)))
      .for('update');
    if ((await proposalsOnOpenSessions(tx, tenantId, input.proposalIds)).length > 0)
      throw new AppError('PROPOSAL_ON_OPEN_COUNCIL');
    await tx.insert(councilSession).values({
      tenantId,
      id,
      unitId: unit.id,
      title: input.title,
      meetingOn: input.meetingOn,
      quorum: input.quorum,
      createdBy: ctx.actor.userId,
    });
    await tx.insert(councilMember).values(
      input.members.map((m) => ({
        tenantId,
        sessionId: id,
        userId: m.userId,
        personId: m.personId ?? null,
        isPresent: m.isPresent,
      })),
    );
    // Only items the office found eligible go to the vote.
    const items = await tx
      .select()
      .from(proposalItem)
      .where(
        and(
          eq(proposalItem.tenantId, tenantId),
          inArray(proposalItem.proposalId, input.proposalIds),
          eq(proposalItem.appraisedEligible, true),
        ),
      );
    if (items.length > 0)
      await tx
        .insert(councilAgendaItem)
        .values(items.map((i) => ({ tenantId, sessionId: id, itemId: i.id, proposalId: i.proposalId })));
    await noticeCouncilOpened(tx, {
      tenantId,
      id,
      title: input.title,
      meetingOn: input.meetingOn,
      memberIds: input.members.map((m) => m.userId),
      items: items.length,
    });
    await appendAudit(tx, {
      tenantId,
      actorId: ctx.actor.userId,
      action: 'council.create',
      entityType: 'council_session',
      entityId: id,
      after: { ...input },
      requestId: ctx.requestId,
    });
  });
  return getSession(db, ctx, id);
}

/** The session as members and the secretary see it: tallies only once the session is closed. */
export async function getSession(db: Db, ctx: RequestContext, id: string) {
  const s = await requireAccess(db, ctx, 'proposal:read', councilSessionRef(id));
  // One query at a time: `db` may be a transaction (pg 9 refuses concurrent queries on one client).
  const members = await listMembers(db, s.tenantId, id);
  const agenda = await listAgenda(db, s.tenantId, id);
  const voted = await votedCounts(db, s.tenantId, id);
  const mine = await myParticipation(db, s.tenantId, id, ctx.actor.userId);
  const comments = await upheldComments(
    db,
    s.tenantId,
    agenda.map((a) => a.item.id),
  );
  const closed = s.status === 'CLOSED';
  const votingOpen = !closed && isVotingOpen(s);
  const awardName = await loadAwardNamer(db, s.tenantId);
  const me = members.find((m) => m.userId === ctx.actor.userId);
  return {
    id: s.id,
    title: s.title,
    meetingOn: s.meetingOn,
    quorum: s.quorum,
    status: s.status,
    openedAt: s.openedAt,
    votingOpen,
    closedOn: s.closedOn,
    version: s.version,
    allowedActions: councilSessionActions(ctx.actor, s),
    members: members.map((m) => ({ userId: m.userId, fullName: m.fullName, isPresent: m.isPresent })),
    agenda: agenda.map((a) => {
      const excluded = members.filter((m) => conflictOf(m, a) !== null);
      const myConflict = me ? conflictOf(me, a) : null;
      return {
        itemId: a.item.id,
        proposalId: a.a.proposalId,
        subjectName: a.item.subjectName,
        subjectType: a.item.subjectType,
        awardCode: a.item.awardCode,
        // What the member reads before choosing (issue 11): never a bare code.
        awardName: awardName(a.item.awardCode, s.meetingOn),
        unitName: a.nomineeUnitName,
        achievement: a.item.achievement,
        engine: engineView(a.item),
        appraisal: {
          status: a.item.appraisal,
          eligible: a.item.appraisedEligible,
          overrideReason: a.item.overrideReason,
        },
        upheldComments: comments
          .filter((c) => c.itemId === a.item.id)
          .map((c) => ({ text: c.text, note: c.note })),
        excludedMembers: excluded.map((m) => ({
          userId: m.userId,
          fullName: m.fullName,
          reason: conflictOf(m, a)?.text ?? '',
        })),
        votedCount: voted.get(a.item.id) ?? 0,
        canIVote: votingOpen && me?.isPresent === true && myConflict === null && !mine.has(a.item.id),
        ...talliesIfClosed(closed, {
          yes: a.a.yes,
          no: a.a.no,
          abstain: a.a.abstain,
          passed: a.a.passed,
          resultText: a.a.resultText,
        }),
      };
    }),
  };
}

type Choice = BallotInput['choices'][number]['choice'];

/**
 * One sealed ballot in one transaction (modules/ballots/ballot-box): the participation rows
 * ("member X voted on items Y…") and the choices sealed under the session's key, with no voter on
 * them; no counter moves until the close. The audit event names the member and the items only.
 * `whole`: the choices must cover exactly the items the member may vote on (the member's whole
 * ballot, final once sent).
 */
async function castInTx(
  db: Db,
  ctx: RequestContext,
  sessionId: string,
  voterId: string,
  choices: { itemId: string; choice: Choice }[],
  opts: { written: boolean; whole: boolean },
) {
  const tenantId = ctx.actor.tenantId;
  await db.transaction(async (tx) => {
    const [s] = await tx
      .select()
      .from(councilSession)
      .where(and(eq(councilSession.tenantId, tenantId), eq(councilSession.id, sessionId)))
      .for('update');
    if (!s) throw new AppError('COUNCIL_NOT_FOUND');
    if (s.status !== 'OPEN') throw new AppError('COUNCIL_CLOSED');
    if (!isVotingOpen(s)) throw new AppError('COUNCIL_NOT_OPEN');
    const member = (await listMembers(tx, tenantId, sessionId)).find((m) => m.userId === voterId);
    if (!member) throw new AppError('NOT_COUNCIL_MEMBER');
    // In person only when present; an absent member's ballot comes in writing through the secretary.
    if (member.isPresent === opts.written) throw new AppError('NOT_COUNCIL_MEMBER');
    const agenda = await listAgenda(tx, tenantId, sessionId);
    if (opts.whole) {
      const done = await myParticipation(tx, tenantId, sessionId, voterId);
      if (done.size > 0) throw new AppError('ALREADY_VOTED');
      const mine = agenda.filter((a) => conflictOf(member, a) === null).map((a) => a.item.id);
      const chosen = new Set(choices.map((c) => c.itemId));
      const missing = agenda.filter((a) => mine.includes(a.item.id) && !chosen.has(a.item.id));
      if (missing.length > 0)
        throw new AppError(
          'BALLOT_INCOMPLETE',
          missing.map((a) => ({ path: 'choices', message: `Chưa chọn cho ${a.item.subjectName}` })),
        );
    }
    for (const { itemId } of choices) {
      const item = agenda.find((a) => a.item.id === itemId);
      if (!item) throw new AppError('PROPOSAL_ITEM_NOT_FOUND');
      if (conflictOf(member, item)) throw new AppError('CONFLICT_OF_INTEREST');
    }
    const itemIds = choices.map((c) => c.itemId);
    await castSealedBallot(tx, ctx, {
      box: { tenantId, boxId: sessionId },
      participate: (t) => recordParticipation(t, tenantId, sessionId, itemIds, voterId),
      choices: choices.map((c) => ({ questionId: c.itemId, choice: c.choice })),
      audit: {
        action: opts.written ? 'council.writtenBallot' : 'council.vote',
        entityType: 'council_session',
        entityId: sessionId,
        after: { itemIds, memberUserId: voterId },
      },
    });
  });
  return { items: choices.length, recorded: true as const };
}

/** The member's whole ballot, once (see ballotInput). */
export async function castBallot(db: Db, ctx: RequestContext, sessionId: string, input: BallotInput) {
  await requireAccess(db, ctx, 'council:vote', councilSessionRef(sessionId));
  return castInTx(db, ctx, sessionId, ctx.actor.userId, input.choices, { written: false, whole: true });
}

/** The secretary records an absent member's sealed written ballot (ND 91, Điều 45.8). */
export async function recordWrittenBallot(
  db: Db,
  ctx: RequestContext,
  sessionId: string,
  input: WrittenBallotInput,
) {
  await requireAccess(db, ctx, 'council:manage', councilSessionRef(sessionId));
  const r = await castInTx(db, ctx, sessionId, input.memberUserId, [input], { written: true, whole: false });
  return { itemId: input.itemId, recorded: r.recorded };
}

/** The secretary opens the meeting (khai mạc) before its scheduled date; voting opens with it. */
export async function openSession(db: Db, ctx: RequestContext, sessionId: string, expectedVersion: number) {
  const s0 = await requireAccess(db, ctx, 'council:manage', councilSessionRef(sessionId));
  if (s0.status !== 'OPEN') throw new AppError('COUNCIL_CLOSED');
  if (s0.openedAt !== null) throw new AppError('COUNCIL_ALREADY_OPEN');
  await db.transaction(async (tx) => {
    const [s] = await tx
      .update(councilSession)
      .set({ version: sql`${councilSession.version} + 1`, openedAt: new Date().toISOString() })
      .where(
        and(
          eq(councilSession.tenantId, s0.tenantId),
          eq(councilSession.id, sessionId),
          eq(councilSession.version, expectedVersion),
          eq(councilSession.status, 'OPEN'),
        ),
      )
      .returning();
    if (!s) throw new AppError('VERSION_CONFLICT');
    await appendAudit(tx, {
      tenantId: s0.tenantId,
      actorId: ctx.actor.userId,
      action: 'council.open',
      entityType: 'council_session',
      entityId: sessionId,
      after: { openedAt: s.openedAt, meetingOn: s.meetingOn },
      requestId: ctx.requestId,
    });
  });
  return getSession(db, ctx, sessionId);
}

/**
 * Closes the session: quorum, each item's result under the rule set (threshold and denominator;
 * members with a conflict are outside the denominator, as they may not vote), and every proposal
 * on the agenda moves on (closeCouncil). One transaction.
 */
export async function closeSession(db: Db, ctx: RequestContext, sessionId: string, expectedVersion: number) {
  const s0 = await requireAccess(db, ctx, 'council:manage', councilSessionRef(sessionId));
  const tenantId = s0.tenantId;
  if (s0.status === 'OPEN' && !isVotingOpen(s0)) throw new AppError('COUNCIL_NOT_OPEN');
  const box = { tenantId, boxId: sessionId };
  const lost = {
    entityType: 'council_session',
    entityId: sessionId,
    resetParticipation: (tx: Tx) => clearParticipation(tx, tenantId, sessionId),
  };
  const useTables = ['council_participation', 'council_agenda_item'];
  await closeBallotBox(db, ctx, box, lost, () => closeInTx(db, ctx, sessionId, expectedVersion), useTables);
  return getSession(db, ctx, sessionId);
}

async function closeInTx(db: Db, ctx: RequestContext, sessionId: string, expectedVersion: number) {
  const tenantId = ctx.actor.tenantId;
  await db.transaction(async (tx) => {
    const [s] = await tx
      .update(councilSession)
      .set({ version: sql`${councilSession.version} + 1`, status: 'CLOSED', closedOn: todayVn() })
      .where(
        and(
          eq(councilSession.tenantId, tenantId),
          eq(councilSession.id, sessionId),
          eq(councilSession.version, expectedVersion),
          eq(councilSession.status, 'OPEN'),
        ),
      )
      .returning();
    if (!s) throw new AppError('VERSION_CONFLICT');
    const members = await listMembers(tx, tenantId, sessionId);
    if (members.filter((m) => m.isPresent).length < s.quorum) throw new AppError('QUORUM_NOT_MET');
    const agenda = await listAgenda(tx, tenantId, sessionId);
    const ruleSets = await loadTenantRuleSets(tx as Db, tenantId);
    // The sealed ballots are opened, shuffled and counted here, once (modules/ballots).
    const tally = await openBallotBox(tx, { tenantId, boxId: sessionId });
    for (const a of agenda) {
      const eligible = members.filter((m) => conflictOf(m, a) === null);
      const p = await findProposal(tx, tenantId, a.a.proposalId);
      const ruleSet = ruleSets.ofYear(p?.year ?? Number(s.meetingOn.slice(0, 4)));
      const yes = countOf(tally, a.item.id, 'YES');
      const ballot = {
        members: eligible.length,
        present: eligible.filter((m) => m.isPresent).length,
        yes,
      };
      const r = checkCouncilVote(ruleSet, a.item.awardCode as AwardCode, ballot);
      // Awards without a ballot rule in the rule set: a simple majority of the members who may vote.
      const passed = r.required ? r.passed : yes * 2 > eligible.length;
      const text = r.required ? r.text : `${yes}/${eligible.length} thành viên đồng ý (đa số)`;
      await tx
        .update(councilAgendaItem)
        .set({
          yes,
          no: countOf(tally, a.item.id, 'NO'),
          abstain: countOf(tally, a.item.id, 'ABSTAIN'),
          passed,
          resultText: text,
        })
        .where(
          and(
            eq(councilAgendaItem.tenantId, tenantId),
            eq(councilAgendaItem.sessionId, sessionId),
            eq(councilAgendaItem.itemId, a.item.id),
          ),
        );
      await tx
        .update(proposalItem)
        .set({ councilPassed: passed })
        .where(and(eq(proposalItem.tenantId, tenantId), eq(proposalItem.id, a.item.id)));
    }
    for (const proposalId of new Set(agenda.map((a) => a.a.proposalId))) {
      const p = await findProposal(tx, tenantId, proposalId);
      if (!p) continue;
      const locked = await bumpVersion(tx, tenantId, p.id, p.version);
      if (!locked) throw new AppError('VERSION_CONFLICT');
      await transitionInTx(tx, ctx, locked, { command: { type: 'closeCouncil' }, detail: { sessionId } });
    }
    await appendAudit(tx, {
      tenantId,
      actorId: ctx.actor.userId,
      action: 'council.close',
      entityType: 'council_session',
      entityId: sessionId,
      after: { items: agenda.length },
      requestId: ctx.requestId,
    });
  });
}

/** Minutes data (biên bản) for the document generator: per item yes/no/abstain/result. */
export async function sessionMinutes(db: Db, ctx: RequestContext, sessionId: string) {
  // The role's permission; getSession's requireAccess decides the session's scope.
  authorize(ctx.actor, 'proposal:read');
  const view = await getSession(db, ctx, sessionId);
  if (view.status !== 'CLOSED') throw new AppError('COUNCIL_NOT_CLOSED');
  return {
    session: { id: view.id, title: view.title, meetingOn: view.meetingOn, quorum: view.quorum },
    present: view.members.filter((m) => m.isPresent).map((m) => m.fullName),
    absent: view.members.filter((m) => !m.isPresent).map((m) => m.fullName),
    items: view.agenda.map((a) => ({
      itemId: a.itemId,
      subjectName: a.subjectName,
      awardCode: a.awardCode,
      awardName: a.awardName,
      yes: a.yes ?? 0,
      no: a.no ?? 0,
      abstain: a.abstain ?? 0,
      excluded: a.excludedMembers.map((m) => m.fullName),
      passed: a.passed ?? false,
      resultText: a.resultText ?? '',
    })),
  };
}
