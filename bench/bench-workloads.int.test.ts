import { AWARD_LEVELS } from '@vinhdanh/domain/reports/award-levels';
import { LEADER_LEVELS } from '@vinhdanh/domain/reports/leader-levels';
import { AWARD_KINDS } from '@vinhdanh/domain/rules/types';
import { describe, expect, inject, it } from 'vitest';
import { SUBJECT_GROUPS } from '../apps/server/src/db/schema/person';
import type {} from '../apps/server/src/test/global-setup';
import { benchEngine } from './eligibility-engine.bench';
import { benchScan } from './eligibility-scan.bench';
import { benchImport, createDatabase } from './import.bench';
import { benchReports } from './reports.bench';
import { benchScreens } from './screens.bench';

// `npm run bench` is not part of the test run, so schema changes could break it unnoticed (the
// scan's streaming baseline once queried a column initiatives no longer have). This runs the
// PostgreSQL workloads at a small scale and checks what they did, never how fast.

describe('benchmark workloads on PostgreSQL, small scale', () => {
  it('runs the engine part below 10,000 subjects (its explained sample once read past the end)', () => {
    const engine = benchEngine(300);
    expect(engine.indexed).toBeGreaterThan(0);
    expect(engine.evaluations).toBeGreaterThan(300);
    expect(engine.explainedPerSecond).toBeGreaterThan(0);
  });

  it('seeds, streams and scans every synthetic subject', async () => {
    const scan = await benchScan(await createDatabase(inject('postgresUrl')), 300);
    expect(scan.scanned).toBeGreaterThanOrEqual(300);
    expect(scan.ratings).toBeGreaterThan(0);
    expect(scan.initiatives).toBeGreaterThan(0);
    // The baseline streams the people and every record the engine reads for them.
    expect(scan.streamedRows).toBeGreaterThan(scan.ratings + scan.awards);
    expect(scan.verdicts).toBeGreaterThan(0);
    // The root's first page of "Gợi ý đề nghị" reads the scan just stored: nothing pending.
    expect(scan.suggestions.pending).toBe(0);
    expect(scan.suggestions.listed).toBeGreaterThan(0);
  });

  it('computes form 0603 and the fairness view with the same figures as the hand-written SQL', async () => {
    const r = await benchReports(await createDatabase(inject('postgresUrl')), 400, 1);
    // The synthetic history covers everything the forms and the view break figures down by.
    const sorted = (xs: readonly (string | null)[]) => [...xs].sort();
    expect(sorted(r.coverage.subject_groups)).toEqual(sorted(SUBJECT_GROUPS));
    expect(sorted(r.coverage.leader_levels)).toEqual(sorted([...LEADER_LEVELS, null]));
    expect(sorted(r.coverage.genders)).toEqual(['NAM', 'NU']);
    expect(r.coverage.ethnicities).toBeGreaterThan(2);
    expect(sorted(r.coverage.kinds)).toEqual(sorted(AWARD_KINDS));
    expect(r.coverage.levels).toEqual(sorted(AWARD_LEVELS));
    expect(sorted(r.coverage.subject_types)).toEqual(['COLLECTIVE', 'HOUSEHOLD', 'PERSON']);
    expect(r.coverage.enterprises).toBeGreaterThan(0);
    expect(r.coverage.households).toBeGreaterThan(0);
    expect(sorted(r.coverage.tenant_kinds)).toEqual(['MINISTRY', 'PROVINCE']);
    // Form 0603 for 2025: every cell of the service's table equals the hand-written aggregate's.
    expect(r.form0603.cells).toEqual(r.form0603.handCells);
    expect(r.form0603.cells['1']?.['1']).toBeGreaterThan(0);
    // The fairness view 2006–2025: the same shares, suppressed cells, shortfalls and units.
    expect(r.fairness.view).toEqual(r.fairness.handView);
    expect(r.fairness.view.units.length).toBeGreaterThan(5);
    const women = r.fairness.view.indicators.find((i) => i.key === 'WOMEN')!;
    expect(women.overall.count).toBeGreaterThan(0);
    expect(women.byYear).toHaveLength(20);
  });

  it('imports the CSV and .xlsx award files and copies the same rows back', async () => {
    const result = await benchImport(inject('postgresUrl'), 2_000, 500, 300);
    expect(result.csv.rows).toBe(2_000);
    expect(result.copy.rows).toBe(2_000);
    expect(result.xlsx.rows).toBe(500);
  });

  it('reads every per-screen figure on the demo province and on a synthetic one beside it', async () => {
    const r = await benchScreens(inject('postgresUrl'), 300);
    expect(r.large.people).toBe(300);
    for (const f of [r.demo, r.large]) {
      // Each read answered with rows: a department's awards, a unit's verdicts, pages of people,
      // the sampled people found by their names, their years.
      expect(f.found.awardHits).toBeGreaterThan(0);
      expect(f.found.eligibilityVerdicts).toBeGreaterThan(0);
      expect(f.found.listed).toBe(20 * f.peopleList.calls);
      expect(f.found.searched).toBeGreaterThanOrEqual(f.peopleSearch.calls);
      expect(f.found.years).toBeGreaterThan(0);
    }
    // Seeding the demo province on PostgreSQL and some 300 timed calls: minutes on a busy machine.
  }, 300_000);
});
