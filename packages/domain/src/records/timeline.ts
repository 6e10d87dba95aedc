// A subject's record laid out by year, with runs of consecutive titles marked.
// Pure: the server loads the rows, this decides which year each belongs to.
import { CATALOGUE } from '../rules/catalogue';
import { AWARD_NAMES, formatYears } from '../rules/names';
import { AWARD_CODES, type AwardCode, type IsoDate } from '../rules/types';

export type ChainableAward = {
  readonly awardCode: string;
  readonly year: number;
  readonly kind: string;
  readonly isRevoked: boolean;
  /** Whose award it is: chains never join two subjects (a unit and its predecessor). */
  readonly subjectId: string;
};

export type AwardChain = {
  readonly subjectId: string;
  readonly awardCode: string;
  readonly fromYear: number;
  readonly toYear: number;
  readonly length: number;
  readonly label: string;
};

const isAwardCode = (code: string): code is AwardCode => (AWARD_CODES as readonly string[]).includes(code);

export function chainLabel(awardCode: string, fromYear: number, toYear: number): string {
  const name = isAwardCode(awardCode) ? AWARD_NAMES[awardCode].short : awardCode;
  return `${toYear - fromYear + 1} năm liên tục ${name} ${formatYears(fromYear, toYear)}`;
}

/**
 * Runs of at least `minLength` consecutive years of the same award for the same subject.
 * Revoked awards and awards not given for merit (đột xuất, chuyên đề…) are left out:
 * they do not count towards consecutive-year criteria (Law 2022, Điều 93; ND 152).
 */
export function findAwardChains(awards: readonly ChainableAward[], minLength = 2): AwardChain[] {
  const years = new Map<string, { subjectId: string; awardCode: string; years: Set<number> }>();
  for (const a of awards) {
    if (a.isRevoked || a.kind !== 'CONG_TRANG') continue;
    const key = `${a.subjectId}\u0000${a.awardCode}`;
    const entry = years.get(key) ?? { subjectId: a.subjectId, awardCode: a.awardCode, years: new Set() };
    entry.years.add(a.year);
    years.set(key, entry);
  }
  const chains: AwardChain[] = [];
  for (const { subjectId, awardCode, years: set } of years.values()) {
    const sorted = [...set].sort((x, y) => x - y);
    let start = 0;
    for (let i = 1; i <= sorted.length; i += 1) {
      if (i < sorted.length && sorted[i] === (sorted[i - 1] as number) + 1) continue;
      const fromYear = sorted[start] as number;
      const toYear = sorted[i - 1] as number;
      const length = toYear - fromYear + 1;
      if (length >= minLength) {
        chains.push({
          subjectId,
          awardCode,
          fromYear,
          toYear,
          length,
          label: chainLabel(awardCode, fromYear, toYear),
        });
      }
      start = i;
    }
  }
  return chains.sort(
    (x, y) =>
      x.fromYear - y.fromYear ||
      x.awardCode.localeCompare(y.awardCode) ||
      x.subjectId.localeCompare(y.subjectId),
  );
}

/** A title (danh hiệu thi đua) or a form of commendation (hình thức khen thưởng). */
export function isTitle(awardCode: string): boolean {
  return isAwardCode(awardCode) && CATALOGUE[awardCode].category === 'DANH_HIEU';
}

type Yearly = { readonly year: number };
type Period = { readonly fromDate: IsoDate; readonly toDate: IsoDate | null };

export type TimelineInput<R extends Yearly, A extends Yearly & ChainableAward, I extends Yearly, D, H> = {
  readonly ratings: readonly R[];
  readonly awards: readonly A[];
  readonly initiatives: readonly I[];
  readonly disciplines: readonly (D & Period)[];
  readonly holds: readonly (H & Period)[];
  /** Open periods (a hold not yet closed) run to this year. */
  readonly currentYear: number;
};

export type TimelineYear<R, A, I, D, H> = {
  readonly year: number;
  readonly ratings: R[];
  readonly titles: A[];
  readonly forms: A[];
  readonly initiatives: I[];
  readonly disciplines: D[];
  readonly holds: H[];
  readonly chains: AwardChain[];
};

const yearOf = (date: IsoDate): number => Number(date.slice(0, 4));

function periodYears(p: Period, currentYear: number): [number, number] {
  const from = yearOf(p.fromDate);
  const to = p.toDate === null ? Math.max(from, currentYear) : yearOf(p.toDate);
  return [from, Math.max(from, to)];
}

/**
 * One row per year from the earliest record to the latest, gaps included (a gap is
 * what breaks a chain, so it should be seen). Ascending by year.
 */
export function buildTimeline<R extends Yearly, A extends Yearly & ChainableAward, I extends Yearly, D, H>(
  input: TimelineInput<R, A, I, D, H>,
): {
  fromYear: number | null;
  toYear: number | null;
  years: TimelineYear<R, A, I, D, H>[];
  chains: AwardChain[];
} {
  const bounds: number[] = [
    ...input.ratings.map((r) => r.year),
    ...input.awards.map((a) => a.year),
    ...input.initiatives.map((i) => i.year),
    ...input.disciplines.flatMap((d) => periodYears(d, input.currentYear)),
    ...input.holds.flatMap((h) => periodYears(h, input.currentYear)),
  ];
  const chains = findAwardChains(input.awards);
  if (bounds.length === 0) return { fromYear: null, toYear: null, years: [], chains };
  const fromYear = Math.min(...bounds);
  const toYear = Math.max(...bounds);
  const rows = new Map<number, TimelineYear<R, A, I, D, H>>();
  for (let year = fromYear; year <= toYear; year += 1) {
    const covering = chains.filter((c) => c.fromYear <= year && year <= c.toYear);
    rows.set(year, {
      year,
      ratings: [],
      titles: [],
      forms: [],
      initiatives: [],
      disciplines: [],
      holds: [],
      chains: covering,
    });
  }
  const at = (year: number) => rows.get(year) as TimelineYear<R, A, I, D, H>;
  for (const r of input.ratings) at(r.year).ratings.push(r);
  for (const a of input.awards) (isTitle(a.awardCode) ? at(a.year).titles : at(a.year).forms).push(a);
  for (const i of input.initiatives) at(i.year).initiatives.push(i);
  for (const d of input.disciplines) {
    const [from, to] = periodYears(d, input.currentYear);
    for (let y = from; y <= to; y += 1) at(y).disciplines.push(d);
  }
  for (const h of input.holds) {
    const [from, to] = periodYears(h, input.currentYear);
    for (let y = from; y <= to; y += 1) at(y).holds.push(h);
  }
  return { fromYear, toYear, years: [...rows.values()], chains };
}
