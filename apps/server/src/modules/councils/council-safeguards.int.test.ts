import { beforeAll, expect, it } from 'vitest';
import { publicComment } from '../../db/schema/index';
import { newId } from '../../lib/ids';
import { todayVn } from '../../platform/clock';
import { ApiClient } from '../../test/client';
import { describeEngines } from '../../test/engines';
import { leaderAt, seedProposal } from '../../test/proposal-seeds';
import { addUser } from '../../test/workflow-fixtures';

// Safeguards the law relies on (issue 11, "Safeguards that hold"): a council too small to be one,
// a vote before the meeting, a decision dated before the vote, a public comment closed early or
// with a comment nobody read, and review minutes nobody signed. Each refusal leaves nothing written.

const MINUTES = 'Biên bản xét khen thưởng của đơn vị';
const yesterday = () => {
  const d = new Date(`${todayVn()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
};

describeEngines('council and decision safeguards', (env) => {
  let secretary: ApiClient;
  let members: { id: string; client: ApiClient }[];

  beforeAll(async () => {
    const { app, database, fx } = env();
    secretary = await ApiClient.login(app, fx.users.COUNCIL_SECRETARY);
    members = [];
    for (let i = 0; i < 5; i += 1) {
      const u = await addUser(database.db, fx, 'COUNCIL_MEMBER', {
        unit: fx.other,
        name: `Ủy viên ${i + 1}`,
      });
      members.push({ id: u.id, client: await ApiClient.login(app, u.username) });
    }
  });

  const councilProposal = () =>
    seedProposal(env().database.db, env().fx, 'own', {
      state: 'COUNCIL_VOTE',
      requirements: { councilVote: true },
      appraised: true,
    });
  const session = (
    p: { id: string; unitId: string },
    meetingOn: string,
    userIds = members.map((m) => m.id),
  ) =>
    secretary.post('/api/councils', {
      unitId: p.unitId,
      title: 'Phiên họp Hội đồng Thi đua – Khen thưởng',
      meetingOn,
      quorum: 3,
      members: userIds.map((userId) => ({ userId, isPresent: true })),
      proposalIds: [p.id],
    });

  it('refuses a one-member council, and an administrator as a member, with nothing created', async () => {
    const p = await councilProposal();
    const one = await session(p, '2025-12-10', [members[0]?.id ?? '']);
    expect(one.status).toBe(422);
    expect(one.body.error.code).toBe('COUNCIL_TOO_SMALL');
    expect(one.body.error.details[0].message).toBe('Hội đồng cần ít nhất 5 thành viên khác nhau; đã chọn 1.');

    const { database, fx } = env();
    const admin = await addUser(database.db, fx, 'TENANT_ADMIN');
    const withAdmin = await session(p, '2025-12-10', [...members.slice(0, 4).map((m) => m.id), admin.id]);
    expect(withAdmin.status).toBe(422);
    expect(withAdmin.body.error.code).toBe('COUNCIL_MEMBER_ROLE_REQUIRED');
    expect(withAdmin.body.error.message).toContain('Thành viên Hội đồng');

    // The picker offers council members only: never the administrator.
    const offered = await secretary.get(`/api/councils/member-candidates?unitId=${p.unitId}`);
    const offeredIds = offered.body.items.map((m: { id: string }) => m.id);
    expect(offeredIds).not.toContain(admin.id);
    for (const m of members) expect(offeredIds).toContain(m.id);

    // Nothing was created: the proposal is still free for a session.
    const candidates = await secretary.get(`/api/councils/proposal-candidates?unitId=${p.unitId}`);
    expect(candidates.body.items.map((c: { id: string }) => c.id)).toContain(p.id);
  });

  it('refuses a vote before the meeting opens; the secretary opening it lets members vote', async () => {
    const p = await councilProposal();
    const created = await session(p, '2099-12-10');
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ votingOpen: false, openedAt: null });
    expect(created.body.agenda[0].canIVote).toBe(false);
    const early = await members[0]?.client.post(`/api/councils/${created.body.id}/ballots`, {
      choices: [{ itemId: p.itemId, choice: 'YES' }],
    });
    expect(early?.status).toBe(409);
    expect(early?.body.error.code).toBe('COUNCIL_NOT_OPEN');
    expect(early?.body.error.message).toContain('chưa khai mạc');
    // Nor can the session be closed before it opened.
    const closeEarly = await secretary.post(`/api/councils/${created.body.id}/close`, { expectedVersion: 1 });
    expect(closeEarly.body.error.code).toBe('COUNCIL_NOT_OPEN');
    const view = await members[0]?.client.get(`/api/councils/${created.body.id}`);
    expect(view?.body.agenda[0].votedCount).toBe(0);

    const opened = await secretary.post(`/api/councils/${created.body.id}/open`, { expectedVersion: 1 });
    expect(opened.status, JSON.stringify(opened.body)).toBe(200);
    expect(opened.body.votingOpen).toBe(true);
    const vote = await members[0]?.client.post(`/api/councils/${created.body.id}/ballots`, {
      choices: [{ itemId: p.itemId, choice: 'YES' }],
    });
    expect(vote?.status, JSON.stringify(vote?.body)).toBe(201);
    const twice = await secretary.post(`/api/councils/${created.body.id}/open`, { expectedVersion: 2 });
    expect(twice.body.error.code).toBe('COUNCIL_ALREADY_OPEN');
  });

  it('refuses a decision dated before the council closed, or signed by someone not leading the deciding unit', async () => {
    const { app, database, fx } = env();
    const p = await councilProposal();
    const created = await session(p, '2025-12-10');
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    for (const m of members)
      expect(
        (
          await m.client.post(`/api/councils/${created.body.id}/ballots`, {
            choices: [{ itemId: p.itemId, choice: 'YES' }],
          })
        ).status,
      ).toBe(201);
    const closed = await secretary.post(`/api/councils/${created.body.id}/close`, { expectedVersion: 1 });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect(closed.body.closedOn).toBe(todayVn());

    const issuer = await ApiClient.login(app, fx.users.LEADER);
    const schoolLeader = await leaderAt(database.db, fx.tenantA, p.unitId);
    const issue = (signedOn: string, signerUserId?: string) =>
      issuer.post('/api/decisions/issue', {
        proposalId: p.id,
        expectedVersion: 2,
        signedOn,
        ...(signerUserId ? { signerUserId } : {}),
        approvedItemIds: [p.itemId],
      });
    const before = await issue(yesterday(), schoolLeader);
    expect(before.status).toBe(422);
    expect(before.body.error.code).toBe('DECISION_BEFORE_COUNCIL');
    expect(before.body.error.details[0].message).toContain(todayVn().split('-').reverse().join('/'));
    // The acting leader works at the Sở, not at the school that decides: not the signer.
    const wrongSigner = await issue(todayVn());
    expect(wrongSigner.status).toBe(403);
    expect(wrongSigner.body.error.code).toBe('SIGNER_NOT_LEADER');
    const councilMember = await issue(todayVn(), members[0]?.id);
    expect(councilMember.body.error.code).toBe('SIGNER_NOT_LEADER');
    const untouched = await issuer.get(`/api/proposals/${p.id}`);
    expect(untouched.body).toMatchObject({ state: 'DECISION_PENDING', version: 2, decisionId: null });

    const ok = await issue(todayVn(), schoolLeader);
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(ok.body.proposal.state).toBe('DECIDED');
  });

  it('keeps the public comment open until its end date unless a legal reason is given, and never with an untriaged comment', async () => {
    const { app, database, fx } = env();
    const p = await seedProposal(database.db, fx, 'own', {
      state: 'PUBLIC_COMMENT',
      requirements: { publicComment: true },
      appraised: true,
      publicCommentUntil: '2099-12-31',
    });
    const commentId = newId();
    await database.db.insert(publicComment).values({
      tenantId: p.tenantId,
      id: commentId,
      proposalId: p.id,
      itemId: p.itemId,
      name: 'Người dân',
      contact: '0900000000',
      text: 'Tôi có ý kiến về thành tích của người được đề nghị.',
    });
    const office = await ApiClient.login(app, fx.users.APPRAISER);
    const reason = 'Theo Công văn số 12/UBND-NC, cần trình Hội đồng trước kỳ họp ngày 15/12';
    const unhandled = await office.post(`/api/proposals/${p.id}/public-comment/close`, {
      expectedVersion: 1,
      reason,
    });
    expect(unhandled.status).toBe(409);
    expect(unhandled.body.error.code).toBe('PUBLIC_COMMENT_UNHANDLED');
    const dismissed = await office.post(`/api/proposals/${p.id}/comments/triage`, {
      expectedVersion: 1,
      commentId,
      upheld: false,
      note: 'Ý kiến không nêu căn cứ cụ thể',
    });
    expect(dismissed.status, JSON.stringify(dismissed.body)).toBe(200);

    const noReason = await office.post(`/api/proposals/${p.id}/public-comment/close`, { expectedVersion: 2 });
    expect(noReason.status).toBe(409);
    expect(noReason.body.error.code).toBe('PUBLIC_COMMENT_NOT_ENDED');
    const stillOpen = await office.get(`/api/proposals/${p.id}`);
    expect(stillOpen.body).toMatchObject({ state: 'PUBLIC_COMMENT', version: 2 });

    const closed = await office.post(`/api/proposals/${p.id}/public-comment/close`, {
      expectedVersion: 2,
      reason,
    });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect(closed.body).toMatchObject({
      state: 'APPRAISAL',
      publicCommentDone: true,
      publicCommentClosedOn: todayVn(),
      publicCommentCloseReason: reason,
    });
    expect(closed.body.history.at(-1)).toMatchObject({
      command: 'closePublicComment',
      detail: { earlyReason: reason },
    });
    const portal = await new ApiClient(app).get('/api/public/comment-lists');
    expect(portal.body.closedEarly).toContainEqual(
      expect.objectContaining({ proposalId: p.id, reason, until: '2099-12-31', closedOn: todayVn() }),
    );
    expect(portal.body.items.map((l: { proposalId: string }) => l.proposalId)).not.toContain(p.id);
  });

  it("counts a generated minutes draft only once the unit's own leader confirms it", async () => {
    const { app, database, fx } = env();
    const p = await seedProposal(database.db, fx, 'own', { state: 'UNIT_REVIEW', components: [MINUTES] });
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const drafted = await officer.post(`/api/proposals/${p.id}/components`, {
      expectedVersion: 1,
      component: MINUTES,
      generated: true,
    });
    expect(drafted.status, JSON.stringify(drafted.body)).toBe(200);
    expect(drafted.body.components[0]).toMatchObject({ present: false, awaitingConfirmation: true });
    const refused = await officer.post(`/api/proposals/${p.id}/submit`, { expectedVersion: 2 });
    expect(refused.status).toBe(409);
    expect(refused.body.error.details[0].path).toBe('MINUTES_REQUIRED');

    // The Sở's leader is above the school, not its leader.
    const sở = await ApiClient.login(app, fx.users.LEADER);
    const notHis = await sở.post(`/api/proposals/${p.id}/components/confirm-minutes`, {
      expectedVersion: 2,
      component: MINUTES,
    });
    expect(notHis.status).toBe(403);
    expect(notHis.body.error.code).toBe('MINUTES_CONFIRM_NOT_LEADER');

    const head = await addUser(database.db, fx, 'LEADER', {
      unit: fx.ownChild,
      scope: fx.ownChild,
      name: 'Hiệu trưởng Trần Thị Mai',
    });
    const confirmed = await (await ApiClient.login(app, head.username)).post(
      `/api/proposals/${p.id}/components/confirm-minutes`,
      { expectedVersion: 2, component: MINUTES },
    );
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    expect(confirmed.body.components[0]).toMatchObject({ present: true, awaitingConfirmation: false });
    expect(confirmed.body.history.at(-1)).toMatchObject({
      command: 'confirmMinutes',
      actorName: 'Hiệu trưởng Trần Thị Mai',
      detail: { component: MINUTES, confirmedBy: 'Hiệu trưởng Trần Thị Mai' },
    });
    const submitted = await officer.post(`/api/proposals/${p.id}/submit`, {
      expectedVersion: 3,
      ineligibleReason: 'Đơn vị đề nghị Hội đồng xem xét thành tích trong năm',
    });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    expect(submitted.body.state).toBe('SUBMITTED');
  });
});
