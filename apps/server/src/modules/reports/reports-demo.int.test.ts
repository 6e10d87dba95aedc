import { BUILT_IN_DEFINITIONS, definitionAt, FORM_CODES } from '@vinhdanh/domain/reports/report-catalogue';
import { checkSums } from '@vinhdanh/domain/reports/report-compute';
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { queryRows } from '../../db/query-rows';
import { ApiClient } from '../../test/client';
import { demoTenantId } from '../../test/demo-db';
import { describeDemoEngines } from '../../test/engines';

// The demo province, as the acceptance asks: totals equal their parts on every form and year,
// and a figure matches a count made here from the raw award rows.
describeDemoEngines('statistical forms on the demo province', (env) => {
  it('adds up on 0601–0603 for 2023–2025 and counts the 2025 individual Bằng khen tỉnh as the raw rows do', async () => {
    const db = env().database.db;
    const tenantId = await demoTenantId(db);
    const admin = await ApiClient.login(env().app, 'quantri', 'VinhDanh@2026');
    for (const year of [2023, 2024, 2025]) {
      for (const form of FORM_CODES) {
        const res = await admin.get(`/api/reports/forms?form=${form}&year=${year}`);
        expect(res.status).toBe(200);
        const def = definitionAt(BUILT_IN_DEFINITIONS, form, `${year}-12-31`)!;
        expect(checkSums(def, { cells: res.body.cells }), `${form} ${year}`).toEqual([]);
        expect(res.body.cells[form === '0601' ? '01' : '1']['1'], `${form} ${year}`).toBeGreaterThan(0);
      }
    }
    const [raw] = await queryRows<{ n: number }>(
      db,
      sql`SELECT count(*)::int AS n FROM award WHERE tenant_id = ${tenantId} AND award_code = 'BK_BO_TINH'
          AND subject_type = 'PERSON' AND NOT is_revoked AND EXTRACT(YEAR FROM decision_date) = 2025`,
    );
    const f0603 = (await admin.get('/api/reports/forms?form=0603&year=2025')).body;
    expect(f0603.cells['5']['3']).toBe(raw!.n);
    expect(f0603.cells['17']['1']).toBeGreaterThan(0); // kháng chiến
    expect(f0603.cells['3']['1']).toBeGreaterThan(0); // enterprises
    const f0602 = (await admin.get('/api/reports/forms?form=0602&year=2025')).body;
    expect(f0602.cells['3']['1']).toBe(f0602.cells['1']['1']); // a province's awards, all on row 3
    expect(f0602.cells['10']['1']).toBeGreaterThan(0); // leaders at ministry/province level

    // Every dashboard chart of the demo has at least 3 non-zero points, for each role that sees it.
    const nonZero = (values: (number | null)[]) => values.filter((v) => (v ?? 0) > 0).length;
    for (const username of ['quantri', 'lanhdao', 'canbo.sogd', 'thamdinh']) {
      const client = await ApiClient.login(env().app, username, 'VinhDanh@2026');
      const d = (await client.get('/api/reports/dashboard?year=2026')).body;
      expect(nonZero(d.trend.map((p: { awards: number }) => p.awards)), username).toBeGreaterThanOrEqual(3);
      expect(nonZero(d.trend.map((p: { moneyVnd: number }) => p.moneyVnd)), username).toBeGreaterThanOrEqual(
        3,
      );
      const byLevel = d.awardsByLevel.flatMap((p: { thisYear: number; lastYear: number }) => [
        p.thisYear,
        p.lastYear,
      ]);
      expect(nonZero(byLevel), username).toBeGreaterThanOrEqual(3);
      if (d.queue)
        expect(new Set(d.queue.map((q: { state: string }) => q.state)).size, username).toBeGreaterThanOrEqual(
          3,
        );
      if (d.fairness)
        expect(
          nonZero(d.fairness.map((f: { sharePct: number | null }) => f.sharePct)),
          username,
        ).toBeGreaterThanOrEqual(3);
    }
  });
});
