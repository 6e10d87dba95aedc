// What one evaluation needs besides the criterion: the indexed history, the year and the rule set.
import { periodEndDay, periodStartDay, periodYearOfDay } from './dates';
import type { AwardYears, PreparedHistory } from './history';
import type { RuleSet } from './rule-set';
import type { AwardCode } from './types';

export type EvalContext = {
  readonly h: PreparedHistory;
  readonly year: number;
  readonly ruleSet: RuleSet;
  readonly decisionDay: number;
  /** Awards that may feed chains under this rule set (revoked never; non-merit only if allowed). */
  readonly awardYears: AwardYears;
  /** Achievements of earlier years do not count (discipline principle); +Infinity while disciplined. */
  readonly countFromYear: number;
  /** The discipline that sets countFromYear, for the explanation. */
  readonly discipline: PreparedHistory['disciplines'][number] | null;
  /** Same-review eligibility of titles in this year, keyed by code. */
  readonly memo: Map<AwardCode, boolean>;
  /** First and last day of the evaluation period of the target year (calendar or school year). */
  readonly periodStart: number;
  readonly periodEnd: number;
  /** The award being evaluated: its own earlier grounds are not "used elsewhere" (set per verdict). */
  award: AwardCode | null;
  /** Treat judged criteria as confirmed (to tell whether a council could make the award eligible). */
  assumeJudged: boolean;
};

export function createContext(
  h: PreparedHistory,
  year: number,
  ruleSet: RuleSet,
  decisionDay: number,
): EvalContext {
  const p = ruleSet.params;
  let countFromYear = Number.NEGATIVE_INFINITY;
  let discipline: EvalContext['discipline'] = null;
  if (p.achievementsCountAfterDiscipline) {
    for (const d of h.disciplines) {
      if (d.from > decisionDay) continue;
      let from: number;
      if (d.to === null || d.to >= decisionDay) from = Number.POSITIVE_INFINITY;
      else {
        // ND 152, Điều 4, khoản 4: achievements count from the end of the discipline; with NEXT_FULL_YEAR a
        // yearly title needs a whole evaluation period (calendar or school year) after it.
        const restart = d.to + 1;
        const y = periodYearOfDay(restart, h.period);
        const atStart = restart === periodStartDay(y, h.period);
        from = p.disciplineRestart === 'NEXT_FULL_YEAR' && !atStart ? y + 1 : y;
      }
      if (from > countFromYear) {
        countFromYear = from;
        discipline = d;
      }
    }
  }
  return {
    h,
    year,
    ruleSet,
    decisionDay,
    awardYears: p.onlyMeritFeedsChains ? h.meritAwardYears : h.validAwardYears,
    countFromYear,
    discipline,
    memo: new Map(),
    periodStart: periodStartDay(year, h.period),
    periodEnd: periodEndDay(year, h.period),
    award: null,
    assumeJudged: false,
  };
}
