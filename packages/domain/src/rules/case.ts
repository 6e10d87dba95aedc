// The command-line contract (eligibility-contract.md): one case in, one verdict out.

import { isoOfDay, periodEndDay } from './dates';
import { evaluateAward } from './engine';
import { ruleSetAt, ruleSetById } from './registry';
import type { RuleSet } from './rule-set';
import type { History, IsoDate, Target, Verdict } from './types';

/** One input case, already validated at the edge (the CLI validates with zod). */
export type EligibilityCase = History & {
  readonly target: Target;
  readonly decisionDate?: IsoDate | null;
  /** The day the deciding level received the dossier: older dossiers may keep the older rules (transition). */
  readonly submittedOn?: IsoDate | null;
  /** Extension: force a rule set by id instead of choosing it by decisionDate. */
  readonly ruleSet?: string | null;
};

export type CheckCaseOptions = {
  /** Rule set for a decision date; default: the national rule set in force (tenants pass their overrides). */
  readonly ruleSetFor?: (decisionDate: IsoDate) => RuleSet;
  readonly explain?: boolean;
};

/** The decision date, or by default the last day of the evaluation period (the year-end review). */
export function decisionDateOf(c: EligibilityCase): IsoDate {
  return c.decisionDate ?? isoOfDay(periodEndDay(c.target.year, c.subject.evaluationPeriod ?? 'CALENDAR'));
}

/**
 * The rule set for a dossier: the one in force on the decision date, unless the dossier reached the deciding
 * level before that rule set's transition date (Law 2022, Điều 96 [U]; ND 152 cut-off is a parameter, default
 * its entry into force); then the rule set in force on the day it was received.
 */
export function ruleSetForDates(
  decisionDate: IsoDate,
  submittedOn: IsoDate | null | undefined,
  ruleSetFor: (date: IsoDate) => RuleSet = ruleSetAt,
): RuleSet {
  const atDecision = ruleSetFor(decisionDate);
  const cutoff = atDecision.params.transitionReceivedBefore;
  if (submittedOn && cutoff && submittedOn < cutoff && submittedOn < decisionDate)
    return ruleSetFor(submittedOn);
  return atDecision;
}

export function ruleSetForCase(c: EligibilityCase, options?: CheckCaseOptions): RuleSet {
  if (c.ruleSet) {
    const forced = ruleSetById(c.ruleSet);
    if (!forced) throw new RangeError(`Không có bộ quy tắc ${c.ruleSet}`);
    return forced;
  }
  return ruleSetForDates(decisionDateOf(c), c.submittedOn, options?.ruleSetFor);
}

export function checkCase(c: EligibilityCase, options?: CheckCaseOptions): Verdict {
  const decisionDate = decisionDateOf(c);
  const explain = options?.explain ?? true;
  return evaluateAward(c, c.target, ruleSetForCase(c, options), { decisionDate, explain });
}
