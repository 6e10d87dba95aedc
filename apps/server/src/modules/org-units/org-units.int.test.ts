import { expect, it } from 'vitest';
import { annualRating, award } from '../../db/schema/index';
import { newId } from '../../lib/ids';
import { ApiClient } from '../../test/client';
import { describeEngines } from '../../test/engines';
import { addPerson, addUnit } from '../../test/fixtures';

describeEngines('org units', (env) => {
  it('merging two units keeps both units’ people and history reachable from the successor', async () => {
    const { database, fx, app } = env();
    const db = database.db;
    const a = await addUnit(db, fx.tenantA, fx.root, 'Sở Kế hoạch');
    const b = await addUnit(db, fx.tenantA, fx.root, 'Sở Đầu tư');
    const sub = await addUnit(db, fx.tenantA, a, 'Phòng Tổng hợp');
    const alice = await addPerson(db, fx.tenantA, a.id, 'Nguyễn Thị Mai');
    const bob = await addPerson(db, fx.tenantA, sub.id, 'Phạm Văn Hùng');
    const carol = await addPerson(db, fx.tenantA, b.id, 'Lê Thị Oanh');
    await db.insert(award).values([
      {
        tenantId: fx.tenantA,
        id: newId(),
        subjectType: 'COLLECTIVE',
        subjectId: a.id,
        awardCode: 'TTLDXS',
        year: 2023,
        decisionNumber: '12/QĐ-UBND',
      },
      {
        tenantId: fx.tenantA,
        id: newId(),
        subjectType: 'PERSON',
        subjectId: carol,
        awardCode: 'CSTDCS',
        year: 2024,
        decisionNumber: '3/QĐ-SĐT',
      },
    ]);
    await db.insert(annualRating).values({
      tenantId: fx.tenantA,
      id: newId(),
      subjectType: 'COLLECTIVE',
      subjectId: b.id,
      year: 2024,
      rating: 'HTXSNV',
    });

    const admin = await ApiClient.login(app, fx.tenantAdmin);
    const merged = await admin.post('/api/org-units/merge', {
      absorbedIds: [a.id, b.id],
      successor: {
        mode: 'NEW',
        parentId: fx.root.id,
        code: `KHDT${Date.now()}`,
        name: 'Sở Kế hoạch và Đầu tư mới',
        type: 'SO_BAN_NGANH',
      },
      effectiveDate: '2025-03-01',
      decisionRef: '45/NQ-HĐND',
    });
    expect(merged.status).toBe(200);
    const successorId = merged.body.id;

    const people = await admin.get(`/api/people?unitId=${successorId}&pageSize=50`);
    expect(people.body.items.map((p: { fullName: string }) => p.fullName).sort()).toEqual(
      ['Lê Thị Oanh', 'Nguyễn Thị Mai', 'Phạm Văn Hùng'].sort(),
    );
    const detail = await admin.get(`/api/org-units/${successorId}`);
    expect(detail.body.predecessors.map((l: { predecessorId: string }) => l.predecessorId).sort()).toEqual(
      [a.id, b.id].sort(),
    );
    expect(detail.body.peopleCount).toBe(3);

    const history = await admin.get(`/api/org-units/${successorId}/history`);
    expect(history.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ unitId: a.id, code: 'TTLDXS', year: 2023, isPredecessor: true }),
        expect.objectContaining({ unitId: b.id, code: 'HTXSNV', year: 2024, isPredecessor: true }),
      ]),
    );
    const carolPage = await admin.get(`/api/people/${carol}`);
    expect(carolPage.body.awards[0]).toMatchObject({ awardCode: 'CSTDCS', year: 2024 });
    expect(carolPage.body.employment.map((e: { unitId: string }) => e.unitId)).toEqual([successorId, b.id]);
    const alicePage = await admin.get(`/api/people/${alice}`);
    expect(alicePage.body.person.unitId).toBe(successorId);
    expect((await admin.get(`/api/people/${bob}`)).body.person.unitId).toBe(sub.id);

    const units = await admin.get('/api/org-units');
    const dissolved = units.body.items.filter((u: { id: string }) => u.id === a.id || u.id === b.id);
    expect(
      dissolved.every(
        (u: { status: string; parentId: string }) => u.status === 'DISSOLVED' && u.parentId === successorId,
      ),
    ).toBe(true);
    expect(units.body.items.find((u: { id: string }) => u.id === sub.id).parentId).toBe(successorId);
  });

  it('refuses to merge a unit outside the actor’s scope and changes nothing', async () => {
    const { fx, app } = env();
    const officer = await ApiClient.login(app, fx.users.TENANT_ADMIN);
    const res = await officer.post('/api/org-units/merge', {
      absorbedIds: [fx.other.id],
      successor: { mode: 'EXISTING', id: fx.ownChild.id },
      effectiveDate: '2025-03-01',
    });
    expect(res.status).toBe(403);
    const detail = await (await ApiClient.login(app, fx.tenantAdmin)).get(`/api/org-units/${fx.other.id}`);
    expect(detail.body.unit.status).toBe('ACTIVE');
  });

  it('sends what the reader may do on a unit, scope included (allowedActions)', async () => {
    const { fx, app } = env();
    const ownAdmin = await ApiClient.login(app, fx.users.TENANT_ADMIN);
    const viewer = await ApiClient.login(app, fx.users.VIEWER);
    const mayOf = async (c: ApiClient, id: string) =>
      (await c.get(`/api/org-units/${id}`)).body.allowedActions;
    expect(await mayOf(ownAdmin, fx.ownChild.id)).toMatchObject({
      addChild: true,
      rename: true,
      merge: true,
    });
    expect(await mayOf(viewer, fx.ownChild.id)).toMatchObject({
      addChild: false,
      rename: false,
      split: false,
      merge: false,
    });
    // The rename route agrees: the viewer is refused before anything is read of the body.
    const rename = { version: 1, name: 'Tên mới', effectiveDate: '2025-07-01' };
    expect((await viewer.post(`/api/org-units/${fx.ownChild.id}/rename`, rename)).status).toBe(403);
  });

  it('renames a unit and keeps the old name in its lineage', async () => {
    const { fx, app, database } = env();
    const unit = await addUnit(database.db, fx.tenantA, fx.root, 'Sở Văn hóa');
    const admin = await ApiClient.login(app, fx.tenantAdmin);
    const res = await admin.post(`/api/org-units/${unit.id}/rename`, {
      version: 1,
      name: 'Sở Văn hóa, Thể thao và Du lịch',
      effectiveDate: '2025-07-01',
    });
    expect(res.status).toBe(200);
    const detail = await admin.get(`/api/org-units/${unit.id}`);
    expect(detail.body.renames).toHaveLength(1);
    expect(detail.body.renames[0]).toMatchObject({
      oldName: expect.stringContaining('Sở Văn hóa'),
      newName: 'Sở Văn hóa, Thể thao và Du lịch',
    });
  });

  it('splits a unit into two and sends people where assigned', async () => {
    const { fx, app, database } = env();
    const unit = await addUnit(database.db, fx.tenantA, fx.root, 'Sở Giao thông - Xây dựng');
    const p1 = await addPerson(database.db, fx.tenantA, unit.id, 'Đinh Văn Toàn');
    const p2 = await addPerson(database.db, fx.tenantA, unit.id, 'Mai Thị Yến');
    const admin = await ApiClient.login(app, fx.tenantAdmin);
    const res = await admin.post(`/api/org-units/${unit.id}/split`, {
      successors: [
        { code: `GT${Date.now()}`, name: 'Sở Giao thông', type: 'SO_BAN_NGANH' },
        { code: `XD${Date.now()}`, name: 'Sở Xây dựng', type: 'SO_BAN_NGANH' },
      ],
      assignments: [{ personId: p2, successorIndex: 1 }],
      effectiveDate: '2025-07-01',
    });
    expect(res.status).toBe(200);
    const [first, second] = res.body.items;
    expect((await admin.get(`/api/people/${p1}`)).body.person.unitId).toBe(first.id);
    expect((await admin.get(`/api/people/${p2}`)).body.person.unitId).toBe(second.id);
    const detail = await admin.get(`/api/org-units/${second.id}`);
    expect(detail.body.predecessors[0]).toMatchObject({ kind: 'SPLIT', predecessorId: unit.id });
  });
});
