import type { Db } from '../../db/client';
import { currentYearVn, todayVn } from '../../platform/clock';
import { findPersonRecords } from '../people/index';
import type { FormChoice } from './achievement-report.service';
import { type Block, dotted, heading, item, type ReportForm } from './achievement-report-docx';
import { dataTable, para } from './nd30-blocks';

// "Báo cáo thành tích đề nghị khen thưởng quá trình cống hiến" (ND 152 appendix, S9): the posts held and
// for how long, which ND 152 Đ9 weighs (female leaders need one third less time, Đ4.7). The posts come
// from the person's employment history (the current post, and earlier ones entered on the person page);
// a post without a title is left for the writer, as are posts not on record (dotted lines).

export type Post = { position: string | null; unitName: string; fromDate: string; toDate: string | null };

const monthYear = (d: string) => `${d.slice(5, 7)}/${d.slice(0, 4)}`;

/** Whole months from the first day to the last (or today for the current post). */
export function heldFor(from: string, to: string): string {
  const months =
    (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
    (Number(to.slice(5, 7)) - Number(from.slice(5, 7))) -
    (Number(to.slice(8, 10)) < Number(from.slice(8, 10)) ? 1 : 0);
  const years = Math.floor(Math.max(months, 0) / 12);
  const rest = Math.max(months, 0) % 12;
  return [years > 0 ? `${years} năm` : '', rest > 0 || years === 0 ? `${rest} tháng` : '']
    .filter(Boolean)
    .join(' ');
}

export function congHienForm(posts: Post[], today: string, currentYear: number): ReportForm {
  const rows = [...posts]
    .sort((a, b) => a.fromDate.localeCompare(b.fromDate))
    .map((p) => [
      `${monthYear(p.fromDate)} - ${p.toDate ? monthYear(p.toDate) : 'nay'}`,
      p.position ?? '',
      p.unitName,
      heldFor(p.fromDate, p.toDate ?? today),
    ]);
  const first = posts.map((p) => Number(p.fromDate.slice(0, 4))).sort((a, b) => a - b)[0];
  const achievements: Block[] = [
    heading('II. QUÁ TRÌNH CÔNG TÁC VÀ CHỨC VỤ ĐÃ ĐẢM NHIỆM'),
    dataTable(
      [
        'Thời gian (từ tháng, năm đến tháng, năm)',
        'Chức vụ (đảng, chính quyền, đoàn thể)',
        'Đơn vị công tác',
        'Số năm, tháng giữ chức vụ',
      ],
      [22, 30, 30, 18],
      rows,
    ),
    para('Các chức vụ khác (nếu có):', { indent: true, before: 60 }),
    ...dotted(2),
    item('Tóm tắt thành tích, đóng góp trong quá trình công tác:'),
    ...dotted(4),
  ];
  return {
    subtitle: 'Đề nghị khen thưởng quá trình cống hiến',
    scopeLine: first ? `(Quá trình công tác từ năm ${first} đến nay)` : null,
    achievements,
    // Awards of the whole career, not only the last years.
    ...(first ? { period: { from: Math.min(first, currentYear), to: currentYear } } : {}),
  };
}

export function congHienChoice(db: Db, tenantId: string): FormChoice {
  return {
    stem: 'bao-cao-cong-hien',
    build: async ({ id }) => {
      const records = await findPersonRecords(db, tenantId, id);
      return congHienForm(records.employment, todayVn(), currentYearVn());
    },
  };
}
