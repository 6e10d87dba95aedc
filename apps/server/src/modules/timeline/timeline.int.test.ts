import { expect, it } from 'vitest';
import { annualRating, award, hold, initiative, initiativeAuthor } from '../../db/schema/index';
import { newId } from '../../lib/ids';
import { ApiClient } from '../../test/client';
import { describeEngines } from '../../test/engines';
import { addPerson, addUnit } from '../../test/fixtures';

type Year = {
  year: number;
  ratings: { rating: string; sourceName: string | null }[];
  titles: { awardCode: string; sourceName: string | null }[];
  forms: unknown[];
  initiatives: unknown[];
  holds: unknown[];
  chains: { label: string }[];
};

describeEngines('timeline', (env) => {
  it('lays out 20 years of a person by year with chains marked', async () => {
    const { app, fx, database, engine } = env();
    const db = database.db;
    const tenantId = fx.tenantA;
    const id = await addPerson(db, tenantId, fx.ownChild.id, 'Trịnh Văn Hải');
    const row = (year: number) => ({ tenantId, subjectType: 'PERSON' as const, subjectId: id, year });
    for (let year = 2005; year <= 2024; year += 1) {
      await db
        .insert(annualRating)
        .values({ ...row(year), id: newId(), rating: year >= 2022 ? 'HTXSNV' : 'HTTNV' });
      await db
        .insert(award)
        .values({ ...row(year), id: newId(), awardCode: 'LDTT', decisionDate: `${year + 1}-01-10` });
    }
    for (const year of [2022, 2023, 2024])
      await db.insert(award).values({ ...row(year), id: newId(), awardCode: 'CSTDCS' });
    await db.insert(award).values({ ...row(2023), id: newId(), awardCode: 'BK_BO_TINH', kind: 'DOT_XUAT' });
    const initiativeId = newId();
    await db
      .insert(initiative)
      .values({ tenantId, id: initiativeId, title: 'Phần mềm xếp lịch', scope: 'CO_SO', year: 2021 });
    await db.insert(initiativeAuthor).values({ tenantId, initiativeId, personId: id, sharePct: 50 });
    await db.insert(hold).values({
      tenantId,
      id: newId(),
      subjectId: id,
      reason: 'THANH_TRA',
      fromDate: '2019-03-01',
      toDate: '2019-09-01',
    });

    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    await officer.get(`/api/people/${id}/timeline`); // warm caches, as a second page view would
    const started = performance.now();
    const res = await officer.get(`/api/people/${id}/timeline`);
    const elapsed = performance.now() - started;
    console.info(`[${engine}] 20-year person timeline: ${elapsed.toFixed(1)} ms`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      subject: { id, type: 'PERSON', name: 'Trịnh Văn Hải' },
      fromYear: 2005,
      toYear: 2024,
    });
    const years: Year[] = res.body.years;
    expect(years).toHaveLength(20);
    const y2023 = years.find((y) => y.year === 2023)!;
    expect(y2023.ratings[0]?.rating).toBe('HTXSNV');
    expect(y2023.titles.map((t) => t.awardCode).sort()).toEqual(['CSTDCS', 'LDTT']);
    expect(y2023.forms).toHaveLength(1);
    expect(y2023.chains.map((c) => c.label)).toEqual([
      '20 năm liên tục Lao động tiên tiến 2005–2024',
      '3 năm liên tục CSTĐ cơ sở 2022–2024',
    ]);
    expect(years.find((y) => y.year === 2021)!.initiatives).toEqual([
      expect.objectContaining({ title: 'Phần mềm xếp lịch', sharePct: 50 }),
    ]);
    expect(years.find((y) => y.year === 2019)!.holds).toHaveLength(1);
    expect(elapsed).toBeLessThan(1000);
  });

  it('shows a merged unit its predecessors’ years, labelled with their names', async () => {
    const { app, fx, database } = env();
    const db = database.db;
    const tenantId = fx.tenantA;
    const absorbed = await addUnit(db, tenantId, fx.own, 'Trường THCS Cũ');
    const successor = await addUnit(db, tenantId, fx.own, 'Trường liên cấp');
    const rating = (subjectId: string, year: number) => ({
      tenantId,
      id: newId(),
      subjectType: 'COLLECTIVE' as const,
      subjectId,
      year,
      rating: 'HTXSNV' as const,
    });
    await db
      .insert(annualRating)
      .values([rating(absorbed.id, 2020), rating(absorbed.id, 2021), rating(successor.id, 2024)]);
    for (const year of [2020, 2021]) {
      await db.insert(award).values({
        tenantId,
        id: newId(),
        subjectType: 'COLLECTIVE',
        subjectId: absorbed.id,
        awardCode: 'TTLDXS',
        year,
      });
    }
    const admin = await ApiClient.login(app, fx.tenantAdmin);
    const merged = await admin.post('/api/org-units/merge', {
      absorbedIds: [absorbed.id],
      successor: { mode: 'EXISTING', id: successor.id },
      effectiveDate: '2025-07-01',
    });
    expect(merged.status).toBeLessThan(300);
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const res = await officer.get(`/api/org-units/${successor.id}/timeline`);
    expect(res.status).toBe(200);
    expect(res.body.subject.type).toBe('COLLECTIVE');
    expect(res.body.predecessors).toEqual([
      {
        id: absorbed.id,
        name: expect.stringContaining('Trường THCS Cũ'),
        // The absorbed unit lay inside the officer's subtree: its rows stay the officer's to change.
        allowedActions: { writeRecords: true },
      },
    ]);
    const years: Year[] = res.body.years;
    expect(years.map((y) => y.year)).toEqual([2020, 2021, 2022, 2023, 2024]);
    const y2020 = years[0]!;
    expect(y2020.ratings[0]?.sourceName).toContain('Trường THCS Cũ');
    expect(y2020.titles[0]).toMatchObject({
      awardCode: 'TTLDXS',
      sourceName: expect.stringContaining('Trường THCS Cũ'),
    });
    expect(y2020.chains.map((c) => c.label)).toEqual(['2 năm liên tục Tập thể lao động xuất sắc 2020–2021']);
    expect(years.at(-1)!.ratings[0]?.sourceName).toBeNull();
  });

  it('refuses a timeline outside the scope', async () => {
    const { app, fx } = env();
    const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    expect((await officer.get(`/api/people/${fx.people.other}/timeline`)).status).toBe(403);
    expect((await officer.get(`/api/org-units/${fx.other.id}/timeline`)).status).toBe(403);
    expect((await officer.get(`/api/people/${fx.people.tenantB}/timeline`)).status).toBe(404);
  });
});
