import { awardName } from '@vinhdanh/domain/documents/award-phrases';
import { awardLookup } from '@vinhdanh/domain/rules/award-catalogue';
import { type EarlierPayment, payableAmounts } from '@vinhdanh/domain/rules/money-principles';
import type { RuleSet } from '@vinhdanh/domain/rules/rule-set';
import type { AwardCode } from '@vinhdanh/domain/rules/types';
import { vndInWords } from '@vinhdanh/domain/text/money-text';
import type { DecisionAwardRow } from '../records/index';
import type { MoneySummary, MoneySummaryByAward, MoneySummaryItem } from './money-summary.schemas';

// What the finance office pays for one decision: the money stored on each award (computed from the
// rule set when the award was created), never recomputed here, then ND 152 Điều 49: several titles of one
// recipient and year pay only the highest, and a title paid by an earlier decision is deducted. A revoked award is listed so the
// office sees it, but it counts in no total: its money is not paid, or is recovered (Law 2022, Đ93).

/** Coefficient as data from the rule set in force; null when the award carries no money. */
function coefficientOf(ruleSet: RuleSet, row: DecisionAwardRow): number | null {
  const rule = ruleSet.awards[row.awardCode as AwardCode];
  if (!rule || rule.coefficient === null) return null;
  const multiplier = row.subjectType === 'COLLECTIVE' ? rule.collectiveMultiplier : 1;
  return Math.round(rule.coefficient * multiplier * 1000) / 1000;
}

export function summariseDecisionMoney(
  decision: MoneySummary['decision'],
  awards: DecisionAwardRow[],
  ruleSet: RuleSet,
  earlier: readonly EarlierPayment[] = [],
): MoneySummary {
  const byAward = new Map<string, MoneySummaryByAward>();
  // The rule set carries the province's own awards in force: their names come from it too.
  const catalogue = awardLookup(ruleSet);
  let totalVnd = 0;
  let count = 0;
  const standing = awards.filter((a) => !a.isRevoked);
  const payable = new Map(
    payableAmounts(
      ruleSet,
      standing
        .filter((a) => ruleSet.awards[a.awardCode as AwardCode] !== undefined)
        .map((a) => ({
          key: a.id,
          subjectKey: a.subjectId,
          award: a.awardCode as AwardCode,
          year: a.year,
          amountVnd: a.amountVnd,
        })),
      earlier.filter((e) => ruleSet.awards[e.award] !== undefined),
    ).map((p) => [p.key, p]),
  );
  const items = awards.map((a, i): MoneySummaryItem => {
    const pay = payable.get(a.id);
    const payableVnd = a.isRevoked ? null : pay ? pay.payableVnd : a.amountVnd;
    const note = pay?.note ? `${pay.note} (${pay.citation})` : null;
    if (!a.isRevoked) {
      const amount = payableVnd ?? 0;
      totalVnd += amount;
      count += 1;
      const group = byAward.get(a.awardCode) ?? {
        awardCode: a.awardCode,
        awardName: awardName(a.awardCode, catalogue),
        count: 0,
        totalVnd: 0,
      };
      group.count += 1;
      group.totalVnd += amount;
      byAward.set(a.awardCode, group);
    }
    return {
      stt: i + 1,
      awardId: a.id,
      name: a.name,
      unitLine: a.unitLine,
      awardCode: a.awardCode,
      awardName: awardName(a.awardCode, catalogue),
      coefficient: coefficientOf(ruleSet, a),
      amountVnd: a.amountVnd,
      payableVnd,
      note,
      isRevoked: a.isRevoked,
    };
  });
  return {
    decision,
    totalVnd,
    totalInWords: vndInWords(totalVnd),
    count,
    revokedCount: awards.length - count,
    byAward: [...byAward.values()],
    items,
  };
}
