import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { tenant } from '../db/schema/index';
import { createTenant } from '../modules/tenants/tenant-setup';
import { ApiClient } from '../test/client';
import { describeEngines } from '../test/engines';
import { DEMO_PASSWORD } from './seed-demo';
import { DEMO_NATIONAL_CODE, seedDemoNational } from './seed-national';
import { DEMO_TENANT_CODE } from './units';

// The demo's receiving side (issue 13, item 6): a national tenant whose administrator can sign in
// and open the roll-up of the provinces' reports, while a province's session says it is one.

describeEngines('demo national tenant', (env) => {
  it('is seeded once; its administrator is told the tenant is NATIONAL and may open the roll-up', async () => {
    const { database, app, fx } = env();
    expect((await seedDemoNational(database.db, DEMO_PASSWORD)).created).toBe(true);
    expect((await seedDemoNational(database.db, DEMO_PASSWORD)).created).toBe(false);

    const national = await ApiClient.login(app, 'quantri.bonv', DEMO_PASSWORD);
    const me = (await national.get('/api/auth/me')).body;
    expect(me.user).toMatchObject({ tenantName: 'Bộ Nội vụ (mẫu)', tenantKind: 'NATIONAL' });
    expect(me.permissions).toEqual(expect.arrayContaining(['report:manage', 'report:read']));
    const rollup = await national.get('/api/reports/rollup?form=0603&year=2025');
    expect(rollup.status, JSON.stringify(rollup.body)).toBe(200);
    expect(rollup.body).toEqual({ formCode: '0603', year: 2025, groups: [] });

    const province = await ApiClient.login(app, fx.tenantAdmin);
    expect((await province.get('/api/auth/me')).body.user.tenantKind).toBe('PROVINCE');
    expect(DEMO_NATIONAL_CODE > 'SONHA').toBe(true);
  });

  it("becomes the province's parent tenant; its board's appraiser and council sign in", async () => {
    const { database, app } = env();
    const db = database.db;
    // The demo province, as the full seed makes it (before the national tenant, without a parent).
    const provinceId = await createTenant(db, {
      code: DEMO_TENANT_CODE,
      name: 'Tỉnh Sơn Hà',
      kind: 'PROVINCE',
    });
    await seedDemoNational(db, DEMO_PASSWORD);
    const [national] = await db.select().from(tenant).where(eq(tenant.code, DEMO_NATIONAL_CODE));
    const [province] = await db.select().from(tenant).where(eq(tenant.tenantId, provinceId));
    expect(province?.parentTenantId).toBe(national?.tenantId);
    expect(national?.parentTenantId).toBeNull();

    const appraiser = await ApiClient.login(app, 'thamdinh.tw', DEMO_PASSWORD);
    const me = (await appraiser.get('/api/auth/me')).body;
    expect(me.user).toMatchObject({ tenantKind: 'NATIONAL', roles: ['APPRAISER'] });
    const secretary = await ApiClient.login(app, 'thuky.tw', DEMO_PASSWORD);
    expect((await secretary.get('/api/auth/me')).body.user.roles).toEqual(['COUNCIL_SECRETARY']);
  });
});
