import { AWARD_LEVELS } from './award-levels';
import { FAIRNESS_INDICATORS, type FairnessIndicator, isShortOf } from './fairness-indicators';
import { type CountCell, isSmall, suppressCells } from './suppression';

// Turns the SQL's counts into what may be shown: shares with their targets, small cells hidden
// ("< 5") together with their complements, per year, per level and per unit.

export type Counts = { base: number; count: number; people: number };
export type CountsByIndicator = Readonly<Record<string, Counts>>;

export type FairnessPoint = {
  key: string;
  /** Awards of the indicator's members; null when hidden (fewer than 5 people, or a complement). */
  count: number | null;
  isSuppressed: boolean;
  base: number;
  sharePct: number | null;
  isShort: boolean;
};

export type FairnessIndicatorView = {
  key: FairnessIndicator;
  targetPct: number | null;
  overall: FairnessPoint;
  byLevel: FairnessPoint[];
  byYear: FairnessPoint[];
};

export type FairnessUnitView = { unitId: string; unitName: string; points: Record<string, FairnessPoint> };

const EMPTY: Counts = { base: 0, count: 0, people: 0 };
const share = (c: Counts) => (c.base === 0 ? null : Math.round((1000 * c.count) / c.base) / 10);

function point(
  key: string,
  c: Counts,
  hidden: boolean,
  indicator: FairnessIndicator,
  target: number | null,
): FairnessPoint {
  const pct = share(c);
  return {
    key,
    count: hidden ? null : c.count,
    isSuppressed: hidden,
    base: c.base,
    sharePct: hidden ? null : pct,
    // The shortfall is marked even on a hidden cell: it says only that the share is off target.
    isShort: target !== null && pct !== null && isShortOf(indicator, pct, target),
  };
}

function parts(
  entries: { key: string; counts: Counts }[],
  totalShown: boolean,
  indicator: FairnessIndicator,
  target: number | null,
): FairnessPoint[] {
  const cells: CountCell[] = entries.map((e) => e.counts);
  const hidden = suppressCells(cells, totalShown);
  return entries.map((e, i) => point(e.key, e.counts, hidden[i] ?? false, indicator, target));
}

export function buildFairnessView(input: {
  years: number[];
  rows: { key: string; counts: CountsByIndicator }[];
  units: { key: string; name: string; counts: CountsByIndicator }[];
  targets: Partial<Record<FairnessIndicator, number>>;
}): { indicators: FairnessIndicatorView[]; units: FairnessUnitView[] } {
  const byKey = new Map(input.rows.map((r) => [r.key, r.counts]));
  const at = (key: string, k: FairnessIndicator) => byKey.get(key)?.[k] ?? EMPTY;
  const indicators = FAIRNESS_INDICATORS.map((k) => {
    const target = input.targets[k] ?? null;
    const total = at('all', k);
    const totalHidden = isSmall(total.people);
    return {
      key: k,
      targetPct: target,
      overall: point('all', total, totalHidden, k, target),
      byLevel: parts(
        AWARD_LEVELS.map((l) => ({ key: l, counts: at(`level:${l}`, k) })),
        !totalHidden,
        k,
        target,
      ),
      byYear: parts(
        input.years.map((y) => ({ key: String(y), counts: at(`year:${y}`, k) })),
        !totalHidden,
        k,
        target,
      ),
    };
  });
  // Per unit: for each indicator the units are the parts of the printed total.
  const unitPoints = input.units.map(() => ({}) as Record<string, FairnessPoint>);
  for (const k of FAIRNESS_INDICATORS) {
    const target = input.targets[k] ?? null;
    const totalHidden = isSmall(at('all', k).people);
    const pts = parts(
      input.units.map((u) => ({ key: u.key, counts: u.counts[k] ?? EMPTY })),
      !totalHidden,
      k,
      target,
    );
    pts.forEach((p, i) => {
      unitPoints[i]![k] = p;
    });
  }
  return {
    indicators,
    units: input.units.map((u, i) => ({ unitId: u.key, unitName: u.name, points: unitPoints[i]! })),
  };
}
