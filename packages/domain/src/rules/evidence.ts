// Year-by-year evidence lookups shared by the evaluator and the explanations.
import type { EvalContext } from './context';
import type { Evidence } from './criteria';
import { type AwardCode, ratingRank, scopeRank } from './types';

export function hasAwardInYear(ctx: EvalContext, codes: readonly AwardCode[], year: number): boolean {
  if (year < ctx.countFromYear) return false;
  for (const code of codes) if (ctx.awardYears.get(code)?.includes(year)) return true;
  return false;
}

/** Number of qualifying initiatives (not years) in a year. */
export function initiativesInYear(
  ctx: EvalContext,
  ev: Extract<Evidence, { type: 'initiative' }>,
  year: number,
): number {
  if (year < ctx.countFromYear) return 0;
  const minScope = scopeRank(ev.scope);
  let n = 0;
  for (const i of ctx.h.initiatives) {
    if (i.year > year) break;
    if (i.year !== year || i.scopeRank < minScope || !ev.types.includes(i.type)) continue;
    if (!i.applied && ev.acceptedTopics !== true) continue;
    if (i.usedBy !== null && usedElsewhere(i.usedBy, ctx)) continue;
    n++;
  }
  return n;
}

/** Used as the ground of another award (not the one being evaluated, nor its re-evaluation). */
function usedElsewhere(usedBy: readonly string[], ctx: EvalContext): boolean {
  const self = `${ctx.award}:${ctx.year}`;
  for (const key of usedBy) if (key !== self) return true;
  return false;
}

/** Initiatives per type in the window: "02 sáng kiến hoặc 02 đề tài" counts the larger type alone. */
function initiativesSameType(
  ctx: EvalContext,
  ev: Extract<Evidence, { type: 'initiative' }>,
  windowYears: number,
): number {
  const from = Math.max(ctx.year - windowYears + 1, ctx.countFromYear);
  const minScope = scopeRank(ev.scope);
  let ideas = 0;
  let topics = 0;
  for (const i of ctx.h.initiatives) {
    if (i.year > ctx.year) break;
    if (i.year < from || i.scopeRank < minScope || !ev.types.includes(i.type)) continue;
    if (!i.applied && ev.acceptedTopics !== true) continue;
    if (i.usedBy !== null && usedElsewhere(i.usedBy, ctx)) continue;
    if (i.type === 'DE_TAI') topics++;
    else ideas++;
  }
  return ideas > topics ? ideas : topics;
}

/** How much evidence a year holds: 0/1 for awards and ratings, the number of initiatives otherwise. */
export function evidenceInYear(ctx: EvalContext, ev: Evidence, year: number): number {
  switch (ev.type) {
    case 'award':
      return hasAwardInYear(ctx, ev.codes, year) ? 1 : 0;
    case 'rating': {
      if (year < ctx.countFromYear) return 0;
      const rank = ctx.h.ratingByYear.get(year);
      return rank !== undefined && rank >= ratingRank(ev.min) ? 1 : 0;
    }
    default:
      return initiativesInYear(ctx, ev, year);
  }
}

export function countInWindow(ctx: EvalContext, ev: Evidence, windowYears: number): number {
  if (ev.type === 'initiative' && ev.sameType === true && ev.types.length > 1)
    return initiativesSameType(ctx, ev, windowYears);
  let n = 0;
  for (let y = ctx.year - windowYears + 1; y <= ctx.year; y++) n += evidenceInYear(ctx, ev, y);
  return n;
}

/** Years of the window ending at the target year that lack the evidence, oldest first. */
export function missingYears(ctx: EvalContext, ev: Evidence, windowYears: number): number[] {
  const out: number[] = [];
  for (let y = ctx.year - windowYears + 1; y <= ctx.year; y++)
    if (evidenceInYear(ctx, ev, y) === 0) out.push(y);
  return out;
}

export function priorAwardYears(
  ctx: EvalContext,
  codes: readonly AwardCode[],
  yearsBefore: number,
): number[] {
  const last = ctx.year - yearsBefore;
  const out: number[] = [];
  for (const code of codes) {
    const years = ctx.awardYears.get(code);
    if (years) for (const y of years) if (y <= last) out.push(y);
  }
  return out.sort((a, b) => a - b);
}

export function memberValue(
  ctx: EvalContext,
  field: 'ldtt' | 'completedDuties' | 'cstdcs' | 'disciplined',
): number {
  const m = ctx.h.members;
  if (!m) return 0;
  return field === 'disciplined' ? (m.disciplined ?? 0) : m[field];
}
