import { formatYears } from '@vinhdanh/domain/rules/names';
import { formatLongDate, padDocumentNumber } from '@vinhdanh/domain/text/vietnamese-date';
import type { TimelineOutput } from '../timeline/index';
import type { ReportPeriod } from './achievement-report.schemas';
import type { FormChoice } from './achievement-report.service';
import { yearLines } from './achievement-report-content';
import { type Block, dotted, heading, item, type ReportForm } from './achievement-report-docx';
import { dataTable, para } from './nd30-blocks';

// "Báo cáo thành tích đề nghị danh hiệu 'Chiến sĩ thi đua toàn quốc'" (ND 152 appendix, S9). The title
// rests on two consecutive CSTĐ bộ, ban, ngành, tỉnh awards, each for its own cycle (Law 2022 Đ21.1), and on
// initiatives with nationwide influence: the report shows those cycles and the years they span, with
// the ratings and initiatives of each year as the record holds them.

type Cycle = { years: string; decision: string; from: number; to: number };

export function provincialCycles(timeline: TimelineOutput): Cycle[] {
  return timeline.years
    .flatMap((y) => y.titles)
    .filter((a) => a.awardCode === 'CSTD_BO_TINH' && !a.isRevoked)
    .map((a) => {
      const from = a.periodStartYear ?? a.year;
      const number = a.decisionNumber ? `Số ${padDocumentNumber(a.decisionNumber)}` : '';
      const date = a.decisionDate ? formatLongDate(a.decisionDate) : '';
      return {
        years: formatYears(from, a.year),
        decision: [number, date].filter(Boolean).join(' '),
        from,
        to: a.year,
      };
    })
    .sort((a, b) => a.from - b.from);
}

export function cstdtqForm(timeline: TimelineOutput, asked: ReportPeriod): ReportForm {
  const cycles = provincialCycles(timeline);
  // The span of the cycles, else the asked years.
  const period =
    cycles.length > 0
      ? { from: Math.min(...cycles.map((c) => c.from)), to: Math.max(...cycles.map((c) => c.to)) }
      : asked;
  const cycleRows: Block[] =
    cycles.length > 0
      ? [
          dataTable(
            ['Chu kỳ', 'Số, ngày, tháng, năm của quyết định'],
            [30, 70],
            cycles.map((c) => [c.years, c.decision]),
          ),
        ]
      : dotted(2);
  return {
    subtitle: 'Đề nghị danh hiệu "Chiến sĩ thi đua toàn quốc"',
    scopeLine: `(Thành tích từ năm ${period.from} đến năm ${period.to})`,
    period,
    achievements: [
      heading('II. THÀNH TÍCH ĐẠT ĐƯỢC'),
      item('1. Quyền hạn, nhiệm vụ được giao hoặc đảm nhận:'),
      ...dotted(2),
      item('2. Danh hiệu "Chiến sĩ thi đua bộ, ban, ngành, tỉnh" đã đạt (hai lần liên tục):'),
      ...cycleRows,
      item(
        `3. Kết quả đánh giá, xếp loại và sáng kiến, đề tài (từ năm ${period.from} đến năm ${period.to}):`,
      ),
      dataTable(
        [
          'Năm',
          'Kết quả đánh giá, xếp loại',
          'Sáng kiến, đề tài (tên, số quyết định công nhận, phạm vi ảnh hưởng)',
        ],
        [10, 32, 58],
        yearLines(timeline, period).map((y) => [y.year, y.rating, y.initiatives]),
      ),
      para('Phạm vi ảnh hưởng, hiệu quả của sáng kiến, đề tài trong toàn quốc:', {
        indent: true,
        before: 60,
      }),
      ...dotted(2),
      item('4. Các biện pháp, giải pháp đã thực hiện để đạt được thành tích:'),
      ...dotted(2),
    ],
  };
}

export const cstdtqChoice: FormChoice = {
  stem: 'bao-cao-cstd-toan-quoc',
  build: async ({ timeline, period }) => cstdtqForm(timeline, period),
};
