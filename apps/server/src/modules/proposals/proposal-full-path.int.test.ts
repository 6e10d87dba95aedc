import { toDay } from '@vinhdanh/domain/rules/dates';
import { awardAmountVnd } from '@vinhdanh/domain/rules/money';
import { and, eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { award, decision } from '../../db/schema/index';
import { todayVn } from '../../platform/clock';
import type { Response } from '../../test/client';
import { describeEngines } from '../../test/engines';
import { fileBody, realPdf } from '../../test/upload-files';
import { attachComponents, type Province, setUpProvince } from '../../test/workflow-fixtures';
import { loadTenantRuleSets } from '../rule-params/tenant-rule-set';

// Issue 5, the main path through the API: a Sở proposes three people for Chiến sĩ thi đua cấp
// tỉnh, the engine finds one ineligible, the province's office returns the dossier with a reason,
// the Sở fixes and resubmits, appraisal, a council of five (one excluded for conflict of interest)
// votes secretly, the Chủ tịch UBND tỉnh issues the decision, and the awards carry their money.

const YEAR = 2025;
// The council closes on the real day and a decision may not precede it: the leader signs today.
const SIGNED_ON = todayVn();
const AWARD = 'CSTD_BO_TINH';
const INELIGIBLE_REASON = 'Đơn vị đề nghị Hội đồng xem xét thành tích đột xuất trong năm';

const ok = (res: Response, status = 200) => {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  return res.body;
};

describeEngines('proposal: full path', (env) => {
  let pv: Province;
  let proposalId: string;
  let version: number;
  let items: { id: string; subjectId: string; engineEligible: boolean; verdict: { reasons: unknown[] } }[];
  let sessionId: string;
  let decisionNumber: string;
  let decisionId: string;
  const returnedComponent = { name: '' };

  beforeAll(async () => {
    pv = await setUpProvince(env(), YEAR);
  });

  const act = async (path: string, body: Record<string, unknown> = {}, client = pv.appraiser) => {
    const p = ok(
      await client.post(`/api/proposals/${proposalId}/${path}`, { expectedVersion: version, ...body }),
    );
    version = p.version;
    return p;
  };

  it('the officer proposes three people; the engine flags one as ineligible, with citations', async () => {
    const { fx } = env();
    const all = [...pv.nominees.eligible, pv.nominees.ineligible];
    const created = ok(
      await pv.officer.post('/api/proposals', {
        kind: 'CONG_TRANG',
        title: 'Đề nghị Chiến sĩ thi đua cấp tỉnh năm 2025',
        year: YEAR,
        submittingUnitId: fx.own.id,
        items: all.map((subjectId) => ({ subjectType: 'PERSON', subjectId, awardCode: AWARD })),
      }),
      201,
    );
    expect(created.proposals).toHaveLength(1);
    const p = created.proposals[0];
    proposalId = p.id;
    version = p.version;
    items = p.items;
    expect(p.state).toBe('DRAFT');
    // Decided by the Chủ tịch UBND tỉnh: the Sở's dossier goes straight to the province.
    expect(p.levels).toEqual([fx.root.id]);
    expect(p.requirements).toMatchObject({ councilVote: true, publicComment: false });
    const flagged = items.filter((i) => !i.engineEligible);
    expect(flagged.map((i) => i.subjectId)).toEqual([pv.nominees.ineligible]);
    expect(JSON.stringify(flagged[0]?.verdict)).toMatch(/Điều/);
  });

  it('the unit reviews and submits; the office receives and returns it with a structured reason', async () => {
    const p0 = await attachComponents(pv.officer, proposalId, [], pv.unitLeader);
    const optional = p0.components.find((c: { isMinutes: boolean }) => !c.isMinutes);
    returnedComponent.name = optional.name;
    version = p0.version;
    await act('submit-for-review', {}, pv.officer);
    // Đỗ Minh Khoa is still ineligible: the submit is refused until the officer gives a reason.
    const refused = await pv.officer.post(`/api/proposals/${proposalId}/submit`, {
      expectedVersion: version,
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('INELIGIBLE_ITEMS_UNCONFIRMED');
    expect(refused.body.error.details.map((d: { message: string }) => d.message)).toEqual([
      'Đỗ Minh Khoa — Chiến sĩ thi đua bộ, ban, ngành, tỉnh',
    ]);
    const sent = await act('submit', { ineligibleReason: INELIGIBLE_REASON }, pv.officer);
    expect(sent.history.at(-1).detail).toMatchObject({
      ineligible: [{ name: 'Đỗ Minh Khoa', award: AWARD }],
      ineligibleReason: INELIGIBLE_REASON,
    });
    await act('receive');
    const returned = await act('return', {
      reasons: [
        {
          code: 'INCORRECT_COMPONENT',
          component: returnedComponent.name,
          text: 'Báo cáo chưa có xác nhận của thủ trưởng đơn vị',
        },
      ],
    });
    expect(returned.state).toBe('RETURNED');
    expect(returned.lastReturn.reasons[0].component).toBe(returnedComponent.name);
    expect(returned.lastReturn.diff[0].addressed).toBe(false);
  });

  it('the officer replaces the file and resubmits, and sees the diff against the reasons', async () => {
    const fixed = ok(
      await pv.officer.post(
        `/api/proposals/${proposalId}/components/file?${new URLSearchParams({
          expectedVersion: String(version),
          component: returnedComponent.name,
          name: 'bao-cao-thanh-tich.pdf',
        })}`,
        fileBody(realPdf(), 'application/pdf'),
      ),
    );
    version = fixed.version;
    const component = fixed.components.find((c: { name: string }) => c.name === returnedComponent.name);
    expect(component.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(fixed.lastReturn.diff[0]).toMatchObject({
      addressed: true,
      changes: [{ kind: 'COMPONENT_REPLACED', component: returnedComponent.name }],
    });
    const resubmitted = await act('submit', { ineligibleReason: INELIGIBLE_REASON }, pv.officer);
    expect(resubmitted.state).toBe('SUBMITTED');
    const step = resubmitted.history.at(-1);
    expect(step.command).toBe('submit');
    expect(step.detail.resubmission[0].addressed).toBe(true);
  });

  it('the appraiser runs the engine, confirms each verdict and opens the council', async () => {
    await act('receive');
    const appraising = await act('start-appraisal');
    expect(appraising.state).toBe('APPRAISAL');
    const early = await pv.appraiser.post(`/api/proposals/${proposalId}/open-council`, {
      expectedVersion: version,
    });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('WORKFLOW_GUARD');
    for (const item of items) await act('appraise-item', { itemId: item.id });
    const voting = await act('open-council');
    expect(voting.state).toBe('COUNCIL_VOTE');
    const ineligible = voting.items.find(
      (i: { subjectId: string }) => i.subjectId === pv.nominees.ineligible,
    );
    expect(ineligible).toMatchObject({ appraisal: 'CONFIRMED', appraisedEligible: false });
  });

  it('a council of five votes secretly; the member from the nominees’ unit may not vote', async () => {
    const { fx } = env();
    const session = ok(
      await pv.secretary.post('/api/councils', {
        unitId: fx.root.id,
        title: 'Phiên họp Hội đồng Thi đua – Khen thưởng tỉnh',
        meetingOn: '2025-12-15',
        quorum: 4,
        members: pv.members.map((m) => ({ userId: m.id, isPresent: true })),
        proposalIds: [proposalId],
      }),
      201,
    );
    sessionId = session.id;
    // Only the two items the office found eligible are on the agenda.
    expect(session.agenda).toHaveLength(2);
    const [conflicted, ...voters] = pv.members;
    if (!conflicted) throw new Error('five members');
    for (const a of session.agenda) {
      expect(a.excludedMembers.map((m: { userId: string }) => m.userId)).toEqual([conflicted.id]);
      const refused = await conflicted.client.post(`/api/councils/${sessionId}/ballots`, {
        choices: [{ itemId: a.itemId, choice: 'YES' }],
      });
      expect(refused.status).toBe(409);
      expect(refused.body.error.code).toBe('CONFLICT_OF_INTEREST');
    }
    // The ballot is read on the record: award name (never a code), unit, achievement, the engine's
    // verdict with its reasons, the appraiser's conclusion, and the dossier it comes from.
    for (const a of session.agenda) {
      expect(a.awardName).toBe('Chiến sĩ thi đua bộ, ban, ngành, tỉnh');
      expect(a.unitName).toBe('Sở Giáo dục');
      expect(a.proposalId).toBe(proposalId);
      expect(a.engine.eligible).toBe(true);
      expect(a.engine.reasons.length).toBeGreaterThan(0);
      expect(a.engine.reasons[0].citation).toMatch(/Điều/);
      expect(a.appraisal).toMatchObject({ status: 'CONFIRMED', eligible: true });
      expect(a.upheldComments).toEqual([]);
    }
    // Half a ballot is refused and nothing is stored: the whole ballot goes at once.
    const half = await voters[0]?.client.post(`/api/councils/${sessionId}/ballots`, {
      choices: [{ itemId: session.agenda[0].itemId, choice: 'YES' }],
    });
    expect(half?.status).toBe(422);
    expect(half?.body.error.code).toBe('BALLOT_INCOMPLETE');
    expect(half?.body.error.details[0].message).toContain(session.agenda[1].subjectName);
    const untouched = ok(await voters[0]!.client.get(`/api/councils/${sessionId}`));
    expect(untouched.agenda.map((a: { votedCount: number }) => a.votedCount)).toEqual([0, 0]);
    // Each voter sends the whole ballot once: a choice for both nominees.
    const choices = session.agenda.map((a: { itemId: string }) => ({ itemId: a.itemId, choice: 'YES' }));
    for (const v of voters) ok(await v.client.post(`/api/councils/${sessionId}/ballots`, { choices }), 201);
    const seen = ok(await conflicted.client.get(`/api/councils/${sessionId}`));
    // Tallies stay hidden while the session is open.
    expect(seen.agenda[0].yes).toBeUndefined();
    expect(seen.agenda[0].canIVote).toBe(false);
    const closed = ok(await pv.secretary.post(`/api/councils/${sessionId}/close`, { expectedVersion: 1 }));
    for (const a of closed.agenda) expect(a).toMatchObject({ yes: 4, no: 0, abstain: 0, passed: true });
    const minutes = ok(await pv.secretary.get(`/api/councils/${sessionId}/minutes`));
    expect(minutes.items).toHaveLength(2);
    expect(minutes.items[0].excluded).toEqual(['Thành viên Sở Giáo dục']);
    const p = ok(await pv.leader.get(`/api/proposals/${proposalId}`));
    expect(p.state).toBe('DECISION_PENDING');
    // The proposal page links to the session that took it up, as the submitter sees it too.
    const seenBySubmitter = ok(await pv.officer.get(`/api/proposals/${proposalId}`));
    expect(seenBySubmitter.councilSessions).toEqual([
      { id: sessionId, title: session.title, meetingOn: session.meetingOn, status: 'CLOSED' },
    ]);
    version = p.version;
  });

  it('the leader issues the decision; the two awards carry the money of the decision date', async () => {
    const { database, fx } = env();
    const approved = items.filter((i) => i.engineEligible).map((i) => i.id);
    const issued = ok(
      await pv.leader.post('/api/decisions/issue', {
        proposalId,
        expectedVersion: version,
        signedOn: SIGNED_ON,
        signer: 'Chủ tịch UBND tỉnh',
        approvedItemIds: approved,
      }),
      201,
    );
    decisionNumber = issued.decision.number;
    decisionId = issued.decision.id;
    expect(decisionNumber).toBe('1/QĐ-UBND');
    expect(issued.proposal.state).toBe('DECIDED');
    const ruleSet = (await loadTenantRuleSets(database.db, fx.tenantA)).at(SIGNED_ON);
    const expected = awardAmountVnd(ruleSet, AWARD, 'individual', toDay(SIGNED_ON));
    // 3.0 × 2,340,000 đ (base salary from 1/7/2024), already a multiple of 10,000 đ.
    expect(expected).toBe(7_020_000);
    const rows = await database.db
      .select()
      .from(award)
      .where(and(eq(award.tenantId, fx.tenantA), eq(award.decisionId, issued.decision.id)));
    expect(rows.map((r) => r.subjectId).sort()).toEqual([...pv.nominees.eligible].sort());
    for (const r of rows) expect(r).toMatchObject({ awardCode: AWARD, amountVnd: expected, year: YEAR });
    // The decision is in the records' register too (records, timeline and search read it there).
    const [reg] = await database.db
      .select()
      .from(decision)
      .where(and(eq(decision.tenantId, fx.tenantA), eq(decision.id, issued.decision.id)));
    expect(reg).toMatchObject({ number: decisionNumber, signedOn: SIGNED_ON });
    for (const personId of pv.nominees.eligible) {
      const person = ok(await pv.leader.get(`/api/people/${personId}`));
      expect(person.awards).toContainEqual(
        expect.objectContaining({ awardCode: AWARD, amountVnd: expected, decisionNumber }),
      );
    }
    const other = ok(await pv.leader.get(`/api/people/${pv.nominees.ineligible}`));
    expect(other.awards.some((a: { awardCode: string }) => a.awardCode === AWARD)).toBe(false);
  });

  it('the submitter sees every step in the history and was notified of each', async () => {
    const p = ok(await pv.officer.get(`/api/proposals/${proposalId}`));
    const steps = p.history.map((h: { command: string; toState: string }) => `${h.command}→${h.toState}`);
    expect(steps).toEqual(
      expect.arrayContaining([
        'create→DRAFT',
        'submitForReview→UNIT_REVIEW',
        'submit→SUBMITTED',
        'receive→RECEIVED',
        'returnProposal→RETURNED',
        'putComponent→RETURNED',
        'startAppraisal→APPRAISAL',
        'confirmItem→APPRAISAL',
        'openCouncil→COUNCIL_VOTE',
        'closeCouncil→DECISION_PENDING',
        'issueDecision→DECIDED',
      ]),
    );
    const order = ['returnProposal', 'submit', 'startAppraisal', 'closeCouncil', 'issueDecision'];
    const lastIndex = (c: string) => steps.findLastIndex((s: string) => s.startsWith(`${c}→`));
    expect(order.map(lastIndex)).toEqual([...order.map(lastIndex)].sort((a, b) => a - b));
    // History carries no ballot choice.
    expect(JSON.stringify(p.history)).not.toMatch(/"choice"|"YES"/);
    const notes = ok(await pv.officer.get('/api/notifications'));
    expect(notes.items.filter((n: { proposalId: string }) => n.proposalId === proposalId).length).toBe(
      p.history.length,
    );
  });

  it('revoking a decided award marks it once, records the recovery and makes stale edits conflict', async () => {
    const { database, fx } = env();
    const [target] = await database.db
      .select()
      .from(award)
      .where(and(eq(award.tenantId, fx.tenantA), eq(award.decisionId, decisionId)));
    const revoke = {
      awardId: target!.id,
      ground: 'b',
      revokedOn: '2026-03-01',
      reason: 'Hồ sơ có tài liệu giả mạo',
      recoverCertificate: true,
      recoverMoney: true,
    };
    const res = await pv.leader.post(`/api/decisions/${decisionId}/revocations`, revoke);
    expect(res.status).toBeLessThan(300);
    // The proposal page shows which award was revoked, and only that one.
    const revokedItems = res.body.items.filter((i: { awardRevoked: boolean }) => i.awardRevoked);
    expect(revokedItems.map((i: { awardId: string }) => i.awardId)).toEqual([target!.id]);
    const [after] = await database.db
      .select()
      .from(award)
      .where(and(eq(award.tenantId, fx.tenantA), eq(award.id, target!.id)));
    expect(after).toMatchObject({
      isRevoked: true,
      revokedOn: '2026-03-01',
      revocationGround: 'B',
      version: target!.version + 1,
    });
    // An edit made from the records page with the version read before the revocation conflicts.
    const stale = await pv.officer.patch(`/api/awards/${target!.id}`, {
      version: target!.version,
      achievement: 'Sửa',
    });
    expect(stale.status).toBe(409);
    const again = await pv.leader.post(`/api/decisions/${decisionId}/revocations`, revoke);
    expect(again.body.error.code).toBe('AWARD_ALREADY_REVOKED');
  });
});
