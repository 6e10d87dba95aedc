import { expect, it } from 'vitest';
import { award } from '../../db/schema/index';
import { newId } from '../../lib/ids';
import { readXlsxRows } from '../../lib/xlsx';
import { ApiClient } from '../../test/client';
import { describeEngines } from '../../test/engines';
import { addPerson, addRating } from '../../test/fixtures';
import { fileBody } from '../../test/upload-files';

describeEngines('movements', (env) => {
  async function movementOf(client: ApiClient, form: 'THUONG_XUYEN' | 'CHUYEN_DE') {
    const res = await client.post('/api/movements', {
      form,
      ownerUnitId: env().fx.root.id,
      title: form === 'CHUYEN_DE' ? 'Chung sức xây dựng nông thôn mới' : 'Thi đua yêu nước năm 2025',
      year: 2025,
      launchingAuthority: 'Chủ tịch UBND tỉnh',
      level: 'BO_TINH',
      scope: 'BO_BAN_NGANH_DOAN_THE_DIA_PHUONG',
      participation: 'TENANT',
      startDate: '2021-01-01',
      endDate: '2025-12-31',
      milestones: [{ kind: 'TONG_KET', dueOn: '2025-12-15' }],
    });
    expect(res.status).toBe(201);
    return res.body;
  }

  /** Five years of ratings and three CSTĐCS: all BK_TTG needs besides the prior Bằng khen. */
  async function meritHistory(name: string) {
    const { database, fx } = env();
    const id = await addPerson(database.db, fx.tenantA, fx.ownChild.id, name, { recruitedOn: '2010-01-01' });
    for (const year of [2021, 2022, 2023, 2024, 2025]) await addRating(database.db, fx.tenantA, id, year);
    for (const year of [2022, 2023, 2024]) {
      await database.db.insert(award).values({
        tenantId: fx.tenantA,
        id: newId(),
        subjectType: 'PERSON',
        subjectId: id,
        awardCode: 'CSTDCS',
        year,
        decisionDate: `${year + 1}-01-10`,
      });
    }
    return id;
  }

  it('walks the lifecycle and refuses a step back', async () => {
    const admin = await ApiClient.login(env().app, env().fx.tenantAdmin);
    const m = await movementOf(admin, 'THUONG_XUYEN');
    expect(m.state).toBe('DRAFT');
    expect(m.participantCount).toBeGreaterThan(1);
    let res = await admin.post(`/api/movements/${m.id}/transition`, { version: 1, to: 'LAUNCHED' });
    expect(res.body.state).toBe('LAUNCHED');
    res = await admin.post(`/api/movements/${m.id}/transition`, { version: 1, to: 'INTERIM_REVIEW' });
    expect(res.body.error.code).toBe('VERSION_CONFLICT');
    res = await admin.post(`/api/movements/${m.id}/transition`, { version: 2, to: 'DRAFT' });
    expect(res.body.error.code).toBe('MOVEMENT_INVALID_TRANSITION');
  });

  it('sends what the reader may do on a movement: the province manages it, a unit below only reads it', async () => {
    const admin = await ApiClient.login(env().app, env().fx.tenantAdmin);
    const below = await ApiClient.login(env().app, env().fx.users.TENANT_ADMIN);
    const m = await movementOf(admin, 'THUONG_XUYEN');
    expect((await admin.get(`/api/movements/${m.id}`)).body.allowedActions).toEqual({ manage: true });
    const read = await below.get(`/api/movements/${m.id}`);
    expect(read.status).toBe(200);
    expect(read.body.allowedActions).toEqual({ manage: false });
    // The transition route agrees.
    const res = await below.post(`/api/movements/${m.id}/transition`, { version: 1, to: 'LAUNCHED' });
    expect(res.status).toBe(403);
  });

  it('stores an award of a thematic movement as CHUYEN_DE, and the engine keeps it out of the BK_TTG chain', async () => {
    const admin = await ApiClient.login(env().app, env().fx.tenantAdmin);
    const thematic = await movementOf(admin, 'CHUYEN_DE');
    const regular = await movementOf(admin, 'THUONG_XUYEN');
    const viaThematic = await meritHistory('Hà Thị Thu');
    const viaRegular = await meritHistory('Hà Văn Xuân');
    const give = (movementId: string, subjectId: string) =>
      admin.post(`/api/movements/${movementId}/awards`, {
        subjectType: 'PERSON',
        subjectId,
        awardCode: 'BK_BO_TINH',
        year: 2020,
        decisionNumber: `${newId().slice(-6)}/QĐ-UBND`,
        decisionDate: '2020-12-20',
      });
    const a = await give(thematic.id, viaThematic);
    expect(a.status).toBe(201);
    expect(a.body.kind).toBe('CHUYEN_DE');
    expect((await give(regular.id, viaRegular)).body.kind).toBe('CONG_TRANG');

    const page = await admin.get(`/api/movements/${thematic.id}`);
    expect(page.body.awards).toEqual([
      expect.objectContaining({ awardCode: 'BK_BO_TINH', kind: 'CHUYEN_DE', subjectName: 'Hà Thị Thu' }),
    ]);

    const bkTtg = async (id: string) => {
      const res = await admin.get(`/api/subjects/${id}/eligibility?year=2025`);
      expect(res.status).toBe(200);
      return res.body.verdicts.find((v: { award: string }) => v.award === 'BK_TTG');
    };
    expect((await bkTtg(viaRegular)).eligible).toBe(true);
    expect((await bkTtg(viaThematic)).eligible).toBe(false);
  });

  it('lists registrations on the movement page, and exports and imports them through Excel', async () => {
    const { app, fx } = env();
    const admin = await ApiClient.login(app, fx.tenantAdmin);
    const m = await movementOf(admin, 'THUONG_XUYEN');
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const reg = await officer.post('/api/registrations', {
      year: 2025,
      movementId: m.id,
      unitId: fx.ownChild.id,
      targetAwards: ['TTLDXS', 'CO_BO_TINH'],
    });
    expect(reg.status).toBe(201);
    const page = await admin.get(`/api/movements/${m.id}`);
    expect(page.body.registrations).toEqual([
      expect.objectContaining({ targetAwards: ['TTLDXS', 'CO_BO_TINH'] }),
    ]);

    const file = await admin.get(`/api/registrations/export.xlsx?movementId=${m.id}`);
    expect(file.status).toBe(200);
    const rows = await readXlsxRows(file.body as ArrayBuffer);
    expect(rows[0]?.[0]).toBe('Mã đơn vị');
    expect(rows[1]?.[3]).toBe('TTLDXS, CO_BO_TINH');

    const back = await admin.post(
      `/api/registrations/import?year=2026&movementId=${m.id}&name=dang-ky.xlsx`,
      fileBody(new Uint8Array(file.body as ArrayBuffer)),
    );
    expect(back.body).toEqual({ created: 1, errors: [] });
    const out = await officer.post('/api/registrations', {
      year: 2025,
      unitId: fx.other.id,
      targetAwards: ['TTLDXS'],
    });
    expect(out.status).toBe(403);
  });
});
