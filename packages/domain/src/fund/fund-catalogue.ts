import { LAW_2022 } from '../rules/citations';

// The emulation fund (Quỹ thi đua, khen thưởng) as data: where its money comes from and what kinds
// of entries its ledger holds. Law 2022, Điều 90 sets up the fund from the state budget,
// contributions of people and organisations at home and abroad, and other lawful revenue; the exact
// wording of the article is not at hand (docs/fund.md), so the sources are a catalogue the code
// never branches on.

export const FUND_SOURCES = ['BUDGET', 'CONTRIBUTION', 'CARRY_OVER', 'OTHER'] as const;
export type FundSource = (typeof FUND_SOURCES)[number];

export const FUND_SOURCE_CATALOGUE: Readonly<Record<FundSource, { name: string; citation: string }>> = {
  BUDGET: { name: 'Ngân sách nhà nước cấp', citation: `${LAW_2022}, Điều 90` },
  CONTRIBUTION: {
    name: 'Đóng góp của cá nhân, tổ chức trong nước, nước ngoài',
    citation: `${LAW_2022}, Điều 90`,
  },
  CARRY_OVER: { name: 'Kinh phí năm trước chuyển sang', citation: 'Thực hiện theo quy định về ngân sách' },
  OTHER: { name: 'Nguồn thu hợp pháp khác', citation: `${LAW_2022}, Điều 90` },
};

/**
 * Entry kinds. RECEIPT and RECOVERY bring money in (a revoked award's money paid back is a receipt,
 * Law 2022, Điều 93); PAYMENT takes an award's money out; REVERSAL cancels one earlier entry with
 * the opposite amount, so nothing is ever edited or deleted.
 */
export const FUND_ENTRY_KINDS = ['RECEIPT', 'PAYMENT', 'RECOVERY', 'REVERSAL'] as const;
export type FundEntryKind = (typeof FUND_ENTRY_KINDS)[number];

export const FUND_ENTRY_KIND_NAMES: Readonly<Record<FundEntryKind, string>> = {
  RECEIPT: 'Thu',
  PAYMENT: 'Chi khen thưởng',
  RECOVERY: 'Thu hồi tiền thưởng',
  REVERSAL: 'Bút toán đảo',
};

/** The signed amount of a new entry: money in is positive, money out negative. */
export function signedAmount(kind: Exclude<FundEntryKind, 'REVERSAL'>, amountVnd: number): number {
  return kind === 'PAYMENT' ? -amountVnd : amountVnd;
}

export type FundTotals = { openingVnd: number; inVnd: number; outVnd: number; closingVnd: number };

/**
 * A year's balance from the signed sums before and within it. A reversal counts on the side of the
 * entry it cancels (a reversed receipt lowers the receipts), so the year's receipts and payments
 * are what really came in and went out.
 */
export function fundTotals(openingVnd: number, inVnd: number, outVnd: number): FundTotals {
  return { openingVnd, inVnd, outVnd, closingVnd: openingVnd + inVnd - outVnd };
}
