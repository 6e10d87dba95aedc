import { and, eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { auditEvent, award, hold } from '../../db/schema/index';
import { newId } from '../../lib/ids';
import { todayVn } from '../../platform/clock';
import { ApiClient } from '../../test/client';
import { docxText, readDocxPart } from '../../test/docx-read';
import { describeEngines } from '../../test/engines';
import { createFixtureUser } from '../../test/fixtures';
import { seedProposal } from '../../test/proposal-seeds';

// Inspections end to end: an inspector plans the year's inspections of its subtree, records a
// finding that holds a person of an inspected unit (the pending dossier shows the hold at once),
// completes the follow-up (the hold is released), and downloads the report; an inspector of
// another unit is refused all of it.

const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const vn = (iso: string) => iso.split('-').reverse().join('/');

describeEngines('inspections (kiểm tra công tác thi đua, khen thưởng)', (env) => {
  let inspector: ApiClient;
  let outsider: ApiClient;
  let planId = '';
  let proposalId = '';
  let person = '';
  let awardId = '';
  const title = 'Kế hoạch kiểm tra công tác thi đua, khen thưởng năm 2026';

  beforeAll(async () => {
    const { app, database, fx } = env();
    inspector = await ApiClient.login(app, fx.users.INSPECTOR);
    const username = `kiemtra.khac.${newId().slice(-8)}`;
    await createFixtureUser(database.db, fx.tenantA, {
      username,
      fullName: 'Cán bộ kiểm tra đơn vị khác',
      roles: ['INSPECTOR'],
      unitId: fx.other.id,
    });
    outsider = await ApiClient.login(app, username);
    const p = await seedProposal(database.db, fx, 'own', { state: 'APPRAISAL' });
    proposalId = p.id;
    person = p.person;
    awardId = newId();
    await database.db.insert(award).values({
      tenantId: fx.tenantA,
      id: awardId,
      subjectType: 'PERSON',
      subjectId: person,
      awardCode: 'CSTDCS',
      year: 2024,
    });
  });

  it('plans the year within the subtree: create, read, list, edit, refuse a unit outside, delete', async () => {
    const { fx, database } = env();
    const created = await inspector.post('/api/inspection-plans', {
      unitId: fx.own.id,
      year: 2026,
      title,
      basis: 'Kế hoạch số 12/KH-UBND',
      units: [
        { unitId: fx.ownChild.id, startsOn: '2026-10-05', endsOn: '2026-10-07' },
        { unitId: fx.own.id, startsOn: '2026-10-12', endsOn: '2026-10-12' },
      ],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    planId = created.body.id;
    expect(created.body).toMatchObject({ year: 2026, unitId: fx.own.id, unitCount: 2, findingCount: 0 });

    const listed = await inspector.get('/api/inspection-plans?year=2026');
    expect(listed.body.items.map((p: { id: string }) => p.id)).toContain(planId);

    const edited = await inspector.put(`/api/inspection-plans/${planId}`, {
      version: 1,
      title,
      basis: 'Kế hoạch số 12/KH-UBND ngày 15/01/2026',
      units: [{ unitId: fx.ownChild.id, startsOn: '2026-10-05', endsOn: '2026-10-08' }],
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body.units).toEqual([
      expect.objectContaining({ unitId: fx.ownChild.id, startsOn: '2026-10-05', endsOn: '2026-10-08' }),
    ]);
    expect(edited.body.version).toBe(2);
    const stale = await inspector.put(`/api/inspection-plans/${planId}`, {
      version: 1,
      title,
      units: [{ unitId: fx.ownChild.id, startsOn: '2026-10-05', endsOn: '2026-10-08' }],
    });
    expect(stale.body.error.code).toBe('VERSION_CONFLICT');

    const outside = await inspector.post('/api/inspection-plans', {
      unitId: fx.own.id,
      year: 2026,
      title: 'Kế hoạch kiểm tra đơn vị ngoài phạm vi',
      units: [{ unitId: fx.other.id, startsOn: '2026-10-05', endsOn: '2026-10-06' }],
    });
    expect(outside.status).toBe(400);
    expect(outside.body.error.code).toBe('INSPECTION_UNIT_OUTSIDE_PLAN');
    const twice = await inspector.post('/api/inspection-plans', {
      unitId: fx.own.id,
      year: 2026,
      title,
      units: [{ unitId: fx.own.id, startsOn: '2026-11-02', endsOn: '2026-11-02' }],
    });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('INSPECTION_PLAN_DUPLICATE');
    const backwards = await inspector.post('/api/inspection-plans', {
      unitId: fx.own.id,
      year: 2026,
      title: 'Kế hoạch có ngày ngược',
      units: [{ unitId: fx.own.id, startsOn: '2026-11-05', endsOn: '2026-11-02' }],
    });
    expect(backwards.status).toBe(400);

    const spare = await inspector.post('/api/inspection-plans', {
      unitId: fx.own.id,
      year: 2027,
      title: 'Kế hoạch kiểm tra năm sau',
      units: [{ unitId: fx.own.id, startsOn: '2027-03-02', endsOn: '2027-03-03' }],
    });
    expect(spare.status).toBe(201);
    expect((await inspector.request('DELETE', `/api/inspection-plans/${spare.body.id}`)).status).toBe(200);
    expect((await inspector.get(`/api/inspection-plans/${spare.body.id}`)).status).toBe(404);

    const audits = await database.db.select().from(auditEvent).where(eq(auditEvent.entityId, planId));
    expect(audits.map((a) => a.action).sort()).toEqual(['inspection.plan.create', 'inspection.plan.update']);
  });

  it('a finding that holds a person puts the hold on the pending dossier; completing it releases the hold', async () => {
    const { app, database, fx } = env();
    const dueOn = addDays(todayVn(), 3);
    const recorded = await inspector.post(`/api/inspection-plans/${planId}/findings`, {
      unitId: fx.ownChild.id,
      content: 'Đề nghị danh hiệu Chiến sĩ thi đua cơ sở không có sáng kiến được công nhận.',
      recommendation: 'Rà soát lại sáng kiến làm căn cứ đề nghị',
      followUpDueOn: dueOn,
      action: 'HOLD',
      subjectId: person,
    });
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(201);
    const finding = recorded.body.findings[0];
    expect(finding).toMatchObject({ action: 'HOLD', subjectId: person, completedOn: null });
    expect(finding.holdId).toBeTruthy();

    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const held = await officer.get(`/api/proposals/${proposalId}`);
    expect(held.status).toBe(200);
    const item = held.body.items.find((i: { subjectId: string }) => i.subjectId === person);
    expect(item.openHolds).toEqual([expect.objectContaining({ reason: 'THANH_TRA' })]);
    expect(item.openHolds[0].note).toContain(title);

    // Due in three days: the inspector's queue shows it, linked to the plan.
    const queue = await inspector.get('/api/my-work');
    const work = queue.body.items.find((i: { refId: string }) => i.refId === finding.id);
    expect(work).toMatchObject({ kind: 'INSPECTION_FOLLOW_UP', link: `/kiem-tra/${planId}`, dueOn });

    const done = await inspector.post(`/api/inspection-findings/${finding.id}/complete`, {
      version: 1,
      note: 'Đơn vị đã rút đề nghị và bổ sung sáng kiến được công nhận.',
    });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body.findings[0].completedOn).toBe(todayVn());
    const released = await officer.get(`/api/proposals/${proposalId}`);
    const again = released.body.items.find((i: { subjectId: string }) => i.subjectId === person);
    expect(again.openHolds).toEqual([]);
    const [closed] = await database.db
      .select()
      .from(hold)
      .where(and(eq(hold.tenantId, fx.tenantA), eq(hold.id, finding.holdId)));
    expect(closed?.closedReason).toContain(title);
    expect(
      (await inspector.get('/api/my-work')).body.items.some((i: { refId: string }) => i.refId === finding.id),
    ).toBe(false);
    const twice = await inspector.post(`/api/inspection-findings/${finding.id}/complete`, {
      version: 2,
      note: 'Lần hai.',
    });
    expect(twice.body.error.code).toBe('INSPECTION_FINDING_COMPLETED');
    const actions = (
      await database.db.select().from(auditEvent).where(eq(auditEvent.entityId, finding.holdId))
    ).map((a) => a.action);
    expect(actions.sort()).toEqual(['hold.close', 'hold.open']);
  });

  it('revokes at once only for a user who may revoke there; the inspector alone is refused and nothing is kept', async () => {
    const { app, database, fx } = env();
    const held = newId();
    await database.db.insert(award).values({
      tenantId: fx.tenantA,
      id: held,
      subjectType: 'PERSON',
      subjectId: person,
      awardCode: 'LDTT',
      year: 2023,
    });
    const finding = (revokeNow: boolean) => ({
      unitId: fx.ownChild.id,
      content: 'Hồ sơ năm 2023 kê khai sai số liệu sáng kiến.',
      recommendation: 'Thu hồi danh hiệu theo khoản 2 Điều 93',
      followUpDueOn: '2026-12-31',
      action: 'REVOCATION',
      awardId: held,
      ground: 'B',
      revokeNow,
    });
    const refused = await inspector.post(`/api/inspection-plans/${planId}/findings`, finding(true));
    expect(refused.status).toBe(403);
    const untouched = await database.db.select().from(award).where(eq(award.id, held));
    expect(untouched[0]?.isRevoked).toBe(false);
    const username = `kiemtra.lanhdao.${newId().slice(-8)}`;
    await createFixtureUser(database.db, fx.tenantA, {
      username,
      fullName: 'Lãnh đạo kiêm kiểm tra',
      roles: ['INSPECTOR', 'LEADER'],
      unitId: fx.own.id,
    });
    const leader = await ApiClient.login(app, username);
    const done = await leader.post(`/api/inspection-plans/${planId}/findings`, finding(true));
    expect(done.status, JSON.stringify(done.body)).toBe(201);
    const [revoked] = await database.db.select().from(award).where(eq(award.id, held));
    expect(revoked).toMatchObject({ isRevoked: true, revocationGround: 'B' });
    const f = done.body.findings.find((x: { award: { id: string } | null }) => x.award?.id === held);
    expect(f.award.isRevoked).toBe(true);
  });

  it('a finding may name an award to revoke, with its ground, only of the inspected unit', async () => {
    const { fx } = env();
    const revocation = await inspector.post(`/api/inspection-plans/${planId}/findings`, {
      unitId: fx.ownChild.id,
      content: 'Thành tích kê khai năm 2024 không đúng sự thật theo hồ sơ lưu.',
      recommendation: 'Đề nghị cấp có thẩm quyền thu hồi danh hiệu',
      followUpDueOn: '2026-12-31',
      action: 'REVOCATION',
      awardId,
      ground: 'B',
    });
    expect(revocation.status, JSON.stringify(revocation.body)).toBe(201);
    const f = revocation.body.findings.find((x: { award: { id: string } | null }) => x.award?.id === awardId);
    expect(f.award).toMatchObject({ id: awardId, awardCode: 'CSTDCS', ground: 'B', isRevoked: false });
    const noGround = await inspector.post(`/api/inspection-plans/${planId}/findings`, {
      unitId: fx.ownChild.id,
      content: 'Thiếu căn cứ thu hồi trong kết luận.',
      recommendation: 'Thu hồi',
      followUpDueOn: '2026-12-31',
      action: 'REVOCATION',
      awardId,
    });
    expect(noGround.status).toBe(400);
    const notInPlan = await inspector.post(`/api/inspection-plans/${planId}/findings`, {
      unitId: fx.own.id,
      content: 'Đơn vị này không có trong kế hoạch kiểm tra.',
      recommendation: 'Không áp dụng',
      followUpDueOn: '2026-12-31',
    });
    expect(notInPlan.body.error.code).toBe('INSPECTION_UNIT_NOT_IN_PLAN');
  });

  it('refuses an inspector of another unit, and an officer without the permission (FORBIDDEN)', async () => {
    const { app, fx } = env();
    for (const res of [
      await outsider.get(`/api/inspection-plans/${planId}`),
      await outsider.put(`/api/inspection-plans/${planId}`, {
        version: 2,
        title,
        units: [{ unitId: fx.ownChild.id, startsOn: '2026-10-05', endsOn: '2026-10-08' }],
      }),
      await outsider.post(`/api/inspection-plans/${planId}/findings`, {
        unitId: fx.ownChild.id,
        content: 'Ghi kết quả ngoài phạm vi của mình.',
        recommendation: 'Không được phép',
        followUpDueOn: '2026-12-31',
      }),
      await outsider.get(`/api/inspection-plans/${planId}/report.docx`),
      await outsider.request('DELETE', `/api/inspection-plans/${planId}`),
      await outsider.post('/api/inspection-plans', {
        unitId: fx.own.id,
        year: 2026,
        title: 'Kế hoạch lập cho đơn vị khác',
        units: [{ unitId: fx.own.id, startsOn: '2026-10-05', endsOn: '2026-10-06' }],
      }),
    ]) {
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('FORBIDDEN');
    }
    expect((await outsider.get('/api/inspection-plans')).body.items).toEqual([]);
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const denied = await officer.get(`/api/inspection-plans/${planId}`);
    expect(denied.status).toBe(403);
    expect(denied.body.error.code).toBe('FORBIDDEN');
  });

  it("produces the plan's report as .docx with its units, dates, findings and follow-up", async () => {
    const res = await inspector.request('GET', `/api/inspection-plans/${planId}/report.docx`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('wordprocessingml');
    const text = docxText(await readDocxPart(Buffer.from(res.body as ArrayBuffer), 'word/document.xml'));
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain('Kết quả kiểm tra công tác thi đua, khen thưởng năm 2026');
    expect(text).toContain(title);
    expect(text).toContain('Trường THPT Số 1');
    expect(text).toContain('05/10/2026 – 08/10/2026');
    expect(text).toContain('Rà soát lại sáng kiến làm căn cứ đề nghị');
    expect(text).toContain(`Hoàn thành ngày ${vn(todayVn())}`);
    expect(text).toContain('Đề nghị thu hồi');
    expect(text).toContain('điểm b khoản 2 Điều 93');
    expect(text).toContain('Chưa hoàn thành');
  });
});
