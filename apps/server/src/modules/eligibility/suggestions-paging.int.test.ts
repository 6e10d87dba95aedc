import { personNameSortKey } from '@vinhdanh/domain/text/collation';
import { expect, it } from 'vitest';
import type { Db } from '../../db/client';
import { annualRating } from '../../db/schema/index';
import { newId } from '../../lib/ids';
import { ApiClient } from '../../test/client';
import { describeEngines } from '../../test/engines';
import { addPerson, addUnit } from '../../test/fixtures';

// Issue 19: "Gợi ý đề nghị" is paged. Each award's list comes in the order the officer is shown
// (direct workers first, then women, then by name), a page at a time from a cursor, with no subject
// missed or repeated across pages, even while subjects are added between pages.
describeEngines('suggestion pages', (env) => {
  type Subject = { id: string; name: string; isDirectWorker: boolean; isWomenPriority: boolean };
  type Award = {
    award: string;
    total: number;
    totalCapped: boolean;
    people: number;
    collectives: number;
    subjects: Subject[];
    nextCursor: string | null;
  };
  const ldttOf = (body: { awards: Award[] }) => body.awards.find((a) => a.award === 'LDTT')!;

  /** A person with a 2025 rating that makes them eligible for Lao động tiên tiến. */
  async function eligiblePerson(
    db: Db,
    tenantId: string,
    unitId: string,
    name: string,
    extra: { gender: 'NAM' | 'NU'; isDirectWorker: boolean },
  ) {
    const id = await addPerson(db, tenantId, unitId, name, { recruitedOn: '2010-01-01', ...extra });
    await db.insert(annualRating).values({
      tenantId,
      id: newId(),
      subjectType: 'PERSON',
      subjectId: id,
      year: 2025,
      rating: 'HTTNV',
    });
    return id;
  }

  it('pages an award’s list in its order, each subject once, while subjects are added', async () => {
    const { database, fx, app } = env();
    const db = database.db;
    const unit = await addUnit(db, fx.tenantA, fx.ownChild, 'Tổ phân trang');
    // Every combination of the two priorities, and two people with the same name (the id decides).
    const people: [string, 'NAM' | 'NU', boolean][] = [
      ['Trần Văn An', 'NAM', false],
      ['Lê Thị Bình', 'NU', false],
      ['Phạm Văn Cường', 'NAM', true],
      ['Hoàng Thị Dung', 'NU', true],
      ['Vũ Văn Em', 'NAM', false],
      ['Đỗ Thị Giang', 'NU', true],
      ['Bùi Văn Hải', 'NAM', true],
      ['Ngô Thị Yến', 'NU', false],
      ['Đặng Văn Khoa', 'NAM', false],
      ['Đặng Văn Khoa', 'NAM', false],
      ['Lý Thị Lan', 'NU', false],
    ];
    const ids = new Set<string>();
    for (const [name, gender, isDirectWorker] of people)
      ids.add(await eligiblePerson(db, fx.tenantA, unit.id, name, { gender, isDirectWorker }));

    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const url = `/api/org-units/${unit.id}/suggestions?year=2025`;
    // The whole list (no limit), judged inline: a small scope.
    const whole = await officer.get(url);
    expect(whole.status).toBe(200);
    expect(whole.body.pending).toBe(0);
    const all = ldttOf(whole.body);
    expect(new Set(all.subjects.map((s) => s.id))).toEqual(ids);
    expect(all).toMatchObject({ total: ids.size, totalCapped: false, people: ids.size, collectives: 0 });
    expect(all.nextCursor).toBeNull();
    // Direct workers first, then women, then by given name and full name.
    const rank = (s: Subject) => (s.isDirectWorker ? 0 : 2) + (s.isWomenPriority ? 0 : 1);
    const keys = all.subjects.map((s) => [rank(s), personNameSortKey(s.name)] as const);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
    expect(keys).toEqual(sorted);
    expect(all.subjects[0]).toMatchObject({ isDirectWorker: true, isWomenPriority: true });

    // Pages of 3: the first page of every award, then LDTT's next pages from its cursor.
    const first = ldttOf((await officer.get(`${url}&limit=3`)).body);
    expect(first.subjects.map((s) => s.id)).toEqual(all.subjects.slice(0, 3).map((s) => s.id));
    expect(first.total).toBe(ids.size);
    expect(first.nextCursor).toEqual(expect.any(String));
    const seen = first.subjects.map((s) => s.id);
    let cursor = first.nextCursor;
    let added: string | null = null;
    let pages = 1;
    while (cursor) {
      // Between the first and second pages a direct worker joins, sorted before the cursor, and a
      // person after it: neither may make a subject already there repeat or vanish.
      if (pages === 1) {
        await eligiblePerson(db, fx.tenantA, unit.id, 'An Thị Ánh', { gender: 'NU', isDirectWorker: true });
        added = await eligiblePerson(db, fx.tenantA, unit.id, 'Ông Văn Zô', {
          gender: 'NAM',
          isDirectWorker: false,
        });
      }
      const res = await officer.get(`${url}&limit=3&award=LDTT&cursor=${encodeURIComponent(cursor)}`);
      expect(res.status).toBe(200);
      expect(res.body.awards.map((a: Award) => a.award)).toEqual(['LDTT']);
      const page = ldttOf(res.body);
      expect(page.subjects.length).toBeLessThanOrEqual(3);
      seen.push(...page.subjects.map((s) => s.id));
      cursor = page.nextCursor;
      pages += 1;
    }
    // Every subject there before the first page exactly once; the ones added at most once.
    expect(new Set(seen).size).toBe(seen.length);
    for (const id of ids) expect(seen.filter((s) => s === id)).toHaveLength(1);
    expect(seen.length - ids.size).toBeLessThanOrEqual(2);
    // The one added after the cursor's position is read on a later page.
    expect(seen).toContain(added);
    expect(pages).toBeGreaterThanOrEqual(4);
  });

  it('refuses a cursor it did not make, or one without its award', async () => {
    const { fx, app } = env();
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const url = `/api/org-units/${fx.ownChild.id}/suggestions?year=2025&limit=2`;
    const forged = await officer.get(`${url}&award=LDTT&cursor=bm90LWEtY3Vyc29y`);
    expect(forged.status).toBe(400);
    expect(forged.body.error.code).toBe('INVALID_CURSOR');
    const cursor = Buffer.from(JSON.stringify({ s: 'suggestions:CSTDCS', k: [0, 'a', newId()] })).toString(
      'base64url',
    );
    // A cursor made for another award's list.
    expect((await officer.get(`${url}&award=LDTT&cursor=${cursor}`)).body.error.code).toBe('INVALID_CURSOR');
    expect((await officer.get(`${url}&cursor=${cursor}`)).body.error.code).toBe('INVALID_CURSOR');
  });
});
