import { describe, expect, it } from 'vitest';
import { buildFairnessView } from './fairness-view';

const c = (base: number, count: number, people = count) => ({ base, count, people });
const only = (counts: ReturnType<typeof c>) => ({
  DIRECT_WORKER: counts,
  WOMEN: c(0, 0),
  MINORITY: c(0, 0),
  GRASSROOTS: c(0, 0),
  LEADER: c(0, 0),
});

describe('fairness view', () => {
  it('marks a share under its target and hides a year of 3 people with a complement', () => {
    const view = buildFairnessView({
      years: [2023, 2024, 2025],
      rows: [
        { key: 'all', counts: only(c(100, 20)) },
        { key: 'year:2023', counts: only(c(30, 3)) },
        { key: 'year:2024', counts: only(c(30, 7)) },
        { key: 'year:2025', counts: only(c(40, 10)) },
        { key: 'level:CO_SO', counts: only(c(100, 20)) },
      ],
      units: [],
      targets: { DIRECT_WORKER: 30 },
    });
    const dw = view.indicators.find((i) => i.key === 'DIRECT_WORKER')!;
    expect(dw.overall).toMatchObject({ count: 20, sharePct: 20, isShort: true });
    expect(dw.byYear.map((p) => p.count)).toEqual([null, null, 10]);
    expect(dw.byYear[0]).toMatchObject({ isSuppressed: true, sharePct: null });
    expect(dw.byLevel.map((p) => p.count)).toEqual([0, 0, 20]);
  });
});
