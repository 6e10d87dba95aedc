// The command-line contract (eligibility-contract.md): one case in, one verdict out.

import { yearEndIso as yearEndIsoOf } from './dates';
import { evaluateAward } from './engine';
import { ruleSetAt, ruleSetById } from './registry';
import type { RuleSet } from './rule-set';
import type { History, IsoDate, Target, Verdict } from './types';

/** One input case, already validated at the edge (the CLI validates with zod). */
export type EligibilityCase = History & {
  readonly target: Target;
  readonly decisionDate?: IsoDate | null;
  /** Extension: force a rule set by id instead of choosing it by decisionDate. */
  readonly ruleSet?: string | null;
};

export type CheckCaseOptions = {
  /** Rule set for a decision date; default: the national rule set in force (tenants pass their overrides). */
  readonly ruleSetFor?: (decisionDate: IsoDate) => RuleSet;
  readonly explain?: boolean;
};

export function decisionDateOf(c: EligibilityCase): IsoDate {
  return c.decisionDate ?? yearEndIsoOf(c.target.year);
}

export function ruleSetForCase(c: EligibilityCase, options?: CheckCaseOptions): RuleSet {
  if (c.ruleSet) {
    const forced = ruleSetById(c.ruleSet);
    if (!forced) throw new RangeError(`Không có bộ quy tắc ${c.ruleSet}`);
    return forced;
  }
  return (options?.ruleSetFor ?? ruleSetAt)(decisionDateOf(c));
}

export function checkCase(c: EligibilityCase, options?: CheckCaseOptions): Verdict {
  const decisionDate = decisionDateOf(c);
  const explain = options?.explain ?? true;
  return evaluateAward(c, c.target, ruleSetForCase(c, options), { decisionDate, explain });
}
