import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { queryRows } from '../../db/query-rows';
import { award, person, personEmployment } from '../../db/schema/index';
import { newId } from '../../lib/ids';
import { ApiClient } from '../../test/client';
import { describeEngines } from '../../test/engines';
import { addPerson, addUnit } from '../../test/fixtures';
import { personNameColumns } from '../tenants/tenant-setup';

// Issue 19 item 1: people and award search page by cursor, count up to 1,000 and find folded
// names through the trigram index, on both engines.
describeEngines('search paging', (env) => {
  type Page = { items: { id: string }[]; total: number; totalCapped: boolean; nextCursor: string | null };

  /** Every page from the first, following nextCursor; `between` runs after the first page. */
  async function walk(client: ApiClient, url: string, between?: () => Promise<void>) {
    const ids: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await client.get(`${url}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(res.status).toBe(200);
      const page = res.body as Page;
      ids.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
      pages += 1;
      if (pages === 1) await between?.();
    } while (cursor && pages < 500);
    return { ids, pages };
  }

  /** Many people in one new unit, in one statement (a fixture call each would take minutes). */
  async function bulkPeople(unitId: string, names: string[], birth: (i: number) => string | null) {
    const { database, fx } = env();
    const rows = names.map((name, i) => ({
      tenantId: fx.tenantA,
      id: newId(),
      unitId,
      gender: 'NAM' as const,
      birthDate: birth(i),
      ...personNameColumns(name),
    }));
    await database.db.insert(person).values(rows);
    await database.db.insert(personEmployment).values(
      rows.map((r) => ({
        tenantId: fx.tenantA,
        id: newId(),
        personId: r.id,
        unitId,
        fromDate: '2020-01-01',
      })),
    );
    return rows.map((r) => r.id);
  }

  it('finds names with diacritics from a search without them, people and awards', async () => {
    const { database, fx, app } = env();
    const unit = await addUnit(database.db, fx.tenantA, fx.ownChild, 'Tổ Toán');
    const dang = await addPerson(database.db, fx.tenantA, unit.id, 'Đặng Thị Hồng Nhung');
    await addPerson(database.db, fx.tenantA, unit.id, 'Lê Văn Hùng');
    await database.db.insert(award).values({
      tenantId: fx.tenantA,
      id: newId(),
      subjectType: 'PERSON',
      subjectId: dang,
      awardCode: 'LDTT',
      year: 2024,
    });
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const people = await officer.get(`/api/people?unitId=${unit.id}&q=dang%20thi%20hong`);
    expect(people.body.items.map((p: { id: string }) => p.id)).toEqual([dang]);
    expect(people.body).toMatchObject({ total: 1, totalCapped: false, nextCursor: null });
    const awards = await officer.get(`/api/awards?unitId=${unit.id}&q=HONG%20nhung`);
    expect(awards.body.items.map((a: { subjectId: string }) => a.subjectId)).toEqual([dang]);
  });

  it('pages people by cursor in every sort with no gap or repeat, rows added mid-way at most once', async () => {
    const { database, fx, app } = env();
    const unit = await addUnit(database.db, fx.tenantA, fx.ownChild, 'Tổ Văn');
    // Repeated names tie on the sort key (the id breaks the tie); some birth dates are null.
    const names = Array.from({ length: 23 }, (_, i) => ['Trần Văn An', 'Lê Thị Bình', 'Đỗ Minh Đức'][i % 3]!);
    const before = await bulkPeople(unit.id, names, (i) => (i % 4 === 0 ? null : `19${70 + (i % 7)}-05-01`));
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    for (const sort of ['name', '-name', 'unit', 'birthYear', '-birthYear']) {
      const all = await officer.get(`/api/people?unitId=${unit.id}&pageSize=200&sort=${sort}`);
      const { ids, pages } = await walk(officer, `/api/people?unitId=${unit.id}&pageSize=5&sort=${sort}`);
      expect(pages).toBe(5);
      expect(ids).toEqual(all.body.items.map((p: { id: string }) => p.id));
    }
    // Rows inserted while paging: every earlier row exactly once, each new one at most once.
    let added: string[] = [];
    const { ids } = await walk(officer, `/api/people?unitId=${unit.id}&pageSize=4&sort=name`, async () => {
      added = await bulkPeople(unit.id, ['Âu Văn A', 'Trần Văn An', 'Yên Thị Y'], () => null);
    });
    for (const id of before) expect(ids.filter((x) => x === id)).toHaveLength(1);
    for (const id of added) expect(ids.filter((x) => x === id).length).toBeLessThanOrEqual(1);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('refuses a cursor made for another sort or forged, with a stable code', async () => {
    const { database, fx, app } = env();
    const unit = await addUnit(database.db, fx.tenantA, fx.ownChild, 'Tổ Sử');
    await bulkPeople(unit.id, ['Nguyễn An', 'Nguyễn Bình', 'Nguyễn Chi'], () => null);
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const first = await officer.get(`/api/people?unitId=${unit.id}&pageSize=1&sort=name`);
    const other = await officer.get(
      `/api/people?unitId=${unit.id}&sort=unit&cursor=${first.body.nextCursor}`,
    );
    expect(other.status).toBe(400);
    expect(other.body.error.code).toBe('INVALID_CURSOR');
    const forged = Buffer.from(JSON.stringify({ s: 'name', k: ['a', "x' OR 1=1"] })).toString('base64url');
    const bad = await officer.get(`/api/people?unitId=${unit.id}&cursor=${forged}`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('INVALID_CURSOR');
  });

  it('caps the count at 1,000 and pages awards by cursor past it', async () => {
    const { database, fx, app } = env();
    const unit = await addUnit(database.db, fx.tenantA, fx.ownChild, 'Tổ Lý');
    const ids = await bulkPeople(
      unit.id,
      Array.from({ length: 1005 }, (_, i) => `Phan Văn Số ${i}`),
      () => null,
    );
    await database.db.insert(award).values(
      ids.map((subjectId, i) => ({
        tenantId: fx.tenantA,
        id: newId(),
        subjectType: 'PERSON' as const,
        subjectId,
        awardCode: 'LDTT',
        year: 2015 + (i % 10),
      })),
    );
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const people = await officer.get(`/api/people?unitId=${unit.id}&pageSize=1`);
    expect(people.body).toMatchObject({ total: 1000, totalCapped: true });
    // The dashboard's total is exact: a leader sees 1.005, not "hơn 1.000".
    expect((await officer.get(`/api/people/count?unitId=${unit.id}`)).body).toEqual({ total: 1005 });
    const few = await officer.get(`/api/people?unitId=${unit.id}&q=so%20100`);
    expect(few.body).toMatchObject({ total: 6, totalCapped: false }); // 100 and 1000–1004
    const awards = await officer.get(`/api/awards?unitId=${unit.id}&pageSize=1`);
    expect(awards.body).toMatchObject({ total: 1000, totalCapped: true });
    const walked = await walk(officer, `/api/awards?unitId=${unit.id}&pageSize=200`);
    expect(walked.pages).toBe(6);
    expect(new Set(walked.ids).size).toBe(1005);
    // The cursor order is the page order: newest year first.
    const first = await officer.get(`/api/awards?unitId=${unit.id}&pageSize=3`);
    expect(first.body.items.map((a: { year: number }) => a.year)).toEqual([2024, 2024, 2024]);
  });

  it('pages awards by cursor while awards are added and removed: earlier ones once, new ones at most once', async () => {
    const { database, fx, app } = env();
    const unit = await addUnit(database.db, fx.tenantA, fx.ownChild, 'Tổ Hoá');
    const people = await bulkPeople(
      unit.id,
      ['Trần Văn An', 'Lê Thị Bình', 'Trần Văn An', 'Ông Ích'],
      () => null,
    );
    const awardOf = (subjectId: string, year: number) => ({
      tenantId: fx.tenantA,
      id: newId(),
      subjectType: 'PERSON' as const,
      subjectId,
      awardCode: 'LDTT',
      kind: 'CONG_TRANG' as const,
      year,
    });
    // Ties on (year, name) across people named alike; the id orders them.
    const before = Array.from({ length: 22 }, (_, i) => awardOf(people[i % 4]!, 2020 + (i % 5)));
    await database.db.insert(award).values(before);
    const gone = before[20]!.id;
    const url = `/api/awards?unitId=${unit.id}&awardCode=LDTT&kind=CONG_TRANG&yearFrom=2019&yearTo=2025&pageSize=4`;
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    let added: string[] = [];
    const { ids } = await walk(officer, url, async () => {
      // Before, inside and after the first page's keys, and one row removed.
      const rows = [awardOf(people[0]!, 2025), awardOf(people[1]!, 2022), awardOf(people[3]!, 2019)];
      await database.db.insert(award).values(rows);
      added = rows.map((r) => r.id);
      await database.db.execute(sql`DELETE FROM award WHERE tenant_id = ${fx.tenantA} AND id = ${gone}`);
    });
    for (const a of before.filter((b) => b.id !== gone))
      expect(ids.filter((x) => x === a.id)).toHaveLength(1);
    for (const id of [...added, gone]) expect(ids.filter((x) => x === id).length).toBeLessThanOrEqual(1);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('serves a substring of the folded name from the trigram index (the plan names it)', async () => {
    const { database } = env();
    // The folded-name predicate alone: at test scale the planner answers "this tenant AND this
    // substring" from the tenant's btree (every row here is one tenant's), so that plan shows the
    // cost model, not whether pg_trgm and the index serve LIKE '%q%' on this engine.
    await database.db.execute(sql`ANALYZE person`);
    await database.db.transaction(async (tx) => {
      // Citus plans on the workers, and passes a SET LOCAL on to them only when told to.
      await tx.execute(sql`SELECT set_config('citus.propagate_set_commands', 'local', true)
        WHERE EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'citus')`);
      await tx.execute(sql`SET LOCAL enable_seqscan = off`);
      const plan = await queryRows<{ 'QUERY PLAN': string }>(
        tx,
        sql`EXPLAIN SELECT id FROM person WHERE name_search LIKE '%hong nhung%'`,
      );
      expect(plan.map((r) => r['QUERY PLAN']).join('\n')).toContain('person_name_trgm_idx');
    });
  });
});
