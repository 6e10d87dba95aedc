// Forecast: for each award, eligible now, or the earliest year it could be, and what must happen first.
// Best case: every future year without a rating is rated HTXSNV, and every chain title the subject
// becomes eligible for is granted. Initiatives, cluster leadership and member counts are never assumed.
import { type Criterion, referencedAwards, usesRatings } from './criteria';
import { awardsFor } from './engine';
import { judgeAward } from './judge';
import { AWARD_NAMES, awardNames, RATING_NAMES } from './names';
import { ruleSetAt } from './registry';
import type { RuleSet } from './rule-set';
import type { AwardCode, History, HistoryAward, HistoryRating, IsoDate, Reason } from './types';

export type ForecastStep = {
  readonly year: number;
  readonly kind: 'RATING' | 'AWARD';
  readonly award: AwardCode | null;
};

export type AwardForecast = {
  readonly award: AwardCode;
  readonly name: string;
  readonly status: 'ELIGIBLE' | 'LATER' | 'NOT_WITHIN_HORIZON';
  /** The first year the award could be granted, null when not within the horizon. */
  readonly year: number | null;
  readonly steps: readonly ForecastStep[];
  readonly text: string;
  /** Unmet reasons of the verdict for the requested year. */
  readonly missing: readonly Reason[];
};

export type ForecastOptions = {
  /** Years simulated after the requested year. Default 5. */
  readonly horizon?: number;
  readonly ruleSetFor?: (decisionDate: IsoDate) => RuleSet;
  readonly awards?: readonly AwardCode[];
};

/** Titles the simulation grants when eligible, lower links first so higher ones can use them. */
const SIMULATED: readonly AwardCode[] = ['LDTT', 'CSTDCS', 'BK_BO_TINH', 'BK_TTG', 'HCLD3', 'HCLD2', 'HCLD1'];

function dependencies(ruleSet: RuleSet, code: AwardCode, subject: History['subject']['type']) {
  const codes = new Set<AwardCode>();
  let ratings = false;
  const visit = (c: AwardCode): void => {
    const criterion: Criterion | undefined = ruleSet.awards[c].criteria[subject];
    if (!criterion) return;
    ratings ||= usesRatings(criterion);
    for (const dep of referencedAwards(criterion)) {
      if (!codes.has(dep)) {
        codes.add(dep);
        visit(dep);
      }
    }
  };
  visit(code);
  return { codes, ratings };
}

function describeSteps(steps: readonly ForecastStep[]): string {
  const parts: string[] = [];
  const ratingYears = steps.filter((s) => s.kind === 'RATING').map((s) => s.year);
  if (ratingYears.length > 0)
    parts.push(`được đánh giá ${RATING_NAMES.HTXSNV} năm ${ratingYears.join(', ')}`);
  const byAward = new Map<AwardCode, number[]>();
  for (const s of steps) if (s.award) byAward.set(s.award, [...(byAward.get(s.award) ?? []), s.year]);
  for (const [code, years] of byAward) parts.push(`đạt ${awardNames(code).short} năm ${years.join(', ')}`);
  return parts.join('; ');
}

export function forecast(history: History, year: number, options?: ForecastOptions): AwardForecast[] {
  const horizon = options?.horizon ?? 5;
  const ruleSetFor = options?.ruleSetFor ?? ruleSetAt;
  const subject = history.subject.type;
  const targets = options?.awards ?? awardsFor(subject);
  const ratings: HistoryRating[] = [...(history.ratings ?? [])];
  const awards: HistoryAward[] = [...(history.awards ?? [])];
  const assumed: ForecastStep[] = [];
  const resolved = new Map<AwardCode, number>();
  const missing = new Map<AwardCode, readonly Reason[]>();

  for (let y = year; y <= year + horizon && resolved.size < targets.length; y++) {
    const rs = ruleSetFor(`${y}-12-31`);
    if (!ratings.some((r) => r.year === y)) {
      ratings.push({ year: y, rating: 'HTXSNV' });
      assumed.push({ year: y, kind: 'RATING', award: null });
    }
    const order = [
      ...SIMULATED.filter((c) => targets.includes(c)),
      ...targets.filter((c) => !SIMULATED.includes(c)),
    ];
    for (const code of [...SIMULATED, ...order]) {
      if (!rs.awards[code].subjectTypes.includes(subject)) continue;
      const isTarget = targets.includes(code) && !resolved.has(code);
      const isSimulated = SIMULATED.includes(code) && !awards.some((a) => a.award === code && a.year === y);
      if (!isTarget && !isSimulated) continue;
      const sim: History = { ...history, ratings, awards };
      // The same judgement as the verdicts (judge.ts): a title already held for the year is no "now".
      const v = judgeAward(sim, { award: code, year: y }, rs, { explain: y === year && isTarget });
      if (y === year && isTarget)
        missing.set(
          code,
          v.reasons.filter((r) => !r.met),
        );
      if (!v.eligible) continue;
      if (isTarget) resolved.set(code, y);
      if (isSimulated) {
        awards.push({ award: code, year: y, kind: 'CONG_TRANG' });
        assumed.push({ year: y, kind: 'AWARD', award: code });
      }
    }
  }

  return targets.map((code) => {
    const name = AWARD_NAMES[code].name;
    const at = resolved.get(code) ?? null;
    const deps = dependencies(ruleSetFor(`${at ?? year}-12-31`), code, subject);
    const steps =
      at === null
        ? []
        : assumed.filter((s) => s.year <= at && (s.award ? deps.codes.has(s.award) : deps.ratings));
    const gaps = missing.get(code) ?? [];
    if (at === year && steps.length === 0) {
      return {
        award: code,
        name,
        status: 'ELIGIBLE',
        year,
        steps,
        text: `Đủ điều kiện ${name} năm ${year}`,
        missing: gaps,
      };
    }
    if (at === null) {
      const text = `Chưa thể đủ điều kiện ${name} đến năm ${year + horizon} nếu chỉ dựa vào đánh giá hằng năm`;
      return { award: code, name, status: 'NOT_WITHIN_HORIZON', year: null, steps, text, missing: gaps };
    }
    const text = `Cần ${describeSteps(steps)} để đủ điều kiện ${name} năm ${at}`;
    return { award: code, name, status: 'LATER', year: at, steps, text, missing: gaps };
  });
}
