import { awardName } from '@vinhdanh/domain/documents/award-phrases';
import { AWARD_LEVEL_NAMES, awardLevelOf } from '@vinhdanh/domain/reports/award-levels';
import {
  byAwardRank,
  type PeriodRange,
  type ShareCounts,
  type SummaryPeriod,
  shareSentence,
} from '@vinhdanh/domain/reports/year-summary';
import { formatThousands } from '@vinhdanh/domain/text/money-text';
import { formatShortDate } from '@vinhdanh/domain/text/vietnamese-date';
import { AlignmentType, type Paragraph, type Table } from 'docx';
import {
  dataTable,
  dottedLine,
  type Letterhead,
  letterhead,
  nd30Section,
  packDocument,
  para,
  recipientsAndSignature,
  text,
  titleBlock,
} from '../documents/index';
import type { AwardCodeCount, ClusterLine, ComplaintCounts, MovementLine } from './year-summary.repository';

// Báo cáo tổng kết (or sơ kết) công tác thi đua, khen thưởng in the ND 30/2020 format: the figures
// the system holds are written in (I.1–I.5); the assessment, shortcomings and next period's
// direction are the officer's, taken from the form or left as marked placeholders with dotted
// lines, so a draft never passes for a finished report.

export type YearSummaryContent = {
  unitId: string;
  year: number;
  period: SummaryPeriod;
  range: PeriodRange;
  unitName: string;
  letterhead: Letterhead;
  signerTitle: string[];
  movements: { regular: number; thematic: number; lines: MovementLine[] };
  clusters: ClusterLine[];
  awards: AwardCodeCount[];
  directWorkers: { current: ShareCounts; previous: ShareCounts };
  complaints: ComplaintCounts;
  officer: { assessment?: string; shortcomings?: string; direction?: string };
};

type Block = Paragraph | Table;

const n = formatThousands;
const heading = (value: string) => para(value, { bold: true, align: AlignmentType.LEFT, before: 200 });
const item = (value: string) => para(value, { bold: true, indent: true, before: 60 });
const body = (value: string) => para(value, { indent: true });

export const PLACEHOLDER = '[Phần này do cán bộ viết';

/** The officer's text, paragraph by paragraph; or a marked placeholder and lines to write on. */
function officerSection(value: string | undefined, what: string): Block[] {
  const paragraphs = (value ?? '')
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (paragraphs.length > 0) return paragraphs.map(body);
  return [
    para([text(`${PLACEHOLDER}: ${what}.]`, { italics: true })], { indent: true }),
    ...Array.from({ length: 4 }, () => dottedLine()),
  ];
}

const FORM_NAMES = { THUONG_XUYEN: 'Thường xuyên', CHUYEN_DE: 'Chuyên đề' } as const;
const STATE_NAMES: Record<string, string> = {
  LAUNCHED: 'Đang triển khai',
  INTERIM_REVIEW: 'Đang sơ kết',
  FINAL_REVIEW: 'Đang tổng kết',
  CLOSED: 'Đã tổng kết',
};

function movements(c: YearSummaryContent): Block[] {
  const { regular, thematic, lines } = c.movements;
  const total = regular + thematic;
  if (total === 0) {
    return [body(`Trong ${c.range.label}, chưa ghi nhận phong trào thi đua nào được phát động.`)];
  }
  const span = (l: MovementLine) =>
    [l.startDate, l.endDate].map((d) => (d ? formatShortDate(d) : '…')).join(' – ');
  return [
    body(
      `Trong ${c.range.label}, đã phát động ${n(total)} phong trào thi đua, gồm ${n(regular)} phong trào thường xuyên và ${n(thematic)} phong trào theo chuyên đề (đợt). Kết quả từng phong trào:`,
    ),
    dataTable(
      ['STT', 'Tên phong trào', 'Hình thức', 'Thời gian', 'Tình trạng', 'Lượt đăng ký', 'Lượt khen thưởng'],
      [6, 34, 12, 18, 12, 9, 9],
      lines.map((l, i) => [
        String(i + 1),
        l.title,
        FORM_NAMES[l.form],
        span(l),
        STATE_NAMES[l.state] ?? l.state,
        n(l.registrations),
        n(l.awards),
      ]),
      { size: 22 },
    ),
    ...(total > lines.length
      ? [body(`(Bảng nêu ${n(lines.length)} phong trào; còn ${n(total - lines.length)} phong trào khác.)`)]
      : []),
  ];
}

