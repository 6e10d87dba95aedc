import { expect, it } from 'vitest';
import { createApp } from '../../app';
import { ApiClient, type Response } from '../../test/client';
import { describeEngines } from '../../test/engines';
import { addPerson } from '../../test/fixtures';
import { testConfig } from '../../test/test-config';

// The people list's page cache (docs/decisions/021). Every case reads a page with its own pageSize
// or search, so no case meets another's cached page.
const names = (res: Response): string[] => {
  expect(res.status).toBe(200);
  return res.body.items.map((p: { fullName: string }) => p.fullName);
};

describeEngines('people page cache', (env) => {
  // Apps on the suite's database with the page cache's lifetime set (VINHDANH_PAGE_CACHE_SECONDS).
  const appWith = (seconds: string) =>
    createApp(
      { db: env().database.db, config: testConfig({ VINHDANH_PAGE_CACHE_SECONDS: seconds }) },
      { error: () => {} },
    );

  it('shows a person created, renamed or moved and a unit renamed through the API on the very next list', async () => {
    const { fx } = env();
    // A minute: long enough that only the forgets of the writes can explain what the lists show.
    const app = appWith('60');
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const admin = await ApiClient.login(app, fx.tenantAdmin);
    const ownList = `/api/people?unitId=${fx.own.id}&pageSize=101`;
    const childList = `/api/people?unitId=${fx.ownChild.id}&pageSize=101`;
    expect(names(await officer.get(ownList))).not.toContain('Đinh Văn Mới');
    expect(names(await officer.get(childList))).toEqual(['Nguyễn Văn Đức']);

    const created = await officer.post('/api/people', {
      fullName: 'Đinh Văn Mới',
      gender: 'NAM',
      unitId: fx.own.id,
    });
    expect(created.status).toBe(201);
    expect(names(await officer.get(ownList))).toContain('Đinh Văn Mới');

    const renamed = await officer.patch(`/api/people/${created.body.id}`, {
      version: created.body.version,
      fullName: 'Đinh Văn Đổi',
    });
    expect(renamed.status).toBe(200);
    const afterRename = names(await officer.get(ownList));
    expect(afterRename).toContain('Đinh Văn Đổi');
    expect(afterRename).not.toContain('Đinh Văn Mới');

    const moved = await officer.patch(`/api/people/${created.body.id}`, {
      version: renamed.body.version,
      unitId: fx.ownChild.id,
    });
    expect(moved.status).toBe(200);
    expect(names(await officer.get(childList)).sort()).toEqual(['Nguyễn Văn Đức', 'Đinh Văn Đổi'].sort());

    // Another user's write in the same process: the administrator renames the officer's unit.
    const unit = await admin.get(`/api/org-units/${fx.ownChild.id}`);
    const rename = await admin.post(`/api/org-units/${fx.ownChild.id}/rename`, {
      version: unit.body.unit.version,
      name: 'Trường THPT Số 1 (tên mới)',
      effectiveDate: '2026-01-01',
    });
    expect(rename.status).toBe(200);
    const rows = (await officer.get(childList)).body.items as { unitName: string }[];
    expect(rows.map((r) => r.unitName)).toEqual(['Trường THPT Số 1 (tên mới)', 'Trường THPT Số 1 (tên mới)']);
  });

  it('sees a write made behind the API (another server process, the CLI) once the configured seconds have passed', async () => {
    const { fx, database } = env();
    // With a minute, nothing has told this process: it answers the page it read.
    const patient = await ApiClient.login(appWith('60'), fx.users.UNIT_OFFICER);
    const list = '/api/people?q=phung&pageSize=102';
    expect(names(await patient.get(list))).toEqual([]);
    await addPerson(database.db, fx.tenantA, fx.ownChild.id, 'Phùng Văn Ngoài');
    expect(names(await patient.get(list))).toEqual([]);

    // With one second, the next write shows once the second has passed.
    const quick = await ApiClient.login(appWith('1'), fx.users.UNIT_OFFICER);
    const quickList = '/api/people?q=phung&pageSize=103';
    expect(names(await quick.get(quickList))).toEqual(['Phùng Văn Ngoài']);
    await addPerson(database.db, fx.tenantA, fx.ownChild.id, 'Phùng Thị Hai');
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(names(await quick.get(quickList)).sort()).toEqual(['Phùng Thị Hai', 'Phùng Văn Ngoài']);
  });

  it('never answers one scope or tenant with a page cached for another', async () => {
    const { fx } = env();
    const app = appWith('60');
    const tenantAdmin = await ApiClient.login(app, fx.tenantAdmin);
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const adminB = await ApiClient.login(app, fx.tenantAdmin.replace('quantri.', 'quantri.b.'));
    const list = '/api/people?pageSize=104';
    for (let round = 0; round < 2; round += 1) {
      // The second round is answered from the cache: the same pages, each to its own reader.
      expect(names(await tenantAdmin.get(list))).toEqual(
        expect.arrayContaining(['Nguyễn Văn Đức', 'Trần Thị Hường']),
      );
      const own = names(await officer.get(list));
      expect(own).toContain('Nguyễn Văn Đức');
      expect(own).not.toContain('Trần Thị Hường');
      expect(names(await adminB.get(list))).toEqual(['Lê Văn Bình']);
    }
    // A unit outside the officer's scope stays refused after the administrator's read of it.
    const otherList = `/api/people?unitId=${fx.other.id}&pageSize=104`;
    expect(names(await tenantAdmin.get(otherList))).toEqual(['Trần Thị Hường']);
    expect((await officer.get(otherList)).status).toBe(403);
  });

  it('reads every page from the database with VINHDANH_PAGE_CACHE_SECONDS=0', async () => {
    const { fx, database } = env();
    const officer = await ApiClient.login(appWith('0'), fx.users.UNIT_OFFICER);
    const list = '/api/people?q=quach&pageSize=105';
    expect(names(await officer.get(list))).toEqual([]);
    await addPerson(database.db, fx.tenantA, fx.ownChild.id, 'Quách Văn Không');
    expect(names(await officer.get(list))).toEqual(['Quách Văn Không']);
  });
});
