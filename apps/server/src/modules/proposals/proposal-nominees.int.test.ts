import { beforeAll, expect, it } from 'vitest';
import { collective, household } from '../../db/schema/index';
import { newId } from '../../lib/ids';
import type { Response } from '../../test/client';
import { describeEngines } from '../../test/engines';
import { addPerson } from '../../test/fixtures';
import { attachComponents, type Province, setUpProvince } from '../../test/workflow-fixtures';
import { createUnitRecord } from '../tenants/tenant-setup';

// Issue 11, "dossiers that can be built and fixed": one dossier nominates a person, a unit, a team
// and a household for Bằng khen of the Chủ tịch UBND tỉnh; a submit with ineligible nominees needs
// the officer's reason; after a return the officer removes a nominee and the diff names who went.

const YEAR = 2025;
const AWARD = 'BK_BO_TINH';
const REASON = 'Đơn vị đề nghị xét theo thành tích đóng góp đột xuất';

const ok = (res: Response, status = 200) => {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  return res.body;
};

type Item = { id: string; subjectType: string; subjectId: string; subjectName: string; verdict: unknown };

describeEngines('proposal: nominees of every kind, fixed after a return', (env) => {
  let pv: Province;
  const ids = { person: '', team: '', household: '', farHousehold: '' };
  let proposal: { id: string; version: number; items: Item[]; state: string };

  beforeAll(async () => {
    const { database, fx } = env();
    const db = database.db;
    pv = await setUpProvince(env(), YEAR);
    ids.person = await addPerson(db, fx.tenantA, fx.ownChild.id, 'Hoàng Thị Lan');
    ids.team = newId();
    await db.insert(collective).values({
      tenantId: fx.tenantA,
      id: ids.team,
      unitId: fx.ownChild.id,
      kind: 'TEAM',
      name: 'Tổ Toán – Tin',
    });
    const ward = await createUnitRecord(db, fx.tenantA, fx.own, {
      code: `P${newId().slice(-6)}`,
      name: 'Phường Đông Hải',
      type: 'XA_PHUONG',
    });
    ids.household = newId();
    await db.insert(household).values({
      tenantId: fx.tenantA,
      id: ids.household,
      unitId: ward.id,
      headName: 'Nguyễn Văn Hải',
      address: 'Tổ 3, phường Đông Hải',
    });
    const farWard = await createUnitRecord(db, fx.tenantA, fx.other, {
      code: `Q${newId().slice(-6)}`,
      name: 'Phường Tây Sơn',
      type: 'XA_PHUONG',
    });
    ids.farHousehold = newId();
    await db.insert(household).values({
      tenantId: fx.tenantA,
      id: ids.farHousehold,
      unitId: farWard.id,
      headName: 'Lý Thị Mai',
      address: 'Phường Tây Sơn',
    });
  });

  const create = (items: Record<string, unknown>[]) =>
    pv.officer.post('/api/proposals', {
      kind: 'CONG_TRANG',
      title: 'Đề nghị Bằng khen của Chủ tịch UBND tỉnh năm 2025',
      year: YEAR,
      submittingUnitId: env().fx.own.id,
      items,
    });

  it('one dossier holds a person, a unit, a team and a household, each with the engine verdict', async () => {
    const { fx } = env();
    const body = ok(
      await create([
        { subjectType: 'PERSON', subjectId: ids.person, awardCode: AWARD },
        { subjectType: 'COLLECTIVE', subjectId: fx.ownChild.id, awardCode: AWARD },
        { subjectType: 'COLLECTIVE', subjectId: ids.team, awardCode: AWARD },
        { subjectType: 'HOUSEHOLD', subjectId: ids.household, awardCode: AWARD },
      ]),
      201,
    );
    expect(body.proposals).toHaveLength(1);
    proposal = body.proposals[0];
    const byId = new Map(proposal.items.map((i) => [i.subjectId, i]));
    expect(byId.get(ids.household)).toMatchObject({
      subjectType: 'HOUSEHOLD',
      subjectName: 'Hộ gia đình Nguyễn Văn Hải',
    });
    expect(byId.get(ids.team)).toMatchObject({ subjectType: 'COLLECTIVE', subjectName: 'Tổ Toán – Tin' });
    expect(byId.get(fx.ownChild.id)?.subjectName).toBe('Trường THPT Số 1');
    for (const i of proposal.items) expect(i.verdict, i.subjectName).not.toBeNull();
  });

  it('refuses a household for an award households cannot receive, and one outside the unit', async () => {
    const wrongAward = await create([
      { subjectType: 'HOUSEHOLD', subjectId: ids.household, awardCode: 'CSTDCS' },
    ]);
    expect(wrongAward.status).toBe(400);
    expect(wrongAward.body.error.details[0].message).toMatch(/không xét tặng cho hộ gia đình/);
    const far = await create([{ subjectType: 'HOUSEHOLD', subjectId: ids.farHousehold, awardCode: AWARD }]);
    expect(far.status).toBe(400);
    expect(far.body.error.details[0].message).toBe('Hộ gia đình không thuộc đơn vị trình');
  });

  it('a submit with ineligible nominees lists them and needs the reason, kept in the history', async () => {
    let p = await attachComponents(pv.officer, proposal.id, [], pv.unitLeader);
    p = ok(await pv.officer.post(`/api/proposals/${p.id}/submit-for-review`, { expectedVersion: p.version }));
    const ineligible = (p.items as (Item & { engineEligible: boolean })[]).filter((i) => !i.engineEligible);
    expect(ineligible.length).toBeGreaterThan(0);
    const refused = await pv.officer.post(`/api/proposals/${p.id}/submit`, { expectedVersion: p.version });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('INELIGIBLE_ITEMS_UNCONFIRMED');
    expect(refused.body.error.message).toMatch(/chưa đủ điều kiện/);
    expect(refused.body.error.details).toHaveLength(ineligible.length);
    // Nothing moved: the dossier is still with the unit, at the same version.
    const still = ok(await pv.officer.get(`/api/proposals/${p.id}`));
    expect(still).toMatchObject({ state: 'UNIT_REVIEW', version: p.version });
    const tooShort = await pv.officer.post(`/api/proposals/${p.id}/submit`, {
      expectedVersion: p.version,
      ineligibleReason: 'vì',
    });
    expect(tooShort.status).toBe(400);
    p = ok(
      await pv.officer.post(`/api/proposals/${p.id}/submit`, {
        expectedVersion: p.version,
        ineligibleReason: REASON,
      }),
    );
    expect(p.state).toBe('SUBMITTED');
    expect(p.history.at(-1).detail).toMatchObject({ ineligibleReason: REASON });
    expect(p.history.at(-1).detail.ineligible).toHaveLength(ineligible.length);
    proposal = p;
  });

  it('after a return the officer removes the household; the diff and the history name it', async () => {
    let p = ok(
      await pv.appraiser.post(`/api/proposals/${proposal.id}/receive`, { expectedVersion: proposal.version }),
    );
    const home = (p.items as Item[]).find((i) => i.subjectType === 'HOUSEHOLD');
    // A return for an ineligible nominee names the nominee, or the diff could not answer it.
    const unnamed = await pv.appraiser.post(`/api/proposals/${p.id}/return`, {
      expectedVersion: p.version,
      reasons: [{ code: 'INELIGIBLE_ITEM', text: 'Hộ gia đình chưa có đóng góp được ghi nhận' }],
    });
    expect(unnamed.status).toBe(400);
    expect(JSON.stringify(unnamed.body.error.details)).toContain('Chọn đối tượng chưa đủ điều kiện');
    p = ok(
      await pv.appraiser.post(`/api/proposals/${p.id}/return`, {
        expectedVersion: p.version,
        reasons: [
          { code: 'INELIGIBLE_ITEM', itemId: home?.id, text: 'Hộ gia đình chưa có đóng góp được ghi nhận' },
        ],
      }),
    );
    expect(p.state).toBe('RETURNED');
    const keep = (p.items as (Item & { awardCode: string; achievement: string | null })[])
      .filter((i) => i.subjectType !== 'HOUSEHOLD')
      .map((i) => ({
        subjectType: i.subjectType,
        subjectId: i.subjectId,
        awardCode: i.awardCode,
        ...(i.subjectId === ids.person ? { achievement: 'Dẫn đầu phong trào dạy tốt' } : {}),
      }));
    p = ok(await pv.officer.put(`/api/proposals/${p.id}/items`, { expectedVersion: p.version, items: keep }));
    expect(p.items).toHaveLength(3);
    expect(p.lastReturn.diff[0]).toMatchObject({
      addressed: true,
      changes: [{ kind: 'ITEM_REMOVED', itemId: home?.id, name: 'Hộ gia đình Nguyễn Văn Hải', award: AWARD }],
    });
    expect(p.history.at(-1)).toMatchObject({
      command: 'updateItems',
      detail: {
        items: 3,
        added: [],
        removed: [{ name: 'Hộ gia đình Nguyễn Văn Hải', award: AWARD }],
        achievementChanged: [{ name: 'Hoàng Thị Lan', award: AWARD }],
      },
    });
    p = ok(
      await pv.officer.post(`/api/proposals/${p.id}/submit`, {
        expectedVersion: p.version,
        ineligibleReason: REASON,
      }),
    );
    expect(p.state).toBe('SUBMITTED');
    expect(p.history.at(-1).detail.resubmission[0]).toMatchObject({ addressed: true });
    // Once sent, the list is the office's to read, not the unit's to change.
    const late = await pv.officer.put(`/api/proposals/${p.id}/items`, {
      expectedVersion: p.version,
      items: keep,
    });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('INVALID_TRANSITION');
  });
});
