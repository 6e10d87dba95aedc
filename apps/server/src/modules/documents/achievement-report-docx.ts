import { AlignmentType, type Paragraph, type Table } from 'docx';
import type { TimelineOutput } from '../timeline/index';
import type { ReportPeriod } from './achievement-report.schemas';
import {
  type AwardLine,
  awardLines,
  chainLines,
  disciplineLines,
  yearLines,
} from './achievement-report-content';
import {
  type CollectiveProfile,
  collectiveProfile,
  type HouseholdProfile,
  householdProfile,
  type PersonProfile,
  personProfile,
} from './achievement-report-profile';
import {
  dataTable,
  dottedLine,
  letterhead,
  para,
  type Signer,
  titleBlock,
  twoSignatures,
} from './nd30-blocks';
import { nd30Section, packDocument } from './nd30-page';

// Báo cáo thành tích, as the appendix forms for individuals and collectives lay it out: I. who
// (lý lịch / đặc điểm), II. achievements, III. awards already received, then the signatures. The
// record fills what it knows; dotted lines are left for what only the writer can say.

export type AchievementReportInput = {
  profile: PersonProfile | CollectiveProfile | HouseholdProfile;
  letterhead: { parentBody: string | null; issuingBody: string; placeDate: string };
  period: ReportPeriod;
  timeline: TimelineOutput;
  /** Issuing body of each decision behind an award, by decision id. */
  issuers: ReadonlyMap<string, string>;
  /** Which of ND 152's forms; without it, the công trạng report of the profile's kind. */
  form?: ReportForm;
};

export type Block = Paragraph | Table;

/**
 * A form other than công trạng replaces part II (and the line under the title); parts I, III and IV and
 * the signatures stay, as the appendix forms share them.
 */
export type ReportForm = {
  /** The line under "BÁO CÁO THÀNH TÍCH": the form's name in ND 152's appendix. */
  subtitle: string;
  /** The italic line under it (the period, the movement…); null for none. */
  scopeLine: string | null;
  achievements: Block[];
  /** The years parts III and IV cover when not the asked period (a whole career for cống hiến). */
  period?: ReportPeriod;
};

export const heading = (value: string) => para(value, { bold: true, align: AlignmentType.LEFT, before: 200 });
export const item = (value: string) => para(value, { bold: true, indent: true, before: 60 });
export const dotted = (count: number) => Array.from({ length: count }, () => dottedLine());
const none = () => para('Không.', { indent: true });

function achievements(input: AchievementReportInput, isPerson: boolean): Block[] {
  const { period, timeline } = input;
  const span = `từ năm ${period.from} đến năm ${period.to}`;
  const chains = chainLines(timeline, period);
  return [
    heading('II. THÀNH TÍCH ĐẠT ĐƯỢC'),
    item(
      isPerson
        ? '1. Quyền hạn, nhiệm vụ được giao hoặc đảm nhận:'
        : '1. Kết quả thực hiện chức năng, nhiệm vụ được giao:',
    ),
    ...dotted(3),
    item(`2. Thành tích đạt được (${span}):`),
    dataTable(
      [
        'Năm',
        'Kết quả đánh giá, xếp loại',
        'Sáng kiến, đề tài (tên, số quyết định công nhận, phạm vi ảnh hưởng)',
      ],
      [10, 32, 58],
      yearLines(timeline, period).map((y) => [y.year, y.rating, y.initiatives]),
    ),
    ...(chains.length > 0
      ? [para(`Danh hiệu thi đua đạt liên tục: ${chains.join('; ')}.`, { indent: true, before: 60 })]
      : []),
    ...dotted(2),
    item(
      isPerson
        ? '3. Các biện pháp, giải pháp đã thực hiện để đạt được thành tích:'
        : '3. Những biện pháp hoặc nguyên nhân đạt được thành tích; các phong trào thi đua đã được áp dụng:',
    ),
    ...dotted(3),
    ...(isPerson
      ? []
      : [item('4. Việc thực hiện chủ trương, chính sách của Đảng, pháp luật của Nhà nước:'), ...dotted(2)]),
  ];
}