function clusters(c: YearSummaryContent): Block[] {
  if (c.clusters.length === 0) return [body(`Năm ${c.year} chưa ghi nhận cụm, khối thi đua nào.`)];
  return [
    body(
      `Năm ${c.year} có ${n(c.clusters.length)} cụm, khối thi đua; trưởng, phó cụm (khối) và đơn vị dẫn đầu như sau:`,
    ),
    dataTable(
      ['STT', 'Cụm, khối thi đua', 'Số đơn vị', 'Trưởng cụm (khối)', 'Phó cụm (khối)', 'Đơn vị dẫn đầu'],
      [6, 26, 9, 20, 20, 19],
      c.clusters.map((l, i) => [
        String(i + 1),
        l.name,
        n(l.members),
        l.headName ?? '',
        l.deputyName ?? '',
        l.leadingName ?? 'Chưa bình xét',
      ]),
      { size: 22 },
    ),
  ];
}

function awards(c: YearSummaryContent): Block[] {
  const rows = [...c.awards].sort(byAwardRank);
  const total = rows.reduce((s, r) => s + r.persons + r.collectives, 0);
  const persons = rows.reduce((s, r) => s + r.persons, 0);
  const dotXuat = rows.filter((r) => r.dotXuatPersons + r.dotXuatCollectives > 0);
  const dxTotal = dotXuat.reduce((s, r) => s + r.dotXuatPersons + r.dotXuatCollectives, 0);
  const table = (lines: AwardCodeCount[], pick: (r: AwardCodeCount) => [number, number]) =>
    dataTable(
      ['STT', 'Hình thức khen thưởng', 'Cấp', 'Tập thể', 'Cá nhân', 'Tổng số'],
      [6, 40, 18, 12, 12, 12],
      [
        ...lines.map((r, i) => {
          const [col, per] = pick(r);
          return [
            String(i + 1),
            awardName(r.awardCode),
            AWARD_LEVEL_NAMES[awardLevelOf(r.awardCode)],
            n(col),
            n(per),
            n(col + per),
          ];
        }),
        ['', 'Tổng cộng', '', ...totals(lines, pick).map(n)],
      ],
      { size: 22 },
    );
  return [
    item('a) Kết quả khen thưởng theo từng hình thức, từ Huân chương đến cấp cơ sở'),
    ...(total === 0
      ? [body(`Trong ${c.range.label}, chưa có khen thưởng nào được ghi nhận.`)]
      : [
          body(
            `Trong ${c.range.label}, đã khen thưởng và đề nghị cấp trên khen thưởng được ${n(total)} lượt, trong đó ${n(total - persons)} lượt tập thể và ${n(persons)} lượt cá nhân:`,
          ),
          table(rows, (r) => [r.collectives, r.persons]),
        ]),
    item('b) Khen thưởng người trực tiếp lao động, sản xuất, công tác'),
    body(
      `Khen thưởng người trực tiếp lao động, sản xuất, công tác ${shareSentence(
        c.directWorkers.current,
        c.directWorkers.previous,
        c.range.previous.label,
      )}`,
    ),
    item('c) Khen thưởng đột xuất'),
    ...(dxTotal === 0
      ? [body(`Trong ${c.range.label}, không có khen thưởng đột xuất.`)]
      : [
          body(`Đã khen thưởng đột xuất ${n(dxTotal)} lượt tập thể, cá nhân có thành tích đột xuất:`),
          table(dotXuat, (r) => [r.dotXuatCollectives, r.dotXuatPersons]),
        ]),
  ];
}

function totals(lines: AwardCodeCount[], pick: (r: AwardCodeCount) => [number, number]) {
  const col = lines.reduce((s, r) => s + pick(r)[0], 0);
  const per = lines.reduce((s, r) => s + pick(r)[1], 0);
  return [col, per, col + per];
}

