import { formatPercentVn } from '../rules/names';
import { STATE_AWARDS } from '../rules/state-awards';
import { formatThousands } from '../text/money-text';

// The year-end summary (báo cáo tổng kết công tác thi đua, khen thưởng năm) and its six-month
// version (sơ kết, January–June): the period each counts, the order its award table lists awards
// in, and the sentence comparing the direct workers' share with the year before.

export const SUMMARY_PERIODS = ['NAM', 'SAU_THANG'] as const;
export type SummaryPeriod = (typeof SUMMARY_PERIODS)[number];

export type PeriodRange = {
  /** First and last day counted, ISO dates. */
  from: string;
  to: string;
  /** "năm 2025" / "6 tháng đầu năm 2026": as the report's title and sentences name it. */
  label: string;
  /** The same span one year earlier, for the comparison. */
  previous: { from: string; to: string; label: string };
};

export function periodRange(year: number, period: SummaryPeriod): PeriodRange {
  const end = period === 'NAM' ? '12-31' : '06-30';
  const label = (y: number) => (period === 'NAM' ? `năm ${y}` : `6 tháng đầu năm ${y}`);
  return {
    from: `${year}-01-01`,
    to: `${year}-${end}`,
    label: label(year),
    previous: { from: `${year - 1}-01-01`, to: `${year - 1}-${end}`, label: label(year - 1) },
  };
}

const codesOf = (group: string) => STATE_AWARDS.filter((a) => a.group === group).map((a) => a.code);

// From Huân chương down: the orders in the law's order (Luật TĐKT 2022, Điều 34: Sao vàng, Hồ Chí
// Minh, Độc lập, Quân công, Lao động, Bảo vệ Tổ quốc, …), medals, state honours, the prizes, then
// the state-level titles and forms, the ministry/province level, and the grassroots awards last.
const ORDERS = codesOf('HUAN_CHUONG');
const BEFORE_LABOUR = ORDERS.findIndex((c) => c.startsWith('HCBVTQ'));
const AWARD_ORDER: readonly string[] = [
  ...ORDERS.slice(0, BEFORE_LABOUR),
  'HCLD1',
  'HCLD2',
  'HCLD3',
  ...ORDERS.slice(BEFORE_LABOUR),
  ...codesOf('HUY_CHUONG'),
  ...codesOf('DANH_HIEU_VINH_DU'),
  'GT_HCM',
  'GT_NHA_NUOC',
  'CO_CP',
  'CSTDTQ',
  'BK_TTG',
  ...codesOf('CONG_HIEN'),
  'CO_BO_TINH',
  'CSTD_BO_TINH',
  'BK_BO_TINH',
  ...codesOf('KY_NIEM_CHUONG'),
  'XA_TIEU_BIEU',
  'TTLDXS',
  'CSTDCS',
  'GIAY_KHEN',
  'TTLDTT',
  'LDTT',
  'CSTT',
  'THON_VH',
  'GD_VH',
];

/** Sort key of an award in the summary; a tenant's own awards come after the catalogue's. */
export function awardRank(code: string): number {
  const i = AWARD_ORDER.indexOf(code);
  return i === -1 ? AWARD_ORDER.length : i;
}

export const byAwardRank = <T extends { awardCode: string }>(a: T, b: T) =>
  awardRank(a.awardCode) - awardRank(b.awardCode) || a.awardCode.localeCompare(b.awardCode);

export type ShareCounts = { count: number; base: number };

const pct = (s: ShareCounts) => (s.base > 0 ? (s.count * 100) / s.base : null);

/**
 * "… chiếm 41,2% (89/216 lượt khen thưởng cá nhân), tăng 3,5 điểm phần trăm so với năm 2024 (37,7%)."
 * The difference is rounded from the rounded shares, so the sentence adds up as printed.
 */
export function shareSentence(current: ShareCounts, previous: ShareCounts, previousLabel: string): string {
  const now = pct(current);
  if (now === null) return 'chưa có khen thưởng cá nhân trong kỳ.';
  const head = `chiếm ${formatPercentVn(now)}% (${formatThousands(current.count)}/${formatThousands(current.base)} lượt khen thưởng cá nhân)`;
  const before = pct(previous);
  if (before === null) return `${head}; ${previousLabel} chưa có khen thưởng cá nhân để so sánh.`;
  const diff = Math.round(now * 10) / 10 - Math.round(before * 10) / 10;
  const trend =
    Math.abs(diff) < 0.05
      ? 'không thay đổi'
      : `${diff > 0 ? 'tăng' : 'giảm'} ${formatPercentVn(Math.abs(diff))} điểm phần trăm`;
  return `${head}, ${trend} so với ${previousLabel} (${formatPercentVn(before)}%).`;
}
