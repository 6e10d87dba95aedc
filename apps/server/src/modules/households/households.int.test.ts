import { expect, it } from 'vitest';
import { ApiClient } from '../../test/client';
import { describeEngines } from '../../test/engines';
import { createUnitRecord } from '../tenants/tenant-setup';

describeEngines('households and collectives', (env) => {
  it('registers a household in a village and lists it within scope only', async () => {
    const { fx, app, database } = env();
    const village = await createUnitRecord(database.db, fx.tenantA, fx.own, {
      code: `THON${Date.now()}`,
      name: 'Thôn Đông',
      type: 'THON_TO_DAN_PHO',
    });
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const created = await officer.post('/api/households', {
      unitId: village.id,
      headName: 'Hà Văn Tư',
      address: 'Xóm Giữa, thôn Đông',
    });
    expect(created.status).toBe(201);
    const list = await officer.get(`/api/households?unitId=${village.id}`);
    expect(list.body.items.map((h: { headName: string }) => h.headName)).toEqual(['Hà Văn Tư']);
    expect((await officer.get(`/api/households?unitId=${fx.other.id}`)).status).toBe(403);
  });

  it('refuses a household under a department, in Vietnamese', async () => {
    const officer = await ApiClient.login(env().app, env().fx.users.UNIT_OFFICER);
    const res = await officer.post('/api/households', {
      unitId: env().fx.own.id,
      headName: 'Hà Văn Năm',
      address: 'Số 1',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].message).toBe('Hộ gia đình phải thuộc thôn, tổ dân phố hoặc xã, phường');
  });

  it('registers a named team as a collective of its unit', async () => {
    const officer = await ApiClient.login(env().app, env().fx.users.UNIT_OFFICER);
    const res = await officer.post('/api/collectives', { unitId: env().fx.ownChild.id, name: 'Tổ Ngữ văn' });
    expect(res.status).toBe(201);
    const list = await officer.get('/api/collectives');
    expect(list.body.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'Tổ Ngữ văn', kind: 'TEAM' })]),
    );
  });
});
