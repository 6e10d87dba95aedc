import { expect, it } from 'vitest';
import { ApiClient } from '../test/client';
import { describeEngines } from '../test/engines';
import { DEMO_PASSWORD } from './seed-demo';
import { DEMO_NATIONAL_CODE, seedDemoNational } from './seed-national';

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
});
