// What the rule set requires of a proposal's steps, from its items. Law as data: the rule set says
// which awards need public comment and a council ballot; nothing here names an award.
import { needsPublicComment } from '../rules/procedure';
import type { RuleSet } from '../rules/rule-set';
import type { AwardCode } from '../rules/types';
import type { FlowRequirements } from './machine';

export function requirementsFor(
  ruleSet: RuleSet,
  awards: readonly AwardCode[],
  options: { simplified: boolean; proposeUp: boolean },
): FlowRequirements {
  return {
    publicComment: awards.some((a) => needsPublicComment(ruleSet, a)),
    councilVote: awards.some((a) => ruleSet.awards[a].councilVote !== null),
    simplified: options.simplified,
    proposeUp: options.proposeUp,
  };
}

/**
 * The dossier components a proposal needs: the rule set's components of each award, or the short
 * simplified-procedure dossier (Law 2022, Điều 85), without duplicates, in first-seen order.
 */
export function componentsFor(
  ruleSet: RuleSet,
  awards: readonly AwardCode[],
  simplifiedDossier: readonly string[] | null,
): string[] {
  if (simplifiedDossier) return [...simplifiedDossier];
  const out: string[] = [];
  for (const a of awards) for (const c of ruleSet.awards[a].dossier) if (!out.includes(c)) out.push(c);
  return out;
}

/** The component that proves the unit's review took place (biên bản bình xét / xét khen thưởng). */
export const isMinutesComponent = (name: string): boolean =>
  /^biên bản (bình xét|xét khen thưởng)/i.test(name);
