// One eligibility truth (issue 11.3). The person page, "Gợi ý đề nghị" (through its stored verdicts)
// and the dossier check all ask "may this subject be proposed for this award for this year?". They
// answer through these two functions, so the same history and rule set always give the same verdict:
// - the engine's verdict (criteria, discipline, holds), judged as of the end of the evaluation period
//   (the engine's default; no caller may pick another day, so no path drifts to "today");
// - one achievement, one award (Law 2022, Điều 5): an award that already rewarded the achievement,
//   and in particular the same title or form already held for that year, makes the verdict "no".
// Chains are untouched: a title held for the year still feeds the higher forms of the same review.

import { type DuplicateReward, findDuplicateRewards } from './achievement';
import { evaluateAll, evaluateAward } from './engine';
import { type PreparedHistory, prepareHistory } from './history';
import type { RuleSet } from './rule-set';
import { provincialAwardCodes } from './tenant-awards';
import type { History, Reason, Target, Verdict } from './types';

export type JudgeOptions = {
  /** false: no reason texts (the bulk scan); `reasons` is then empty. */
  readonly explain?: boolean;
};

/** What a dossier item adds to the question: the achievement it puts forward. */
export type JudgeTarget = Target & {
  readonly achievement?: string | null;
  readonly achievementId?: string | null;
};

export type Judgement = Verdict & {
  /** The awards that already rewarded this achievement (empty when none). */
  readonly duplicates: readonly DuplicateReward[];
};

const NONE: readonly DuplicateReward[] = [];

const sourceOf = (h: History | PreparedHistory): History => ('prepared' in h ? h.source : h);

function withDuplicates(
  v: Verdict,
  subject: History | PreparedHistory,
  target: JudgeTarget,
  ruleSet: RuleSet,
  explain: boolean,
): Judgement {
  const history = sourceOf(subject);
  // Fast path for the bulk scan: without an achievement id only awards of the same year can collide.
  const mayCollide =
    Boolean(target.achievementId) || (history.awards ?? []).some((a) => a.year === target.year);
  const found = mayCollide ? findDuplicateRewards(history, target, ruleSet) : NONE;
  if (found.length === 0) return { ...v, duplicates: NONE };
  const unmet: Reason[] = found.map((d) => ({ met: false, text: d.text, citation: d.citation }));
  return {
    ...v,
    eligible: false,
    reasons: explain ? [...v.reasons, ...unmet] : v.reasons,
    duplicates: found,
  };
}

/** One award for one subject: the dossier check of an item. */
export function judgeAward(
  history: History | PreparedHistory,
  target: JudgeTarget,
  ruleSet: RuleSet,
  options?: JudgeOptions,
): Judgement {
  const explain = options?.explain !== false;
  const v = evaluateAward(history, target, ruleSet, { explain });
  return withDuplicates(v, history, target, ruleSet, explain);
}

/**
 * Every award of the year that fits the subject, the law's then the province's own (issue 12): the
 * person page and the scan behind "Gợi ý đề nghị". Each verdict equals judgeAward's for that award.
 */
export function judgeSubject(
  source: History | PreparedHistory,
  year: number,
  ruleSet: RuleSet,
  options?: JudgeOptions,
): Judgement[] {
  const explain = options?.explain !== false;
  const history = prepareHistory(source);
  const own = provincialAwardCodes(ruleSet, history.subjectType).map((award) =>
    evaluateAward(history, { award, year }, ruleSet, { explain }),
  );
  return [...evaluateAll(history, year, ruleSet, { explain }), ...own].map((v) =>
    withDuplicates(v, history, { award: v.award, year }, ruleSet, explain),
  );
}
