import { toDay } from '@vinhdanh/domain/rules/dates';
import { awardAmountVnd } from '@vinhdanh/domain/rules/money';
import { ruleSetAt } from '@vinhdanh/domain/rules/registry';
import { expect, it } from 'vitest';
import { household } from '../../db/schema/index';
import { newId } from '../../lib/ids';
import { ApiClient } from '../../test/client';
import { describeEngines } from '../../test/engines';
import { addPerson } from '../../test/fixtures';

describeEngines('records: awards, decisions, revocation', (env) => {
  it('computes the money from the rule set in force on the decision date', async () => {
    const { app, fx, database } = env();
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const id = await addPerson(database.db, fx.tenantA, fx.ownChild.id, 'Quách Thị Duyên');
    const res = await officer.post('/api/awards', {
      subjectId: id,
      awardCode: 'CSTDCS',
      year: 2024,
      decisionNumber: '88/QĐ-SGD',
      decisionDate: '2025-02-10',
    });
    expect(res.status).toBe(201);
    const expected = awardAmountVnd(ruleSetAt('2025-02-10'), 'CSTDCS', 'individual', toDay('2025-02-10'));
    expect(expected).toBeGreaterThan(0);
    expect(res.body).toMatchObject({ kind: 'CONG_TRANG', amountVnd: expected, isRevoked: false, version: 1 });
    const older = await officer.patch(`/api/awards/${res.body.id}`, {
      version: 1,
      decisionDate: '2020-02-10',
      decisionNumber: '88/QĐ-SGD',
    });
    expect(older.body.amountVnd).toBe(
      awardAmountVnd(ruleSetAt('2020-02-10'), 'CSTDCS', 'individual', toDay('2020-02-10')),
    );
    expect(older.body.version).toBe(2);
  });

  it('refuses an award the catalogue does not give to the subject, in Vietnamese', async () => {
    const { app, fx } = env();
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const res = await officer.post('/api/awards', {
      subjectId: fx.people.own,
      awardCode: 'TTLDXS',
      year: 2024,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0]).toMatchObject({ path: 'awardCode' });
    expect(res.body.error.details[0].message).toMatch(/không xét cho cá nhân/);
    const merit = await officer.post('/api/awards', {
      subjectId: fx.people.own,
      awardCode: 'LDTT',
      kind: 'DOT_XUAT',
      year: 2024,
    });
    expect(merit.body.error.details[0].path).toBe('kind');
  });

  it('links awards to a registered decision, which lists the awards in scope', async () => {
    const { app, fx, database } = env();
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const d = await officer.post('/api/decisions', {
      number: '123/QĐ-UBND',
      signedOn: '2025-01-20',
      issuer: 'Sở Giáo dục',
      signer: 'Giám đốc',
    });
    expect(d.status).toBe(201);
    const dup = await officer.post('/api/decisions', {
      number: '123/QĐ-UBND',
      signedOn: '2025-01-20',
      issuer: 'So Giao duc',
    });
    expect(dup.body.error.code).toBe('DUPLICATE_DECISION_NUMBER');
    const id = await addPerson(database.db, fx.tenantA, fx.ownChild.id, 'Lạc Văn Phúc');
    const byId = await officer.post('/api/awards', {
      subjectId: id,
      awardCode: 'BK_BO_TINH',
      year: 2024,
      decisionId: d.body.id,
    });
    expect(byId.body).toMatchObject({
      decisionNumber: '123/QĐ-UBND',
      decisionDate: '2025-01-20',
      decisionId: d.body.id,
    });
    const byNumber = await officer.post('/api/awards', {
      subjectId: fx.ownChild.id,
      awardCode: 'BK_BO_TINH',
      year: 2024,
      decisionNumber: '123/QĐ-UBND',
    });
    expect(byNumber.body).toMatchObject({ subjectType: 'COLLECTIVE', decisionId: d.body.id });
    expect(byNumber.body.amountVnd).toBe(
      awardAmountVnd(ruleSetAt('2025-01-20'), 'BK_BO_TINH', 'collective', toDay('2025-01-20')),
    );
    const detail = await officer.get(`/api/decisions/${d.body.id}`);
    expect(detail.body.decision.number).toBe('123/QĐ-UBND');
    expect(detail.body.awards.map((a: { subjectName: string }) => a.subjectName).sort()).toEqual([
      'Lạc Văn Phúc',
      'Trường THPT Số 1',
    ]);
    const list = await officer.get('/api/decisions?q=123/qđ');
    expect(list.body.items.map((x: { number: string }) => x.number)).toContain('123/QĐ-UBND');
  });

  it('revocation keeps the award, marked, and the engine stops counting it', async () => {
    const { app, fx, database } = env();
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const id = await addPerson(database.db, fx.tenantA, fx.ownChild.id, 'Kim Thị Ngân', {
      recruitedOn: '2015-09-01',
    });
    const awards: Record<number, string> = {};
    for (const year of [2022, 2023, 2024]) {
      await officer.post('/api/ratings', { subjectId: id, year, rating: 'HTXSNV' });
      await officer.post('/api/awards', {
        subjectId: id,
        awardCode: 'LDTT',
        year,
        decisionDate: `${year + 1}-01-15`,
      });
      const cs = await officer.post('/api/awards', {
        subjectId: id,
        awardCode: 'CSTDCS',
        year,
        decisionDate: `${year + 1}-01-15`,
      });
      awards[year] = cs.body.id;
    }
    await officer.post('/api/initiatives', {
      title: 'Số hóa hồ sơ',
      scope: 'BO_TINH',
      year: 2024,
      authors: [{ personId: id, sharePct: 100 }],
    });
    const verdict = async () => {
      const res = await officer.get(`/api/subjects/${id}/eligibility?year=2024`);
      return res.body.verdicts.find((v: { award: string }) => v.award === 'CSTD_BO_TINH').eligible;
    };
    expect(await verdict()).toBe(true);
    const revoked = await officer.post(`/api/awards/${awards[2023]}/revoke`, {
      version: 1,
      ground: 'B',
      revokedOn: '2025-06-01',
    });
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({
      isRevoked: true,
      revocationGround: 'B',
      revokedOn: '2025-06-01',
      version: 2,
    });
    expect(await verdict()).toBe(false);
    const again = await officer.post(`/api/awards/${awards[2023]}/revoke`, {
      version: 2,
      ground: 'B',
      revokedOn: '2025-06-01',
    });
    expect(again.body.error.code).toBe('AWARD_ALREADY_REVOKED');
    const del = await officer.request('DELETE', `/api/awards/${awards[2023]}`);
    expect(del.body.error.code).toBe('AWARD_ALREADY_REVOKED');
    const timeline = await officer.get(`/api/people/${id}/timeline`);
    const y2023 = timeline.body.years.find((y: { year: number }) => y.year === 2023);
    expect(y2023.titles.find((t: { awardCode: string }) => t.awardCode === 'CSTDCS')).toMatchObject({
      isRevoked: true,
    });
  });

  it('records a household’s Gia đình văn hóa, scoped by its village, and finds it by the head’s name', async () => {
    const { app, fx, database } = env();
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const id = newId();
    await database.db
      .insert(household)
      .values({ tenantId: fx.tenantA, id, unitId: fx.ownChild.id, headName: 'Bùi Văn Hộ', address: 'Xóm 2' });
    const ok = await officer.post('/api/awards', { subjectId: id, awardCode: 'GD_VH', year: 2024 });
    expect(ok.status).toBe(201);
    expect(ok.body.subjectType).toBe('HOUSEHOLD');
    const wrong = await officer.post('/api/awards', { subjectId: id, awardCode: 'LDTT', year: 2024 });
    expect(wrong.body.error.details[0].message).toMatch(/không xét cho hộ gia đình/);
    const found = await officer.get('/api/awards?q=bui%20van%20ho&awardCode=GD_VH');
    expect(found.body.items).toEqual([
      expect.objectContaining({
        subjectName: 'Bùi Văn Hộ',
        subjectType: 'HOUSEHOLD',
        unitId: fx.ownChild.id,
      }),
    ]);
  });
});
