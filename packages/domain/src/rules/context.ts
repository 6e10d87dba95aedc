// What one evaluation needs besides the criterion: the indexed history, the year and the rule set.
import { yearOfDay } from './dates';
import type { PreparedHistory } from './history';
import type { RuleSet } from './rule-set';
import type { AwardCode } from './types';

export type EvalContext = {
  readonly h: PreparedHistory;
  readonly year: number;
  readonly ruleSet: RuleSet;
  readonly decisionDay: number;
  /** Awards that may feed chains under this rule set (revoked never; non-merit only if allowed). */
  readonly awardYears: ReadonlyMap<AwardCode, ReadonlySet<number>>;
  /** Achievements of earlier years do not count (discipline principle); +Infinity while disciplined. */
  readonly countFromYear: number;
  /** The discipline that sets countFromYear, for the explanation. */
  readonly discipline: PreparedHistory['disciplines'][number] | null;
  /** Same-review eligibility of titles, keyed by code and year. */
  readonly memo: Map<string, boolean>;
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
        const restart = d.to + 1;
        const y = yearOfDay(restart);
        const isJan1 = yearOfDay(restart - 1) !== y;
        from = p.disciplineRestart === 'NEXT_FULL_YEAR' && !isJan1 ? y + 1 : y;
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
  };
}
