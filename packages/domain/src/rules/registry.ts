// The rule sets in force over time, and lookup by decision date.
import { parseIsoDay } from './dates';
import { buildRuleSet, type RuleSet } from './rule-set';
import { ND91 } from './rule-sets/nd91';
import { ND98 } from './rule-sets/nd98';
import { ND152 } from './rule-sets/nd152';
import type { IsoDate } from './types';

/** Oldest first. */
export const RULE_SETS: readonly RuleSet[] = [buildRuleSet(ND91), buildRuleSet(ND98), buildRuleSet(ND152)];
export const RULE_SET_IDS: readonly string[] = RULE_SETS.map((r) => r.id);

export function ruleSetById(id: string): RuleSet | undefined {
  return RULE_SETS.find((r) => r.id === id);
}

/** The rule set in force on a date. Dates before the oldest rule set use the oldest (documented limit). */
export function ruleSetAt(date: IsoDate): RuleSet {
  const day = parseIsoDay(date);
  if (day === null) throw new RangeError(`Ngày không hợp lệ: ${date}`);
  let found = RULE_SETS[0] as RuleSet;
  for (const rs of RULE_SETS) if ((parseIsoDay(rs.effectiveFrom) as number) <= day) found = rs;
  return found;
}
