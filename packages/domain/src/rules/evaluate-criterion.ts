// Fast path: is a criterion met? No text, no allocation beyond the memo.

import type { EvalContext } from './context';
import type { Criterion } from './criteria';
import { addMonthsDay } from './dates';
import { countInWindow, evidenceInYear, hasAwardInYear, memberValue, priorAwardYears } from './evidence';
import { type AwardCode, disciplineRank, ratingRank } from './types';

export function isMet(c: Criterion, ctx: EvalContext): boolean {
  switch (c.op) {
    case 'all':
      for (const x of c.of) if (!isMet(x, ctx)) return false;
      return true;
    case 'any':
      for (const x of c.of) if (isMet(x, ctx)) return true;
      return false;
    case 'not':
      return !isMet(c.of, ctx);
    case 'subjectType':
      return c.types.includes(ctx.h.subjectType);
    case 'groupIn':
      return ctx.h.group === null ? c.strict !== true : c.groups.includes(ctx.h.group as never);
    case 'titleInYear':
      return titleInYear(c.codes, c.orEligible, ctx);
    case 'ratingAtLeast': {
      if (ctx.year < ctx.countFromYear) return false;
      const rank = ctx.h.ratingByYear.get(ctx.year);
      return rank !== undefined && rank >= ratingRank(c.min);
    }
    case 'consecutiveYears': {
      const first = ctx.year - c.years + 1;
      if (c.freshAfter && first <= lastAwardBefore(ctx, c.freshAfter)) return false;
      for (let y = first; y <= ctx.year; y++) if (evidenceInYear(ctx, c.evidence, y) === 0) return false;
      return true;
    }
    case 'cycleAwards':
      return cycleAwardYears(ctx, c.codes, c.cycleYears).length >= c.count;
    case 'countInWindow':
      return countInWindow(ctx, c.evidence, c.windowYears) >= c.min;
    case 'priorAward':
      return priorAwardYears(ctx, c.codes, c.yearsBefore).length >= c.min;
    case 'recruitedAtLeastMonths':
      return isRecruitedLongEnough(ctx, c.months);
    case 'noDisciplineInYear':
      return blockingDiscipline(ctx, c.minForm) === null;
    case 'memberShareAtLeast': {
      const m = ctx.h.members;
      if (!m || m.total <= 0) return false;
      const v = memberValue(ctx, c.field) * 100;
      return c.strict ? v > c.pct * m.total : v >= c.pct * m.total;
    }
    case 'memberCountAtLeast':
      return ctx.h.members !== null && memberValue(ctx, c.field) >= c.min;
    case 'memberCountAtMost':
      return ctx.h.members !== null && memberValue(ctx, c.field) <= c.max;
    case 'clusterLeader': {
      const leads = ctx.h.clusterLeads.get(ctx.year);
      return leads?.some((o) => c.organizers.includes(o)) === true;
    }
    case 'attested':
      return true;
    case 'judged':
      return ctx.assumeJudged || ctx.h.confirmed.has(c.id);
  }
}

/** Year of the latest award of these codes before the target year (−∞ when none). */
export function lastAwardBefore(ctx: EvalContext, codes: readonly AwardCode[]): number {
  let last = Number.NEGATIVE_INFINITY;
  for (const code of codes) {
    const years = ctx.awardYears.get(code);
    if (years) for (const y of years) if (y < ctx.year && y > last) last = y;
  }
  return last;
}

/**
 * The run of cycle awards ending at the latest one (newest first): the latest lies in the target's own cycle,
 * and each earlier one lies within one cycle before the next (no cycle missed; Law 2022, Điều 21.1).
 */
const NO_YEARS: number[] = [];

export function cycleAwardYears(ctx: EvalContext, codes: readonly AwardCode[], cycleYears: number): number[] {
  // Fast path for the bulk scan: most subjects hold none of these awards.
  if (!codes.some((code) => ctx.awardYears.has(code))) return NO_YEARS;
  const years = new Set<number>();
  for (const code of codes) {
    const set = ctx.awardYears.get(code);
    if (set) for (const y of set) if (y <= ctx.year && y >= ctx.countFromYear) years.add(y);
  }
  const run: number[] = [];
  for (const y of [...years].sort((a, b) => b - a)) {
    const newer = run[run.length - 1];
    if (newer === undefined ? y <= ctx.year - cycleYears : newer - y > cycleYears) break;
    run.push(y);
  }
  return run;
}

/** Held in the history, or (same review) meets the title's own criteria that year. */
export function titleInYear(codes: readonly AwardCode[], orEligible: boolean, ctx: EvalContext): boolean {
  if (hasAwardInYear(ctx, codes, ctx.year)) return true;
  return orEligible && sameReviewEligible(codes, ctx) !== null;
}

export function sameReviewEligible(codes: readonly AwardCode[], ctx: EvalContext): AwardCode | null {
  for (const code of codes) {
    // The context is one subject and one year, so the code alone keys the memo.
    let met = ctx.assumeJudged ? undefined : ctx.memo.get(code);
    if (met === undefined) {
      const criterion = ctx.ruleSet.awards[code].criteria[ctx.h.subjectType];
      const award = ctx.award;
      ctx.award = code;
      met = criterion !== undefined && isMet(criterion, ctx);
      ctx.award = award;
      if (!ctx.assumeJudged) ctx.memo.set(code, met);
    }
    if (met) return code;
  }
  return null;
}

/** Months are counted to the end of the evaluation period or the decision date, whichever is earlier. */
export const monthsCountedTo = (ctx: EvalContext): number => Math.min(ctx.periodEnd, ctx.decisionDay);

/** Worked the minimum months by the end of the period, never past the decision date. */
export function isRecruitedLongEnough(ctx: EvalContext, months: number): boolean {
  if (ctx.h.recruitedDay === null) return true;
  return addMonthsDay(ctx.h.recruitedDay, months) <= monthsCountedTo(ctx) + 1;
}

export function blockingDiscipline(ctx: EvalContext, minForm: Parameters<typeof disciplineRank>[0]) {
  const min = disciplineRank(minForm);
  const start = ctx.periodStart;
  const end = ctx.periodEnd;
  for (const d of ctx.h.disciplines) {
    if (d.rank >= min && d.from <= end && (d.to === null || d.to >= start)) return d;
  }
  return null;
}