function awardTable(label: string, lines: AwardLine[]): Block[] {
  if (lines.length === 0) return [none()];
  return [
    dataTable(
      ['Năm', label, 'Số, ngày, tháng, năm của quyết định', 'Cơ quan ban hành quyết định'],
      [12, 32, 32, 24],
      lines.map((l) => [l.year, l.name, l.decision, l.issuer]),
    ),
  ];
}

function awards(input: AchievementReportInput): Block[] {
  const { period, timeline, issuers } = input;
  const disciplines = disciplineLines(timeline, period);
  return [
    heading('III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG'),
    item('1. Danh hiệu thi đua:'),
    ...awardTable('Danh hiệu thi đua', awardLines(timeline, period, 'titles', issuers)),
    item('2. Hình thức khen thưởng:'),
    ...awardTable('Hình thức khen thưởng', awardLines(timeline, period, 'forms', issuers)),
    heading('IV. HÌNH THỨC KỶ LUẬT (nếu có)'),
    ...(disciplines.length > 0 ? disciplines.map((d) => para(`- ${d}`, { indent: true })) : [none()]),
  ];
}

/**
 * The person reports and the head confirms; a unit's head reports and the level above confirms; the
 * head of a household reports and the commune's People's Committee confirms.
 */
function signatures(profile: AchievementReportInput['profile']) {
  const head: Signer = { title: ['Thủ trưởng đơn vị'], name: '', note: '(Ký, đóng dấu)' };
  if (profile.kind === 'HOUSEHOLD') {
    return twoSignatures(
      { title: ['Chủ hộ'], name: profile.headName, note: '(Ký, ghi rõ họ và tên)' },
      { ...head, title: ['Ủy ban nhân dân cấp xã', 'xác nhận'] },
    );
  }
  if (profile.kind === 'PERSON') {
    return twoSignatures(
      { title: ['Người báo cáo thành tích'], name: profile.fullName, note: '(Ký, ghi rõ họ và tên)' },
      { ...head, title: ['Thủ trưởng đơn vị', 'xác nhận'] },
    );
  }
  return twoSignatures(head, { ...head, title: ['Thủ trưởng đơn vị cấp trên', 'trực tiếp xác nhận'] });
}

function profileBlocks(profile: AchievementReportInput['profile']) {
  if (profile.kind === 'PERSON') return personProfile(profile);
  if (profile.kind === 'HOUSEHOLD') return householdProfile(profile);
  return collectiveProfile(profile);
}

const subjectName = (profile: AchievementReportInput['profile']) =>
  profile.kind === 'PERSON'
    ? profile.fullName
    : profile.kind === 'HOUSEHOLD'
      ? `hộ ${profile.headName}`
      : profile.name;

/** The .docx of a báo cáo thành tích in the ND 30/2020 page format. */
export async function renderAchievementReport(input: AchievementReportInput): Promise<Buffer> {
  const { profile, period } = input;
  const form: ReportForm = input.form ?? {
    subtitle: 'Đề nghị tặng (công nhận) ………………………………………',
    scopeLine: `(Thành tích từ năm ${period.from} đến năm ${period.to})`,
    achievements: achievements(input, profile.kind === 'PERSON'),
  };
  const children: Block[] = [
    letterhead({ ...input.letterhead, numberLine: '' }),
    ...titleBlock('BÁO CÁO THÀNH TÍCH', form.subtitle),
    ...(form.scopeLine
      ? [para(form.scopeLine, { italics: true, align: AlignmentType.CENTER, after: 120 })]
      : [para('', { after: 120 })]),
    ...profileBlocks(profile),
    ...form.achievements,
    ...awards(input),
    para('', { after: 240 }),
    signatures(profile),
  ];
  return packDocument(`Báo cáo thành tích - ${subjectName(profile)}`, [nd30Section(children)]);
}
