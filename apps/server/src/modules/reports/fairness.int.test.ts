import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { auditEvent, award, personEmployment } from '../../db/schema/index';
import { newId } from '../../lib/ids';
import { ApiClient } from '../../test/client';
import { describeEngines } from '../../test/engines';
import { addPerson, addUnit } from '../../test/fixtures';

// The fairness view on a unit built for the test: shares equal the counts of the records, a
// group under 5 people is hidden with a complement, targets mark shortfalls, and the list behind a
// share needs the sensitive-reveal permission and is audited.
describeEngines('fairness view', (env) => {
  async function seed() {
    const { db } = env().database;
    const { tenantA, own } = env().fx;
    const root = await addUnit(db, tenantA, own, 'Khối thử nghiệm');
    const [a, b] = [await addUnit(db, tenantA, root, 'Phòng A'), await addUnit(db, tenantA, root, 'Phòng B')];
    const give = async (subjectId: string, awardCode: string, year: number) =>
      db.insert(award).values({
        tenantId: tenantA,
        id: newId(),
        subjectType: 'PERSON',
        subjectId,
        awardCode,
        kind: 'CONG_TRANG',
        year,
        decisionDate: `${year}-03-01`,
      });
    // 10 direct workers (6 women, 3 of them Tày) and 10 others (2 women); one award each in 2024,
    // one more each for the workers in 2025 (Bằng khen tỉnh).
    for (let i = 0; i < 20; i++) {
      const isWorker = i < 10;
      const id = await addPerson(db, tenantA, i % 2 ? a.id : b.id, `Người ${i}`, {
        gender: (isWorker ? i < 6 : i < 12) ? 'NU' : 'NAM',
        ethnicity: i < 3 ? 'Tày' : 'Kinh',
        isDirectWorker: isWorker,
      });
      if (i === 19) {
        await db
          .update(personEmployment)
          .set({ leaderLevel: 'LANH_DAO_VU_SO' })
          .where(eq(personEmployment.personId, id));
      }
      await give(id, 'LDTT', 2024);
      if (isWorker) await give(id, 'BK_BO_TINH', 2025);
    }
    return { root, a, b };
  }

  it('gives each share from the records, hides groups under 5 people, and marks a shortfall against the target', async () => {
    const { root } = await seed();
    const admin = await ApiClient.login(env().app, env().fx.tenantAdmin);
    const saved = await admin.request('PUT', '/api/reports/targets', { DIRECT_WORKER: 70, WOMEN: 30 });
    expect(saved.status).toBe(200);
    const res = await admin.get(`/api/reports/fairness?yearFrom=2024&yearTo=2025&unitId=${root.id}`);
    expect(res.status).toBe(200);
    const by = (k: string) => res.body.indicators.find((i: { key: string }) => i.key === k);
    // 30 individual awards: 20 to direct workers (66.7% < 70%: short), 14 to women (≥ 30%: fine).
    expect(by('DIRECT_WORKER').overall).toMatchObject({ count: 20, base: 30, sharePct: 66.7, isShort: true });
    expect(by('DIRECT_WORKER').targetPct).toBe(70);
    expect(by('WOMEN').overall).toMatchObject({ count: 14, sharePct: 46.7, isShort: false });
    // 3 Tày people: the whole indicator is under 5 people, so nothing about it is printed.
    expect(by('MINORITY').overall).toMatchObject({ count: null, isSuppressed: true, sharePct: null });
    expect(by('LEADER').overall).toMatchObject({ count: null, isSuppressed: true });
    // By level: grassroots 20 (LĐTT), provincial 10 (BK tỉnh) direct-worker awards.
    expect(by('DIRECT_WORKER').byLevel.map((p: { count: number | null }) => p.count)).toEqual([0, 10, 10]);
    expect(
      by('DIRECT_WORKER').byYear.map((p: { key: string; count: number | null }) => [p.key, p.count]),
    ).toEqual([
      ['2024', 10],
      ['2025', 10],
    ]);
    // Per unit: the two departments, 5 + 5 workers each year.
    expect(
      res.body.units.map(
        (u: { points: { DIRECT_WORKER: { count: number } } }) => u.points.DIRECT_WORKER.count,
      ),
    ).toEqual([10, 10]);
  });

  it('opens the women behind a share only with the sensitive-reveal permission, and audits it', async () => {
    const { root } = await seed();
    const q = `yearFrom=2024&yearTo=2025&indicator=WOMEN&unitId=${root.id}`;
    const leader = await ApiClient.login(env().app, env().fx.users.LEADER);
    expect((await leader.get(`/api/reports/fairness/records?${q}`)).status).toBe(403);
    const appraiser = await ApiClient.login(env().app, env().fx.users.APPRAISER);
    const list = await appraiser.get(`/api/reports/fairness/records?${q}&level=CO_SO`);
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(8);
    const events = await env()
      .database.db.select()
      .from(auditEvent)
      .where(and(eq(auditEvent.tenantId, env().fx.tenantA), eq(auditEvent.action, 'report.fairnessRecords')));
    expect(events.some((e) => e.entityId === root.id)).toBe(true);
    const officer = await ApiClient.login(env().app, env().fx.users.UNIT_OFFICER);
    expect((await officer.request('PUT', '/api/reports/targets', { WOMEN: 10 })).status).toBe(403);
    expect(
      (await officer.get(`/api/reports/fairness?yearFrom=2024&yearTo=2025&unitId=${env().fx.other.id}`))
        .status,
    ).toBe(403);
  });
});
