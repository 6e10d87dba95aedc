import { compareVietnamese } from '@vinhdanh/domain/text/collation';
import { formatLongDate, formatPlaceDate } from '@vinhdanh/domain/text/vietnamese-date';
import type { sessionMinutes } from '../councils/index';
import { dataTable, letterhead, para, text, titleBlock, twoSignatures } from './nd30-blocks';
import { nd30Section, packDocument } from './nd30-page';

export type Minutes = Awaited<ReturnType<typeof sessionMinutes>>;
type Item = Minutes['items'][number];

export type CouncilMinutesInput = {
  minutes: Minutes;
  /** The unit whose Hội đồng Thi đua - Khen thưởng sat. */
  unitName: string;
  placeName: string;
  secretary: string;
};

const COUNCIL = 'Hội đồng Thi đua - Khen thưởng';

/** "66,7": one decimal, Vietnamese comma, none when whole. */
const percent = (n: number) => String(Math.round(n * 10) / 10).replace('.', ',');

/**
 * The members who could vote on the item: everyone but those with a conflict of interest, who are
 * outside the denominator (as when the session was closed).
 */
const votersOf = (m: Minutes, item: Item) => m.present.length + m.absent.length - item.excluded.length;

function heading(value: string) {
  return para(value, { bold: true, before: 120 });
}

function attendance(input: CouncilMinutesInput) {
  const { minutes: m } = input;
  const total = m.present.length + m.absent.length;
  const names = (list: string[]) =>
    list.length === 0
      ? [para('- Không có.', { indent: true })]
      : list.map((n) => para(`- ${n}.`, { indent: true }));
  return [
    para(`Thời gian: ${formatLongDate(m.session.meetingOn)}.`, { indent: true }),
    para(`Địa điểm: ${input.unitName}.`, { indent: true }),
    para(`Nội dung: ${m.session.title}.`, { indent: true }),
    heading('I. THÀNH PHẦN THAM DỰ'),
    para(
      `Tổng số thành viên Hội đồng: ${total}; có mặt: ${m.present.length}; vắng mặt: ${m.absent.length}. ` +
        `Số thành viên tối thiểu để phiên họp hợp lệ: ${m.session.quorum}; phiên họp đủ điều kiện tiến hành.`,
      { indent: true },
    ),
    para('1. Thành viên có mặt:', { indent: true }),
    ...names(m.present),
    para('2. Thành viên vắng mặt:', { indent: true }),
    ...names(m.absent),
    para(`3. Thư ký: ${input.secretary || '……………………'}.`, { indent: true }),
  ];
}

function results(items: Item[], m: Minutes) {
  const rows = items.map((item, i) => {
    const voters = votersOf(m, item);
    return [
      String(i + 1),
      item.subjectName,
      item.awardName,
      String(item.yes),
      String(item.no),
      String(item.abstain),
      voters > 0 ? percent((item.yes * 100) / voters) : '0',
      item.passed ? 'Đạt' : 'Không đạt',
    ];
  });
  const recused = items.filter((i) => i.excluded.length > 0);
  return [
    heading('II. KẾT QUẢ BỎ PHIẾU KÍN'),
    para(
      `Hội đồng đã xem xét hồ sơ và biểu quyết bằng phiếu kín đối với ${items.length} trường hợp đề nghị. Kết quả kiểm phiếu như sau:`,
      { indent: true },
    ),
    dataTable(
      [
        'STT',
        'Tên tập thể / Họ và tên',
        'Hình thức đề nghị',
        'Tán thành',
        'Không tán thành',
        'Không ý kiến',
        'Tỷ lệ tán thành (%)',
        'Kết quả',
      ],
      [7, 22, 17, 10, 10, 10, 12, 12],
      rows,
      { size: 22 },
    ),
    para('(Tỷ lệ tán thành tính trên số thành viên Hội đồng được biểu quyết đối với từng trường hợp.)', {
      italics: true,
      size: 24,
      after: 120,
    }),
    ...(recused.length === 0
      ? [para('Không có thành viên nào phải rút khỏi biểu quyết do xung đột lợi ích.', { indent: true })]
      : [
          para('Thành viên không tham gia biểu quyết do xung đột lợi ích:', { indent: true }),
          ...recused.map((i) =>
            para(`- ${i.excluded.join(', ')}: đối với ${i.subjectName} (${i.awardName}).`, {
              indent: true,
            }),
          ),
        ]),
  ];
}

function conclusion(items: Item[]) {
  const passed = items.filter((i) => i.passed);
  const failed = items.filter((i) => !i.passed);
  const list = (xs: Item[]) => xs.map((i) => para(`- ${i.subjectName}: ${i.awardName}.`, { indent: true }));
  return [
    heading('III. KẾT LUẬN'),
    para(
      passed.length > 0
        ? `Hội đồng thống nhất đề nghị cấp có thẩm quyền xem xét, khen thưởng ${passed.length} trường hợp đạt tỷ lệ phiếu tán thành theo quy định:`
        : 'Không có trường hợp nào đạt tỷ lệ phiếu tán thành theo quy định.',
      { indent: true },
    ),
    ...list(passed),
    ...(failed.length > 0
      ? [
          para(`Không đề nghị ${failed.length} trường hợp không đạt tỷ lệ phiếu tán thành:`, {
            indent: true,
          }),
          ...list(failed),
        ]
      : []),
    para([text('Biên bản gồm các nội dung trên, được lập tại phiên họp./.')], { indent: true, after: 240 }),
  ];
}

/** Biên bản họp Hội đồng Thi đua - Khen thưởng: attendance, secret-ballot tallies, conclusion. */
export async function renderCouncilMinutesDocx(input: CouncilMinutesInput): Promise<Buffer> {
  const { minutes: m } = input;
  const items = [...m.items].sort(
    (a, b) => a.awardCode.localeCompare(b.awardCode) || compareVietnamese(a.subjectName, b.subjectName),
  );
  const children = [
    letterhead({
      parentBody: input.unitName,
      issuingBody: COUNCIL,
      numberLine: 'Số:      /BB-HĐTĐKT',
      placeDate: formatPlaceDate(input.placeName, m.session.meetingOn),
    }),
    ...titleBlock('BIÊN BẢN', `Họp ${COUNCIL} ${input.unitName}`),
    ...attendance(input),
    ...results(items, m),
    ...conclusion(items),
    twoSignatures({ title: ['Thư ký'], name: input.secretary }, { title: ['Chủ tịch Hội đồng'], name: '' }),
  ];
  return packDocument(`Biên bản ${m.session.title}`, [nd30Section(children)]);
}
