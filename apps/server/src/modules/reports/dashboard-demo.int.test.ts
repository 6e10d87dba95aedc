import { hasPermission } from '@vinhdanh/domain/auth/policy';
import type { Role } from '@vinhdanh/domain/auth/roles';
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { queryRows } from '../../db/query-rows';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../demo/seed-demo';
import { currentYearVn } from '../../platform/clock';
import { ApiClient } from '../../test/client';
import { describeDemoEngines } from '../../test/engines';
import { groupFacts } from './report-facts.repository';

// Issue 13 acceptance: in the demo province every chart has at least 3 non-zero points, as each
// role sees it on the dashboard (the same blocks the web draws for that role) and on the fairness
// view (each share's chart by year and by level, over the view's default years). A chart with
// fewer would show a visitor an empty demo.

type Point = { sharePct: number | null; isSuppressed: boolean };
type Indicator = { key: string; byYear: Point[]; byLevel: Point[] };

const nonZero = (values: (number | null | undefined)[]) => values.filter((v) => (v ?? 0) > 0).length;

/** What the charts draw: a suppressed share ("< 5") is drawn as 0. */
const drawn = (points: Point[]) => points.map((p) => (p.isSuppressed ? 0 : p.sharePct));

describeDemoEngines('demo province: every chart has at least 3 non-zero points', (env) => {
  it('on the dashboard of every demo account that sees statistics, and on the fairness view', async () => {
    const year = currentYearVn();
    const accounts = DEMO_ACCOUNTS.filter((a) =>
      hasPermission({ userId: '', tenantId: '', scopePath: '/', roles: a.roles as Role[] }, 'report:read'),
    );
    expect(accounts.map((a) => a.username)).toEqual(
      expect.arrayContaining(['quantri', 'canbo.sogd', 'thamdinh', 'lanhdao', 'lanhdao.sogd']),
    );
    let charts = 0;
    const short: string[] = [];
    const check = (chart: string, points: number) => {
      charts += 1;
      if (points < 3) short.push(`${chart}: ${points}`);
    };
    for (const account of accounts) {
      const client = await ApiClient.login(env().app, account.username, DEMO_PASSWORD);
      const name = account.username;
      const d = (await client.get(`/api/reports/dashboard?year=${year}`)).body;
      const byLevel = d.awardsByLevel.flatMap((p: { thisYear: number; lastYear: number }) => [
        p.thisYear,
        p.lastYear,
      ]);
      check(`${name}: awards by level`, nonZero(byLevel));
      check(`${name}: trend`, nonZero(d.trend.map((p: { awards: number }) => p.awards)));
      const me = (await client.get('/api/auth/me')).body;
      if ((me.permissions as string[]).includes('decision:issue')) {
        const money = d.trend.map((p: { moneyVnd: number }) => p.moneyVnd);
        check(`${name}: money`, nonZero(money));
        // The same chart's second series: what the fund's ledger paid (demo/seed-fund.ts).
        if (d.fund)
          check(`${name}: money paid`, nonZero(d.fund.byYear.map((y: { paidVnd: number }) => y.paidVnd)));
      }
      if (d.queue) {
        const byState = new Map<string, number>();
        for (const q of d.queue as { state: string; n: number }[]) {
          byState.set(q.state, (byState.get(q.state) ?? 0) + q.n);
        }
        check(`${name}: queue`, nonZero([...byState.values()]));
      }
      if (d.fairness) {
        check(`${name}: fairness`, nonZero(d.fairness.map((f: { sharePct: number | null }) => f.sharePct)));
      }
      // The fairness tab opens on the three years before this one (FairnessPanel). For the whole
      // province every chart counts. A Sở's subtree has fewer than 5 people per share at the
      // state and provincial levels, and fewer than 5 grassroots collectives: the small-cell rule
      // hides those on purpose ("< 5"), so there only the shares by year of people count.
      const view = (await client.get(`/api/reports/fairness?yearFrom=${year - 3}&yearTo=${year - 1}`)).body;
      const isProvince = account.scope === 'UBND';
      for (const ind of view.indicators as Indicator[]) {
        if (!isProvince && ind.key === 'GRASSROOTS') continue;
        check(`${name}: ${ind.key} by year`, nonZero(drawn(ind.byYear)));
        if (isProvince) check(`${name}: ${ind.key} by level`, nonZero(drawn(ind.byLevel)));
      }
    }
    expect(short).toEqual([]);
    expect(charts).toBeGreaterThan(40);
  });

  // The dashboard reads the awards with their subject's unit only (AWARD_UNIT_FROM, issue 19),
  // not through the forms' FROM: its five years must still count what the forms count.
  it('counts each year the awards the statistical forms count, for the province and for a Sở', async () => {
    const year = currentYearVn();
    const db = env().database.db;
    for (const username of ['quantri', 'lanhdao.sogd']) {
      const client = await ApiClient.login(env().app, username, DEMO_PASSWORD);
      const d = (await client.get(`/api/reports/dashboard?year=${year}`)).body;
      const [scope] = await queryRows<{ tenant_id: string; path: string }>(
        db,
        sql`SELECT a.tenant_id, u.path FROM app_user a
            JOIN org_unit u ON u.tenant_id = a.tenant_id AND u.id = a.scope_unit_id WHERE a.username = ${username}`,
      );
      const counted = await groupFacts(db, 'AWARD', ['year'], {
        tenantId: scope!.tenant_id,
        pathPrefix: scope!.path,
        yearFrom: year - 4,
        yearTo: year,
      });
      const byYear = (y: number) => counted.find((g) => Number(g.dims.year) === y)?.n ?? 0;
      expect(d.trend.map((t: { year: number; awards: number }) => [t.year, t.awards])).toEqual(
        d.trend.map((t: { year: number }) => [t.year, byYear(t.year)]),
      );
      expect(d.trend.reduce((n: number, t: { awards: number }) => n + t.awards, 0)).toBeGreaterThan(0);
    }
  });
});
