// Award money: coefficient × base salary on the decision date, rounded UP to 10,000 đ (ND 98 principle).
import { baseSalaryOnDay } from './base-salary';
import type { RuleSet } from './rule-set';
import type { AwardCode, SubjectType } from './types';

const ROUNDING_STEP = 10_000;

/** Integer arithmetic: coefficients have at most 3 decimals (0.3 × 2,340,000 must be exactly 702,000). */
export function roundedAmount(coefficient: number, baseSalary: number, multiplier = 1): number {
  const milli = Math.round(coefficient * 1000) * multiplier;
  const exact = (milli * baseSalary) / 1000;
  return Math.ceil(exact / ROUNDING_STEP - 1e-9) * ROUNDING_STEP;
}

/** null when the rule set has no coefficient, or no base salary is known on that day. */
export function awardAmountVnd(
  ruleSet: RuleSet,
  award: AwardCode,
  subjectType: SubjectType,
  decisionDay: number,
): number | null {
  const rule = ruleSet.awards[award];
  // Unknown on this date: a province's award whose version was closed before the decision (no amount).
  if (rule === undefined || rule.coefficient === null) return null;
  const base = baseSalaryOnDay(decisionDay);
  if (base === null) return null;
  if (subjectType === 'household') return householdAmount(rule.coefficient, base, rule.householdMultiplier);
  return roundedAmount(rule.coefficient, base, subjectType === 'collective' ? rule.collectiveMultiplier : 1);
}

/** 1.5 × the individual amount, computed exactly before rounding up once (ND 152, Điều 49.2, 54). */
function householdAmount(coefficient: number, base: number, multiplier: number): number {
  const permille = Math.round(multiplier * 1000);
  const milli = Math.round(coefficient * 1000) * permille;
  return Math.ceil((milli * base) / 1_000_000 / ROUNDING_STEP - 1e-9) * ROUNDING_STEP;
}
