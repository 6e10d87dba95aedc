import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTimeline, chainLabel, findAwardChains, isTitle } from './timeline';

const award = (
  awardCode: string,
  year: number,
  extra: Partial<{ kind: string; isRevoked: boolean; subjectId: string }> = {},
) => ({
  awardCode,
  year,
  kind: 'CONG_TRANG',
  isRevoked: false,
  subjectId: 's1',
  ...extra,
});

describe('findAwardChains', () => {
  it('marks three consecutive CSTĐ cơ sở as one chain', () => {
    const chains = findAwardChains([award('CSTDCS', 2022), award('CSTDCS', 2024), award('CSTDCS', 2023)]);
    expect(chains).toEqual([
      {
        subjectId: 's1',
        awardCode: 'CSTDCS',
        fromYear: 2022,
        toYear: 2024,
        length: 3,
        label: '3 năm liên tục CSTĐ cơ sở 2022–2024',
      },
    ]);
  });

  it('breaks a chain at a gap, a revoked award or a non-merit award', () => {
    const chains = findAwardChains([
      award('LDTT', 2018),
      award('LDTT', 2019),
      award('LDTT', 2020, { isRevoked: true }),
      award('LDTT', 2021),
      award('LDTT', 2022, { kind: 'DOT_XUAT' }),
      award('LDTT', 2023),
    ]);
    expect(chains.map((c) => [c.fromYear, c.toYear])).toEqual([[2018, 2019]]);
  });

  it('never joins two subjects, and ignores single years', () => {
    const chains = findAwardChains([
      award('TTLDXS', 2020, { subjectId: 'old' }),
      award('TTLDXS', 2021, { subjectId: 'new' }),
    ]);
    expect(chains).toEqual([]);
  });

  it('counts duplicate awards of one year once', () => {
    const chains = findAwardChains([award('LDTT', 2020), award('LDTT', 2020), award('LDTT', 2021)]);
    expect(chains).toHaveLength(1);
    expect(chains[0]?.length).toBe(2);
  });

  it('every chain covers only years that hold the award, and its neighbours do not', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 2000, max: 2030 }), { maxLength: 20 }), (years) => {
        const set = new Set(years);
        const chains = findAwardChains(years.map((y) => award('LDTT', y)));
        for (const c of chains) {
          for (let y = c.fromYear; y <= c.toYear; y += 1) expect(set.has(y)).toBe(true);
          expect(set.has(c.fromYear - 1)).toBe(false);
          expect(set.has(c.toYear + 1)).toBe(false);
          expect(c.length).toBeGreaterThanOrEqual(2);
        }
        const covered = chains.reduce((n, c) => n + c.length, 0);
        const isolated = years.filter((y) => !set.has(y - 1) && !set.has(y + 1)).length;
        expect(covered + isolated).toBe(years.length);
      }),
    );
  });
});

describe('buildTimeline', () => {
  it('lays out one row per year from the earliest to the latest record, gaps included', () => {
    const t = buildTimeline({
      ratings: [{ year: 2020, rating: 'HTXSNV' }],
      awards: [award('CSTDCS', 2022), award('CSTDCS', 2023), award('BK_BO_TINH', 2023)],
      initiatives: [{ year: 2021, title: 'Số hóa' }],
      disciplines: [{ form: 'KHIEN_TRACH', fromDate: '2018-05-01', toDate: '2019-05-01' }],
      holds: [],
      currentYear: 2026,
    });
    expect(t.fromYear).toBe(2018);
    expect(t.toYear).toBe(2023);
    expect(t.years.map((y) => y.year)).toEqual([2018, 2019, 2020, 2021, 2022, 2023]);
    const y2023 = t.years.find((y) => y.year === 2023)!;
    expect(y2023.titles.map((a) => a.awardCode)).toEqual(['CSTDCS']);
    expect(y2023.forms.map((a) => a.awardCode)).toEqual(['BK_BO_TINH']);
    expect(y2023.chains.map((c) => c.label)).toEqual(['2 năm liên tục CSTĐ cơ sở 2022–2023']);
    expect(t.years.find((y) => y.year === 2019)!.disciplines).toHaveLength(1);
    expect(t.years.find((y) => y.year === 2020)!.chains).toEqual([]);
  });

  it('runs an open hold to the current year', () => {
    const t = buildTimeline({
      ratings: [],
      awards: [],
      initiatives: [],
      disciplines: [],
      holds: [{ reason: 'KHIEU_NAI', fromDate: '2024-03-01', toDate: null }],
      currentYear: 2026,
    });
    expect(t.years.map((y) => [y.year, y.holds.length])).toEqual([
      [2024, 1],
      [2025, 1],
      [2026, 1],
    ]);
  });

  it('is empty without records', () => {
    const t = buildTimeline({
      ratings: [],
      awards: [],
      initiatives: [],
      disciplines: [],
      holds: [],
      currentYear: 2026,
    });
    expect(t).toEqual({ fromYear: null, toYear: null, years: [], chains: [] });
  });
});

describe('labels', () => {
  it('names titles and forms from the catalogue', () => {
    expect(isTitle('LDTT')).toBe(true);
    expect(isTitle('BK_TTG')).toBe(false);
    expect(chainLabel('LDTT', 2024, 2024)).toBe('1 năm liên tục Lao động tiên tiến 2024');
  });
});
