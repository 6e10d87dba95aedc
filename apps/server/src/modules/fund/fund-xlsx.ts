import { writeWorkbook } from '../../lib/xlsx';
import type { getFundOverview } from './fund-ledger.service';

type Overview = Awaited<ReturnType<typeof getFundOverview>>;

const MONEY = '#,##0';
/** dd/mm/yyyy, as Vietnamese vouchers write a date. */
export const vnDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

export const FUND_LEDGER_HEADERS = [
  'STT',
  'Ngày chứng từ',
  'Số chứng từ',
  'Loại',
  'Nội dung',
  'Nguồn thu / Hình thức khen thưởng',
  'Người nhận, người nộp',
  'Số quyết định',
  'Thu (đồng)',
  'Chi (đồng)',
  'Tồn quỹ (đồng)',
  'Ghi chú',
] as const;

/**
 * The finance office's workbook for one year: the fund book (sổ quỹ) with opening balance, money
 * in, money out and the running balance; the year's receipts by source; its payments by award
 * level and award. A reversal shows as a negative amount in the column of the entry it cancels
 * (ghi âm), so the columns still add up to the totals.
 */
export async function renderFundXlsx(view: Overview) {
  let balance = view.totals.openingVnd;
  const rows: (string | number | null)[][] = [
    [null, `01/01/${view.year}`, null, null, 'Số dư đầu năm', null, null, null, null, null, balance, null],
  ];
  view.entries.forEach((e, i) => {
    balance += e.amountVnd;
    rows.push([
      i + 1,
      vnDate(e.entryDate),
      e.voucherNo,
      e.kindName,
      e.description,
      e.sourceName ?? e.awardName,
      e.payee,
      e.decisionNumber,
      e.flow === 'IN' ? e.amountVnd : null,
      e.flow === 'OUT' ? -e.amountVnd : null,
      balance,
      e.isReversed ? 'Đã đảo' : null,
    ]);
  });
  const widths = [6, 13, 14, 18, 50, 32, 28, 16, 16, 16, 16, 10];
  const file = await writeWorkbook([
    {
      name: `Sổ quỹ ${view.year}`,
      columns: FUND_LEDGER_HEADERS.map((header, i) => ({
        header,
        width: widths[i],
        numFmt: header.endsWith('(đồng)') ? MONEY : undefined,
      })),
      rows,
      footer: [
        [
          null,
          null,
          null,
          null,
          'Cộng phát sinh trong năm',
          null,
          null,
          null,
          view.totals.inVnd,
          view.totals.outVnd,
          null,
          null,
        ],
        [
          null,
          `31/12/${view.year}`,
          null,
          null,
          'Số dư cuối năm',
          null,
          null,
          null,
          null,
          null,
          view.totals.closingVnd,
          null,
        ],
      ],
    },
    {
      name: 'Thu theo nguồn',
      columns: [
        { header: 'Nguồn thu', width: 50 },
        { header: 'Số tiền (đồng)', width: 18, numFmt: MONEY },
      ],
      rows: view.bySource.map((s) => [s.name, s.amountVnd]),
      footer: [['Tổng thu', view.totals.inVnd]],
    },
    {
      name: 'Chi theo cấp khen thưởng',
      columns: [
        { header: 'Cấp khen thưởng', width: 26 },
        { header: 'Hình thức khen thưởng', width: 40 },
        { header: 'Số lượt chi', width: 12 },
        { header: 'Số tiền (đồng)', width: 18, numFmt: MONEY },
      ],
      rows: view.byLevel.flatMap((l) => [
        [l.name, null, l.count, l.amountVnd],
        ...view.byAward
          .filter((a) => a.level === l.level)
          .map((a) => [null, a.awardName, a.count, a.amountVnd]),
      ]),
      footer: [['Tổng chi', null, view.byLevel.reduce((s, l) => s + l.count, 0), view.totals.outVnd]],
    },
  ]);
  return { file, name: `quy-thi-dua-khen-thuong-${view.year}.xlsx` };
}
