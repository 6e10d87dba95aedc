import { expect, it } from 'vitest';
import { ApiClient } from '../../test/client';
import { describeEngines } from '../../test/engines';
import { addPerson } from '../../test/fixtures';
import { filledTemplate, upload } from '../imports/import-test-files';

// Links between records check scope (issue 14, item 5): a unit officer of Sở Giáo dục (`own`)
// cannot attach a record of theirs to something outside their subtree — a decision issued by a
// sibling (Sở Y tế) or by the province, a person of another unit — nor the reverse.

describeEngines('links between records check scope', (env) => {
  it('an award cannot point to a decision issued outside the officer’s scope', async () => {
    const { app, fx, database } = env();
    const admin = await ApiClient.login(app, fx.tenantAdmin);
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const decisionOf = async (number: string, issuer: string, issuerUnitId?: string) => {
      const res = await admin.post('/api/decisions', {
        number,
        signedOn: '2025-03-01',
        issuer,
        ...(issuerUnitId ? { issuerUnitId } : {}),
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body.id as string;
    };
    const sibling = await decisionOf('31/QĐ-SYT', 'Sở Y tế', fx.other.id);
    const province = await decisionOf('32/QĐ-UBND', 'UBND tỉnh A', fx.root.id);
    const ownUnit = await decisionOf('33/QĐ-SGD', 'Sở Giáo dục', fx.own.id);
    const external = await decisionOf('34/QĐ-TTg', 'Thủ tướng Chính phủ');
    const personId = await addPerson(database.db, fx.tenantA, fx.ownChild.id, 'Vi Thị Hằng');
    const award = (body: Record<string, unknown>) =>
      officer.post('/api/awards', { subjectId: personId, awardCode: 'BK_BO_TINH', year: 2024, ...body });

    for (const decisionId of [sibling, province]) {
      const res = await award({ decisionId });
      expect(res.status, JSON.stringify(res.body)).toBe(403);
      expect(res.body.error.code).toBe('DECISION_OUT_OF_SCOPE');
      expect(res.body.error.message).toContain('ngoài phạm vi quản lý');
    }
    // Its own unit's decision and an issuer outside the tenant are linked.
    const linked = await award({ decisionId: ownUnit });
    expect(linked.status, JSON.stringify(linked.body)).toBe(201);
    expect(linked.body).toMatchObject({ decisionId: ownUnit, decisionNumber: '33/QĐ-SGD' });
    const pm = await award({ decisionId: external, awardCode: 'BK_TTG' });
    expect(pm.body).toMatchObject({ decisionId: external });

    // Editing an award cannot move it onto such a decision either, and nothing changes.
    const moved = await officer.patch(`/api/awards/${linked.body.id}`, { version: 1, decisionId: sibling });
    expect(moved.status).toBe(403);
    expect(moved.body.error.code).toBe('DECISION_OUT_OF_SCOPE');
    const sib = await admin.get(`/api/decisions/${sibling}`);
    expect(sib.body.awards).toEqual([]);

    // Typing the number of the province's decision records the text, unlinked.
    const typed = await award({ decisionNumber: '32/QĐ-UBND', decisionDate: '2025-03-01' });
    expect(typed.status, JSON.stringify(typed.body)).toBe(201);
    expect(typed.body).toMatchObject({ decisionId: null, decisionNumber: '32/QĐ-UBND' });
    expect((await admin.get(`/api/decisions/${province}`)).body.awards).toEqual([]);

    // The tenant administrator, whose scope is the whole province, links to any of them.
    const byAdmin = await admin.post('/api/awards', {
      subjectId: personId,
      awardCode: 'BK_BO_TINH',
      year: 2023,
      decisionId: province,
    });
    expect(byAdmin.status, JSON.stringify(byAdmin.body)).toBe(201);
    expect(byAdmin.body.decisionId).toBe(province);
  });

  it('records, proposal items, initiative authors and account links refuse subjects outside scope', async () => {
    const { app, fx } = env();
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const other = fx.people.other;

    const award = await officer.post('/api/awards', { subjectId: other, awardCode: 'CSTDCS', year: 2024 });
    expect([award.status, award.body.error.code]).toEqual([403, 'FORBIDDEN']);
    const rating = await officer.post('/api/ratings', { subjectId: other, year: 2024, rating: 'HTXSNV' });
    expect([rating.status, rating.body.error.code]).toEqual([403, 'FORBIDDEN']);
    const initiative = await officer.post('/api/initiatives', {
      title: 'Sáng kiến ghép tác giả đơn vị khác',
      type: 'SANG_KIEN',
      scope: 'CO_SO',
      year: 2024,
      isApplied: true,
      authors: [
        { personId: fx.people.own, sharePct: 50 },
        { personId: other, sharePct: 50 },
      ],
    });
    expect([initiative.status, initiative.body.error.code]).toEqual([403, 'FORBIDDEN']);

    const proposal = await officer.post('/api/proposals', {
      kind: 'CONG_TRANG',
      title: 'Đề nghị có người của đơn vị khác',
      year: 2024,
      submittingUnitId: fx.own.id,
      items: [{ subjectType: 'PERSON', subjectId: other, awardCode: 'CSTDCS' }],
    });
    expect(proposal.status, JSON.stringify(proposal.body)).toBe(400);
    expect(proposal.body.error.code).toBe('INVALID_INPUT');
    expect(proposal.body.error.details[0]).toMatchObject({ path: 'items.0.subjectId' });

    // An administrator of Sở Giáo dục cannot link an account to a person of Sở Y tế.
    const unitAdmin = await ApiClient.login(app, fx.users.TENANT_ADMIN);
    const user = await unitAdmin.post('/api/users', {
      username: `lienket.${Date.now().toString(36)}`,
      fullName: 'Tài khoản gắn sai người',
      password: 'Cay-da-dau-lang-88',
      roles: ['VIEWER'],
      unitId: fx.own.id,
      personId: other,
    });
    expect([user.status, user.body.error.code]).toEqual([403, 'FORBIDDEN']);
  });

  it('an award imported from a file is not linked to a decision issued outside the officer’s scope', async () => {
    const { app, fx } = env();
    const admin = await ApiClient.login(app, fx.tenantAdmin);
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const decisionOf = async (number: string, issuer: string, issuerUnitId: string) => {
      const res = await admin.post('/api/decisions', {
        number,
        signedOn: '2025-04-01',
        issuer,
        issuerUnitId,
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body.id as string;
    };
    const sibling = await decisionOf('41/QĐ-SYT', 'Sở Y tế', fx.other.id);
    const province = await decisionOf('42/QĐ-UBND', 'UBND tỉnh A', fx.root.id);
    const ownUnit = await decisionOf('43/QĐ-SGD', 'Sở Giáo dục', fx.own.id);
    const row = (decisionNumber: string, issuer: string, awardCode: string) => ({
      fullName: 'Nguyễn Văn Đức',
      birthDate: '1985-04-12',
      citizenId: '001203004005',
      unitCode: 'OWN-1',
      awardCode,
      kind: 'CONG_TRANG',
      year: 2024,
      periodStartYear: null,
      decisionNumber,
      decisionDate: '2025-04-01',
      issuer,
      signer: null,
      amountVnd: null,
      achievement: null,
    });
    const file = await filledTemplate('awards', [
      row('41/QĐ-SYT', 'Sở Y tế', 'GIAY_KHEN'),
      row('42/QĐ-UBND', 'UBND tỉnh A', 'BK_BO_TINH'),
      row('43/QĐ-SGD', 'Sở Giáo dục', 'LDTT'),
    ]);
    const run = await officer.post('/api/imports', upload('awards', 'khen-thuong.xlsx', file));
    expect(run.status, JSON.stringify(run.body)).toBe(201);
    expect(run.body.report.problems).toEqual([]);
    const done = await officer.post(`/api/imports/${run.body.id}/commit`, { confirmations: [] });
    expect(done.status, JSON.stringify(done.body)).toBe(200);

    // The sibling's and the province's registers are untouched: the file's numbers are kept as
    // decisions of an outside register, by issuer name, like any issuer the tenant does not own.
    for (const id of [sibling, province]) {
      expect((await admin.get(`/api/decisions/${id}`)).body.awards, id).toEqual([]);
    }
    const own = (await admin.get(`/api/decisions/${ownUnit}`)).body.awards as { awardCode: string }[];
    expect(own.map((a) => a.awardCode)).toEqual(['LDTT']);
  });
});
