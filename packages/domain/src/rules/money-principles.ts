// ND 152, Điều 49: what is actually paid when one subject receives several awards. Several titles for the same
// year's achievement pay only the highest; a title and a form (Bằng khen, Giấy khen…) awarded at the same time
// both pay; a lower title of that year already paid by an earlier decision makes the later one pay the
// difference (parameter `moneyPrinciples.earlierPaidLowerTitle`, default PAY_DIFFERENCE [U]).
import type { RuleSet } from './rule-set';
import type { AwardCode } from './types';

export type PayableItem = {
  readonly key: string;
  /** Who receives it: the same subject in two rows is one recipient. */
  readonly subjectKey: string;
  readonly award: AwardCode;
  /** Achievement year. */
  readonly year: number;
  /** The award's own amount (coefficient × base salary, multipliers applied), null when none. */
  readonly amountVnd: number | null;
};

/** A title of the same subject and year already paid by an earlier decision. */
export type EarlierPayment = {
  readonly subjectKey: string;
  readonly award: AwardCode;
  readonly year: number;
  readonly amountVnd: number;
};

export type Payable = {
  readonly key: string;
  readonly payableVnd: number | null;
  /** Why the payable amount differs from the award's own amount; null when it does not. */
  readonly note: string | null;
  readonly citation: string;
};

const isTitle = (ruleSet: RuleSet, code: AwardCode): boolean =>
  ruleSet.awards[code]?.category === 'DANH_HIEU';

export function payableAmounts(
  ruleSet: RuleSet,
  items: readonly PayableItem[],
  earlier: readonly EarlierPayment[] = [],
): Payable[] {
  const citation = ruleSet.citations.moneyPrinciples;
  const p = ruleSet.params.moneyPrinciples;
  const out = new Map<string, Payable>();
  const plain = (i: PayableItem): Payable => ({ key: i.key, payableVnd: i.amountVnd, note: null, citation });
  if (p.sameYearTitles === 'ALL') return items.map(plain);
  // Titles grouped by recipient and year; forms always pay in full.
  const groups = new Map<string, PayableItem[]>();
  for (const i of items) {
    if (!isTitle(ruleSet, i.award) || i.amountVnd === null) continue;
    const k = `${i.subjectKey}|${i.year}`;
    const list = groups.get(k) ?? [];
    list.push(i);
    groups.set(k, list);
  }
  for (const [k, list] of groups) {
    const sorted = [...list].sort(
      (a, b) => (b.amountVnd ?? 0) - (a.amountVnd ?? 0) || a.key.localeCompare(b.key),
    );
    const top = sorted[0] as PayableItem;
    const paid = earlier
      .filter((e) => `${e.subjectKey}|${e.year}` === k && isTitle(ruleSet, e.award))
      .sort((a, b) => b.amountVnd - a.amountVnd)[0];
    for (const other of sorted.slice(1)) {
      const higher = ruleSet.awards[top.award].name;
      out.set(other.key, {
        key: other.key,
        payableVnd: 0,
        note: `Cùng năm ${other.year} được tặng danh hiệu cao hơn (${higher}): chỉ nhận tiền thưởng của danh hiệu cao nhất`,
        citation,
      });
    }
    const amount = top.amountVnd as number;
    if (!paid) continue;
    const paidName = ruleSet.awards[paid.award]?.name ?? paid.award;
    if (paid.amountVnd >= amount) {
      out.set(top.key, {
        key: top.key,
        payableVnd: 0,
        note: `Đã nhận tiền thưởng ${paidName} năm ${top.year} bằng hoặc cao hơn theo quyết định trước`,
        citation,
      });
    } else if (p.earlierPaidLowerTitle === 'PAY_DIFFERENCE') {
      out.set(top.key, {
        key: top.key,
        payableVnd: amount - paid.amountVnd,
        note: `Trừ ${paid.amountVnd.toLocaleString('vi-VN')} đồng tiền thưởng ${paidName} năm ${top.year} đã nhận theo quyết định trước`,
        citation,
      });
    }
  }
  return items.map((i) => out.get(i.key) ?? plain(i));
}
