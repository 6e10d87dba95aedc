import type { TimelineOutput } from '../timeline/index';
import type { ReportPeriod } from './achievement-report.schemas';
import { chainLines } from './achievement-report-content';
import { type Block, dotted, heading, item, type ReportForm } from './achievement-report-docx';
import { para } from './nd30-blocks';

// A household's report. ND 152's appendix has no form of its own for households (its 11 forms are
// for individuals and collectives); the law still gives them Giấy khen and Bằng khen (Law 2022 Đ74,
// Đ75) for what they contributed, so the report follows the công trạng layout with the household's
// contribution in place of duties and ratings. Households have no yearly rating: no year table.

export function householdForm(timeline: TimelineOutput, period: ReportPeriod): ReportForm {
  const chains = chainLines(timeline, period);
  const achievements: Block[] = [
    heading('II. THÀNH TÍCH ĐẠT ĐƯỢC'),
    item(
      '1. Việc chấp hành chủ trương, chính sách của Đảng, pháp luật của Nhà nước, quy định của địa phương:',
    ),
    ...dotted(2),
    item(
      `2. Thành tích, đóng góp của hộ gia đình (công sức, đất đai, tài sản…) từ năm ${period.from} đến năm ${period.to}:`,
    ),
    ...dotted(4),
    ...(chains.length > 0
      ? [para(`Danh hiệu đạt liên tục: ${chains.join('; ')}.`, { indent: true, before: 60 })]
      : []),
  ];
  return {
    subtitle: 'Đề nghị tặng ……………………………… cho hộ gia đình',
    scopeLine: `(Thành tích từ năm ${period.from} đến năm ${period.to})`,
    achievements,
  };
}