function complaints(c: YearSummaryContent): Block[] {
  const k = c.complaints;
  if (k.received === 0 && k.concluded === 0 && k.pending === 0) {
    return [body(`Trong ${c.range.label}, không có đơn khiếu nại, tố cáo về thi đua, khen thưởng.`)];
  }
  return [
    body(
      `Trong ${c.range.label}, đã tiếp nhận ${n(k.received)} đơn (${n(k.khieuNai)} khiếu nại, ${n(k.toCao)} tố cáo) về thi đua, khen thưởng; chuyển cơ quan có thẩm quyền ${n(k.transferred)} đơn.`,
    ),
    body(
      `Đã giải quyết xong ${n(k.concluded)} vụ việc (đúng: ${n(k.upheld)}; đúng một phần: ${n(k.partlyUpheld)}; không đúng: ${n(k.rejected)}); đang giải quyết ${n(k.pending)} vụ việc.`,
    ),
  ];
}

function title(c: YearSummaryContent): string {
  return c.period === 'NAM'
    ? `Tổng kết công tác thi đua, khen thưởng năm ${c.year} và phương hướng, nhiệm vụ năm ${c.year + 1}`
    : `Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm ${c.year} và phương hướng, nhiệm vụ 6 tháng cuối năm ${c.year}`;
}

/** The .docx of the summary, in the ND 30/2020 page (the same letterhead and signature blocks as the decisions). */
export function renderYearSummary(c: YearSummaryContent): Promise<Buffer> {
  const next = c.period === 'NAM' ? `NĂM ${c.year + 1}` : `6 THÁNG CUỐI NĂM ${c.year}`;
  const children: Block[] = [
    letterhead(c.letterhead),
    ...titleBlock('BÁO CÁO', title(c)),
    para('', { after: 120 }),
    body(
      `Thực hiện Luật Thi đua, khen thưởng năm 2022 và các văn bản hướng dẫn thi hành, ${c.unitName} báo cáo kết quả công tác thi đua, khen thưởng ${c.range.label} như sau:`,
    ),
    heading(`I. KẾT QUẢ CÔNG TÁC THI ĐUA, KHEN THƯỞNG ${c.range.label.toUpperCase()}`),
    item('1. Công tác tổ chức các phong trào thi đua'),
    ...movements(c),
    item('2. Hoạt động của cụm, khối thi đua'),
    ...clusters(c),
    item('3. Công tác khen thưởng'),
    ...awards(c),
    item('4. Phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến'),
    body('Hệ thống chưa ghi nhận mô hình, điển hình tiên tiến nào trong kỳ.'),
    ...officerSection(undefined, 'các mô hình, điển hình tiên tiến được phát hiện, nhân rộng'),
    item('5. Công tác giải quyết khiếu nại, tố cáo về thi đua, khen thưởng'),
    ...complaints(c),
    item('6. Đánh giá chung'),
    ...officerSection(c.officer.assessment, 'đánh giá chung về công tác thi đua, khen thưởng trong kỳ'),
    heading('II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN'),
    ...officerSection(c.officer.shortcomings, 'những tồn tại, hạn chế và nguyên nhân'),
    heading(`III. PHƯƠNG HƯỚNG, NHIỆM VỤ ${next}`),
    ...officerSection(c.officer.direction, 'phương hướng, nhiệm vụ trọng tâm kỳ tới'),
    body(`Trên đây là báo cáo ${title(c).charAt(0).toLowerCase()}${title(c).slice(1)} của ${c.unitName}./.`),
    para('', { after: 240 }),
    recipientsAndSignature(['Hội đồng Thi đua - Khen thưởng cấp trên;', 'Lưu: VT.'], c.signerTitle, ''),
  ];
  const kind = c.period === 'NAM' ? 'Báo cáo tổng kết' : 'Báo cáo sơ kết';
  return packDocument(`${kind} thi đua, khen thưởng ${c.range.label} - ${c.unitName}`, [
    nd30Section(children),
  ]);
}
