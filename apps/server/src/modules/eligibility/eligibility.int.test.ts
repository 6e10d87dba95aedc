import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { queryRows } from '../../db/query-rows';
import { annualRating, award, hold, initiative, initiativeAuthor } from '../../db/schema/index';
import { loadSubjectRecords } from '../../db/subject-records.repository';
import { newId } from '../../lib/ids';
import { ApiClient } from '../../test/client';
import { describeEngines } from '../../test/engines';
import { addPerson, addRating } from '../../test/fixtures';
import { openTestDatabase } from '../../test/test-db';
import { findPerson } from '../people/index';

describeEngines('eligibility', (env, engine) => {
  it('builds the history from the database and cites the article for each reason', async () => {
    const { database, fx, app } = env();
    const db = database.db;
    const id = await addPerson(db, fx.tenantA, fx.ownChild.id, 'Chu Thị Hạnh', { recruitedOn: '2015-09-01' });
    for (const year of [2022, 2023, 2024]) {
      await addRating(db, fx.tenantA, id, year);
      for (const code of ['LDTT', 'CSTDCS']) {
        await db.insert(award).values({
          tenantId: fx.tenantA,
          id: newId(),
          subjectType: 'PERSON',
          subjectId: id,
          awardCode: code,
          year,
          decisionDate: `${year + 1}-01-15`,
        });
      }
    }
    const initiativeId = newId();
    await db
      .insert(initiativeAuthor)
      .values({ tenantId: fx.tenantA, initiativeId, personId: id, sharePct: 100 });
    await db.insert(initiative).values({
      tenantId: fx.tenantA,
      id: initiativeId,
      title: 'Số hóa hồ sơ',
      scope: 'BO_TINH',
      year: 2024,
    });
    const client = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const res = await client.get(`/api/subjects/${id}/eligibility?year=2024`);
    expect(res.status).toBe(200);
    expect(res.body.ruleSet).toBe('LTDKT-2022+ND-98-2023');
    const byAward = Object.fromEntries(res.body.verdicts.map((v: { award: string }) => [v.award, v]));
    expect(byAward.CSTD_BO_TINH.eligible).toBe(true);
    expect(byAward.BK_BO_TINH.eligible).toBe(true);
    for (const v of res.body.verdicts) for (const r of v.reasons) expect(r.citation).toMatch(/Điều/);

    await db.insert(hold).values({
      tenantId: fx.tenantA,
      id: newId(),
      subjectId: id,
      reason: 'KHIEU_NAI',
      fromDate: '2024-06-01',
    });
    const held = await client.get(`/api/subjects/${id}/eligibility?year=2024`);
    const heldBk = held.body.verdicts.find((v: { award: string }) => v.award === 'BK_BO_TINH');
    expect(heldBk).toMatchObject({ held: true, eligible: false });
  });

  it('answers alike past the generic plan, sees a new record, and reads one subject through named statements', async () => {
    const { database, fx, app } = env();
    const db = database.db;
    const id = await addPerson(db, fx.tenantA, fx.ownChild.id, 'Lò Văn Sinh', { recruitedOn: '2010-09-01' });
    const rate = (year: number) => addRating(db, fx.tenantA, id, year);
    await rate(2024);
    const client = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const ldtt = async () => {
      const res = await client.get(`/api/subjects/${id}/eligibility?year=2025`);
      expect(res.status).toBe(200);
      return res.body.verdicts.find((v: { award: string }) => v.award === 'LDTT') as { eligible: boolean };
    };
    const first = await ldtt();
    expect(first.eligible).toBe(false);
    // Past PostgreSQL's five custom plans, after which a named statement may run its generic plan.
    for (let i = 0; i < 8; i++) expect(await ldtt()).toEqual(first);
    await rate(2025);
    expect((await ldtt()).eligible).toBe(true);

    if (engine === 'pglite') return;
    // One subject's records and the person behind the access check are named statements of the
    // connection (parsed and planned once); a batch's IN lists, whose text changes with its size, are not.
    await db.transaction(async (tx) => {
      const names = async () =>
        (await queryRows<{ name: string }>(tx, sql`SELECT name FROM pg_prepared_statements`))
          .map((r) => r.name.replace(/_[\w-]{20}$/, ''))
          .sort();
      await loadSubjectRecords(tx, fx.tenantA, [id]);
      await findPerson(tx, fx.tenantA, id);
      const after = await names();
      expect(after).toEqual(expect.arrayContaining(['find_person', 'subject_records']));
      await loadSubjectRecords(tx, fx.tenantA, [id, fx.people.own]);
      expect(await names()).toEqual(after);
    });
    // Behind a pooler that cannot follow them (VINHDANH_NAMED_STATEMENTS=0) none is named.
    const unnamed = await openTestDatabase(engine, { namedStatements: false });
    try {
      await unnamed.db.transaction(async (tx) => {
        expect(await loadSubjectRecords(tx, fx.tenantA, [id])).toMatchObject({ ratings: [], awards: [] });
        expect(await findPerson(tx, fx.tenantA, id)).toBeUndefined();
        expect(await queryRows(tx, sql`SELECT name FROM pg_prepared_statements`)).toEqual([]);
      });
    } finally {
      await unnamed.close();
    }
  });

  it('suggests the eligible people of a unit, direct workers first, then women (ND 152, Điều 4.6)', async () => {
    const { database, fx, app } = env();
    const db = database.db;
    const unit = fx.ownChild.id;
    const clerk = await addPerson(db, fx.tenantA, unit, 'An Văn Bách', {
      recruitedOn: '2010-01-01',
      gender: 'NAM',
    });
    const woman = await addPerson(db, fx.tenantA, unit, 'Hà Thị Yến', { recruitedOn: '2010-01-01' });
    const worker = await addPerson(db, fx.tenantA, unit, 'Võ Thị Xuân', {
      recruitedOn: '2010-01-01',
      isDirectWorker: true,
    });
    for (const id of [clerk, woman, worker]) {
      await db.insert(annualRating).values({
        tenantId: fx.tenantA,
        id: newId(),
        subjectType: 'PERSON',
        subjectId: id,
        year: 2025,
        rating: 'HTTNV',
      });
    }
    const client = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const res = await client.get(`/api/org-units/${unit}/suggestions?year=2025`);
    expect(res.status).toBe(200);
    const ldtt = res.body.awards.find((a: { award: string }) => a.award === 'LDTT');
    const names = ldtt.subjects.map((s: { name: string }) => s.name);
    expect(names.indexOf('Võ Thị Xuân')).toBeLessThan(names.indexOf('Hà Thị Yến'));
    expect(names.indexOf('Hà Thị Yến')).toBeLessThan(names.indexOf('An Văn Bách'));
    expect(res.body.order).toContain('Nghị định 152/2025/NĐ-CP, Điều 4, khoản 6');
    expect(names).not.toContain('Trần Thị Hường'); // another unit's person never appears
  });

  it('judges a unit by its kind: a department is never offered the village or commune titles', async () => {
    const { fx, app } = env();
    const client = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const res = await client.get(`/api/subjects/${fx.own.id}/eligibility?year=2025`);
    expect(res.status).toBe(200);
    const awards = res.body.verdicts.map((v: { award: string }) => v.award);
    expect(awards).toContain('TTLDTT');
    expect(awards).not.toContain('THON_VH');
    expect(awards).not.toContain('XA_TIEU_BIEU');
  });

  it('applies the tenant’s own parameter (a province regulation) and refuses unknown ones', async () => {
    const { database, fx, app } = env();
    const id = await addPerson(database.db, fx.tenantA, fx.ownChild.id, 'Lò Thị Pằng', {
      recruitedOn: '2025-04-01',
    });
    await database.db.insert(annualRating).values({
      tenantId: fx.tenantA,
      id: newId(),
      subjectType: 'PERSON',
      subjectId: id,
      year: 2025,
      rating: 'HTTNV',
    });
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const ldtt = async () =>
      (await officer.get(`/api/subjects/${id}/eligibility?year=2025`)).body.verdicts.find(
        (v: { award: string }) => v.award === 'LDTT',
      );
    expect((await ldtt()).eligible).toBe(true); // 9 months ≥ the default 6

    const admin = await ApiClient.login(app, fx.tenantAdmin);
    const path = '/api/rule-params/LTDKT-2022+ND-152-2025';
    const bad = await admin.request('PUT', path, { params: { ldttMinMonth: 12 } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0]).toEqual({
      path: 'params.ldttMinMonth',
      message: 'Không có tham số này trong bộ quy tắc',
    });
    expect((await admin.request('PUT', path, { params: { ldttMinMonths: 12 } })).status).toBe(200);
    const after = await ldtt();
    expect(after.eligible).toBe(false);
    expect(after.reasons.some((r: { met: boolean; text: string }) => !r.met && r.text.includes('12'))).toBe(
      true,
    );
    await admin.request('PUT', path, { params: {} });
  });
});
