// ND 152, Điều 4, khoản 6–7: with equal merit, women and collectives where women are at least 70% of members
// come first; female leaders need one third less time for quá trình cống hiến.
import type { RuleSet } from './rule-set';

export type PriorityCandidate = {
  /** An individual's gender, when known. */
  readonly female?: boolean | null;
  /** A collective's members and how many of them are women. */
  readonly members?: { readonly total: number; readonly women: number } | null;
};

/** Whether the candidate has the women's priority under the rule set. */
export function hasWomenPriority(ruleSet: RuleSet, c: PriorityCandidate): boolean {
  if (c.female === true) return true;
  const m = c.members;
  return !!m && m.total > 0 && m.women * 100 >= ruleSet.params.womenPriorityCollectivePct * m.total;
}

/**
 * Sort by merit (higher first) and, on equal merit, women's priority first; the rest keeps its order (stable).
 * Suggestions and council lists use it and say so with `womenPriorityNote`.
 */
export function sortWithWomenPriority<T>(
  ruleSet: RuleSet,
  list: readonly T[],
  merit: (item: T) => number,
  candidate: (item: T) => PriorityCandidate,
): T[] {
  return list
    .map((item, index) => ({ item, index, m: merit(item), w: hasWomenPriority(ruleSet, candidate(item)) }))
    .sort((a, b) => b.m - a.m || Number(b.w) - Number(a.w) || a.index - b.index)
    .map((x) => x.item);
}

export const womenPriorityNote = (ruleSet: RuleSet): string =>
  `Cùng thành tích: ưu tiên nữ và tập thể có từ ${ruleSet.params.womenPriorityCollectivePct}% thành viên là nữ (${ruleSet.citations.womenPriority})`;

/** Months of service a leader needs for cống hiến: one third less for a woman (rounded up to a whole month). */
export function serviceMonthsRequired(ruleSet: RuleSet, years: number, female: boolean): number {
  const months = years * 12;
  return female ? Math.ceil(months * ruleSet.params.femaleLeaderServiceFactor - 1e-9) : months;
}
