import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { createApp } from '../../app';
import { queryRows } from '../../db/query-rows';
import { award } from '../../db/schema/index';
import { newId } from '../../lib/ids';
import { readXlsxRows } from '../../lib/xlsx';
import { ApiClient } from '../../test/client';
import { describeEngines } from '../../test/engines';
import { addPerson, addUnit } from '../../test/fixtures';
import { testConfig } from '../../test/test-config';
import { searchAwardRows } from './award-search.repository';

describeEngines('award search', (env) => {
  async function seed() {
    const { database, fx } = env();
    const db = database.db;
    const tenantId = fx.tenantA;
    const school = await addUnit(db, tenantId, fx.ownChild, 'Tổ Ngữ văn');
    const nhung = await addPerson(db, tenantId, school.id, 'Nguyễn Thị Hồng Nhung');
    const dat = await addPerson(db, tenantId, fx.ownChild.id, 'Trần Văn Đạt');
    const give = (
      subjectId: string,
      awardCode: string,
      year: number,
      decisionNumber: string | null = null,
      subjectType: 'PERSON' | 'COLLECTIVE' = 'PERSON',
    ) =>
      db
        .insert(award)
        .values({ tenantId, id: newId(), subjectType, subjectId, awardCode, year, decisionNumber });
    await give(nhung, 'LDTT', 2019, '15/QĐ-SGD');
    await give(nhung, 'CSTDCS', 2021, '77/QĐ-SGD');
    await give(dat, 'LDTT', 2021, '77/QĐ-SGD');
    await give(dat, 'BK_BO_TINH', 2023, '901/QĐ-UBND');
    await give(fx.people.other, 'LDTT', 2021, '77/QĐ-SGD');
    await give(school.id, 'TTLDTT', 2021, '77/QĐ-SGD', 'COLLECTIVE');
    return { school, nhung, dat };
  }

  it('filters by name without diacritics, subtree, code, years and decision number, in scope only', async () => {
    const { app, fx } = env();
    const { school, nhung, dat } = await seed();
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const ids = (res: { body: { items: { subjectId: string }[] } }) => res.body.items.map((i) => i.subjectId);

    const byName = await officer.get('/api/awards?q=hong%20nhung');
    expect(byName.status).toBe(200);
    expect(byName.body.total).toBe(2);
    expect(new Set(ids(byName))).toEqual(new Set([nhung]));
    expect(byName.body.items[0]).toMatchObject({
      subjectName: 'Nguyễn Thị Hồng Nhung',
      year: 2021,
      awardCode: 'CSTDCS',
    });

    const subtree = await officer.get(`/api/awards?unitId=${school.id}`);
    expect(new Set(ids(subtree))).toEqual(new Set([nhung, school.id]));

    const decision = await officer.get('/api/awards?decisionNumber=77/qđ-sgd');
    expect(new Set(ids(decision))).toEqual(new Set([nhung, dat, school.id]));
    expect(ids(decision)).not.toContain(fx.people.other);

    const years = await officer.get('/api/awards?yearFrom=2020&yearTo=2022&awardCode=LDTT');
    expect(ids(years)).toEqual([dat]);

    // One recipient's awards (the model form lists the chosen person's, not a namesake's).
    const ofDat = await officer.get(`/api/awards?subjectId=${dat}`);
    expect(ofDat.body.total).toBe(2);
    expect(new Set(ids(ofDat))).toEqual(new Set([dat]));
    const outOfScope = await officer.get(`/api/awards?subjectId=${fx.people.other}`);
    expect(outOfScope.body).toMatchObject({ total: 0, items: [] });

    const page = await officer.get('/api/awards?pageSize=2&page=2&q=dat');
    expect(page.body).toMatchObject({ total: 2, page: 2, pageSize: 2, items: [] });

    const badRange = await officer.get('/api/awards?yearFrom=2024&yearTo=2020');
    expect(badRange.status).toBe(400);
    expect((await officer.get(`/api/awards?unitId=${fx.other.id}`)).status).toBe(403);
  });

  it('exports the same filters to .xlsx with Vietnamese headers', async () => {
    const { app, fx } = env();
    await seed();
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const res = await officer.get('/api/awards/export.xlsx?q=Tran%20Van%20Dat');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const rows = await readXlsxRows(res.body as ArrayBuffer);
    expect(rows[0]).toEqual(
      expect.arrayContaining(['Đối tượng', 'Đơn vị', 'Danh hiệu, hình thức', 'Số quyết định']),
    );
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(rows.slice(1).every((r) => r[0] === 'Trần Văn Đạt')).toBe(true);
    expect(rows.slice(1).map((r) => r[4])).toContain('Bằng khen bộ, ban, ngành, tỉnh');
  });

  it('finds a moved person under the new unit and sorts by the new names of people and units', async () => {
    const { app, fx, database } = env();
    const db = database.db;
    const tenantId = fx.tenantA;
    const team = await addUnit(db, tenantId, fx.ownChild, 'Tổ Ngữ văn');
    const binh = await addPerson(db, tenantId, fx.ownChild.id, 'Lê Văn Bình');
    const nhung = await addPerson(db, tenantId, fx.ownChild.id, 'Nguyễn Thị Hồng Nhung');
    const moved = await addPerson(db, tenantId, fx.ownChild.id, 'Trần Văn Đạt');
    const give = (subjectId: string, subjectType: 'PERSON' | 'COLLECTIVE', awardCode: string) =>
      db.insert(award).values({ tenantId, id: newId(), subjectType, subjectId, awardCode, year: 2024 });
    await give(binh, 'PERSON', 'LDTT');
    await give(nhung, 'PERSON', 'LDTT');
    await give(moved, 'PERSON', 'LDTT');
    await give(fx.ownChild.id, 'COLLECTIVE', 'TTLDTT');
    await give(team.id, 'COLLECTIVE', 'TTLDTT');
    const admin = await ApiClient.login(app, fx.tenantAdmin);
    type Hit = { subjectId: string; subjectName: string; unitId: string; unitName: string };
    const search = async (query: string) => {
      // 2024: the year of this test's awards only (the suite's other tests give theirs in the same units).
      const res = await admin.get(`/api/awards?yearFrom=2024&yearTo=2024&${query}`);
      expect(res.status).toBe(200);
      return res.body.items as Hit[];
    };

    // Transferred to Sở Y tế: the award is that unit's now, and no longer the school's.
    const person = await admin.get(`/api/people/${moved}`);
    const transfer = await admin.patch(`/api/people/${moved}`, {
      version: person.body.person.version,
      unitId: fx.other.id,
    });
    expect(transfer.status).toBe(200);
    expect((await search(`unitId=${fx.other.id}&awardCode=LDTT`)).map((h) => h.subjectId)).toContain(moved);
    expect((await search(`unitId=${fx.ownChild.id}&awardCode=LDTT`)).map((h) => h.subjectId)).toEqual([
      binh,
      nhung,
    ]);
    const [hit] = await search(`unitId=${fx.other.id}&q=dat`);
    expect(hit).toMatchObject({ subjectId: moved, unitId: fx.other.id, unitName: 'Sở Y tế' });

    // Renamed: found by the new name, and sorted by it (Anh before Bình).
    const before = await admin.get(`/api/people/${nhung}`);
    const renamed = await admin.patch(`/api/people/${nhung}`, {
      version: before.body.person.version,
      fullName: 'Nguyễn Thị Hồng Anh',
    });
    expect(renamed.status).toBe(200);
    const school = await search(`unitId=${fx.ownChild.id}&awardCode=LDTT`);
    expect(school.map((h) => h.subjectName)).toEqual(['Nguyễn Thị Hồng Anh', 'Lê Văn Bình']);
    expect((await search(`unitId=${fx.ownChild.id}&q=hong%20anh`)).map((h) => h.subjectId)).toEqual([nhung]);

    // A unit renamed: its own award sorts by the new name ("Trường…" came before "Tổ…").
    const units = async () =>
      (await search(`unitId=${fx.ownChild.id}&awardCode=TTLDTT`)).map((h) => h.subjectId);
    expect(await units()).toEqual([fx.ownChild.id, team.id]);
    const teamUnit = await admin.get(`/api/org-units/${team.id}`);
    const rename = await admin.post(`/api/org-units/${team.id}/rename`, {
      version: teamUnit.body.unit.version,
      name: 'An toàn thực phẩm',
      effectiveDate: '2025-07-01',
    });
    expect(rename.status).toBe(200);
    expect(await units()).toEqual([team.id, fx.ownChild.id]);
  });
  it('searches a unit created through the API at once, though the units of a scope are kept (docs/decisions/021)', async () => {
    const { fx, database } = env();
    const tenantId = fx.tenantA;
    // A minute: long enough that only the forget of the unit's creation can explain the second search.
    const app = createApp(
      { db: database.db, config: testConfig({ VINHDANH_PAGE_CACHE_SECONDS: '60' }) },
      { error: () => {} },
    );
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const admin = await ApiClient.login(app, fx.tenantAdmin);
    // 2020: the year of this test's awards only.
    const search = async () => {
      const res = await officer.get('/api/awards?yearFrom=2020&yearTo=2020&pageSize=50');
      expect(res.status).toBe(200);
      return res.body as { total: number; items: { subjectId: string; unitName: string }[] };
    };
    expect((await search()).total).toBe(0);

    const created = await admin.post('/api/org-units', {
      parentId: fx.ownChild.id,
      code: `TO-${newId().slice(-6)}`,
      name: 'Tổ Tin học',
      type: 'PHONG_TO',
      validFrom: '2020-01-01',
    });
    expect(created.status).toBe(201);
    // The award is written behind the API: nothing but the unit's creation told this process.
    const teamAward = newId();
    await database.db.insert(award).values({
      tenantId,
      id: teamAward,
      subjectType: 'COLLECTIVE',
      subjectId: created.body.id,
      awardCode: 'TTLDTT',
      year: 2020,
    });
    const found = await search();
    expect(found.total).toBe(1);
    expect(found.items).toMatchObject([{ subjectId: created.body.id, unitName: 'Tổ Tin học' }]);

    // A unit made behind the API (another process, the CLI) shows once its scope is read again:
    // here, after the next write request of the tenant.
    const outside = await addUnit(database.db, tenantId, fx.ownChild, 'Tổ Tiếng Anh');
    await database.db.insert(award).values({
      tenantId,
      id: newId(),
      subjectType: 'COLLECTIVE',
      subjectId: outside.id,
      awardCode: 'TTLDTT',
      year: 2020,
    });
    expect((await search()).items.map((h) => h.subjectId)).toEqual([created.body.id]);
    const unit = await admin.get(`/api/org-units/${created.body.id}`);
    const rename = await admin.post(`/api/org-units/${created.body.id}/rename`, {
      version: unit.body.unit.version,
      name: 'Tổ Công nghệ',
      effectiveDate: '2021-01-01',
    });
    expect(rename.status).toBe(200);
    expect(new Set((await search()).items.map((h) => h.subjectId))).toEqual(
      new Set([created.body.id, outside.id]),
    );
  });

  it('answers a tenant-wide search planned once per connection as the first time, and sees new awards', async () => {
    const { app, fx, database, engine } = env();
    const db = database.db;
    // 2016: the year of this test's awards only (the other cases' seeds give 2019–2023).
    const team = await addUnit(db, fx.tenantA, fx.ownChild, 'Tổ Toán');
    const people = [
      await addPerson(db, fx.tenantA, team.id, 'Lê Thị Thu'),
      await addPerson(db, fx.tenantA, fx.ownChild.id, 'Phạm Minh Khoa'),
      await addPerson(db, fx.tenantA, fx.ownChild.id, 'Đỗ Văn Hải'),
    ];
    const give = (subjectId: string, subjectType: 'PERSON' | 'COLLECTIVE' = 'PERSON') =>
      db
        .insert(award)
        .values({ tenantId: fx.tenantA, id: newId(), subjectType, subjectId, awardCode: 'LDTT', year: 2016 });
    for (const id of people) await give(id);
    await give(team.id, 'COLLECTIVE');
    const admin = await ApiClient.login(app, fx.tenantAdmin);
    const search = async (query = '') => {
      const res = await admin.get(`/api/awards?yearFrom=2016&yearTo=2016&pageSize=2${query}`);
      expect(res.status).toBe(200);
      return res.body as { total: number; nextCursor: string | null; items: { subjectId: string }[] };
    };
    const first = await search();
    expect(first.total).toBe(4);
    // Past PostgreSQL's five custom plans, after which it may use the generic one.
    for (let i = 0; i < 8; i++) expect(await search()).toEqual(first);
    const next = await search(`&cursor=${first.nextCursor}`);
    expect(new Set([...first.items, ...next.items].map((i) => i.subjectId))).toEqual(
      new Set([...people, team.id]),
    );
    await give(people[0]!);
    expect((await search()).total).toBe(5);

    if (engine === 'pglite') return;
    // On PostgreSQL and Citus the tenant-wide search is a named statement of its connection; a name
    // search (a LIKE pattern) and a unit's scope are planned for their values each time.
    await database.db.transaction(async (tx) => {
      const names = async () =>
        (await queryRows<{ name: string }>(tx, sql`SELECT name FROM pg_prepared_statements`))
          .map((r) => r.name)
          .sort();
      await searchAwardRows(tx, fx.tenantA, fx.root.path, { yearFrom: 2021 }, { limit: 5 });
      const after = await names();
      expect(after.filter((n) => n.startsWith('award_search_')).length).toBeGreaterThan(0);
      await searchAwardRows(tx, fx.tenantA, fx.root.path, { foldedName: 'nhung' }, { limit: 5 });
      await searchAwardRows(tx, fx.tenantA, fx.ownChild.path, { yearFrom: 2021 }, { limit: 5 });
      expect(await names()).toEqual(after);
    });
  });
});
