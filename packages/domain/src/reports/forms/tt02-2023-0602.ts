import { STATE_AWARDS } from '../../rules/state-awards';
import type { ReportDefinition, ReportLine } from '../report-definition';
import { allOf, anyOf, type ReportFilter, where } from '../report-filter';
import { heading, kindRows, subjectRows, totalRow } from './award-rows';

// Form 0602.N/BNV-TĐKT "Số lượng khen thưởng cấp Nhà nước", TT 2/2023/TT-BNV (23/3/2023).
// Columns: each state-level form, split into collective and individual where the form does.
// Huân chương other than Lao động, Huy chương and the honorary titles come from the catalogue of
// state awards; the two prizes (GT_HCM, GT_NHA_NUOC) are not in it yet and read 0 until they are.

const COLLECTIVE: ReportFilter = where('subjectType', 'COLLECTIVE', 'HOUSEHOLD');
const INDIVIDUAL: ReportFilter = where('subjectType', 'PERSON');

let n = 1;
function pair(label: string, codes: string[], groups: string[]): ReportLine[] {
  const code = where('awardCode', ...codes);
  return [
    { code: `${++n}`, label: `${label} — Tập thể`, groups, filter: allOf(code, COLLECTIVE) },
    { code: `${++n}`, label: `${label} — Cá nhân`, groups, filter: allOf(code, INDIVIDUAL) },
  ];
}
function single(label: string, codes: string[], who: ReportFilter, groups: string[] = []): ReportLine {
  return { code: `${++n}`, label, groups, filter: allOf(where('awardCode', ...codes), who) };
}

const HC = ['Các loại huân chương, huy chương'];
const VINH_DU = ['Danh hiệu vinh dự nhà nước'];
// Taken from the catalogue of state awards, so a code added there lands in its column.
const codesOf = (group: string, who?: 'collective') =>
  STATE_AWARDS.filter((a) => a.group === group && (!who || a.subjectTypes.includes(who))).map((a) => a.code);
const OTHER_HC = codesOf('HUAN_CHUONG').filter((c) => !c.startsWith('HCLD'));
const HUY_CHUONG = codesOf('HUY_CHUONG');
const HONOURS_PERSON = codesOf('DANH_HIEU_VINH_DU');
const HONOURS_COLLECTIVE = codesOf('DANH_HIEU_VINH_DU', 'collective');

const columns: ReportLine[] = [
  ...pair('Huân chương Lao động hạng Nhất', ['HCLD1'], HC),
  ...pair('Huân chương Lao động hạng Nhì', ['HCLD2'], HC),
  ...pair('Huân chương Lao động hạng Ba', ['HCLD3'], HC),
  ...pair('Huân chương khác', OTHER_HC, HC),
  ...pair('Huy chương', HUY_CHUONG, HC),
  single('Giải thưởng Hồ Chí Minh', ['GT_HCM'], anyOf(COLLECTIVE, INDIVIDUAL)),
  single('Giải thưởng Nhà nước', ['GT_NHA_NUOC'], anyOf(COLLECTIVE, INDIVIDUAL)),
  single('Danh hiệu vinh dự — Tập thể', HONOURS_COLLECTIVE, COLLECTIVE, VINH_DU),
  single('Danh hiệu vinh dự — Cá nhân', HONOURS_PERSON, INDIVIDUAL, VINH_DU),
  single('Cờ thi đua của Chính phủ', ['CO_CP'], COLLECTIVE),
  ...pair('Bằng khen của Thủ tướng Chính phủ', ['BK_TTG'], []),
  single('Chiến sĩ thi đua toàn quốc', ['CSTDTQ'], INDIVIDUAL),
];
const leafCodes = columns.map((c) => c.code);
const universe = anyOf(...columns.map((c) => c.filter));

const subjects = subjectRows(6);
const kinds = kindRows(15, false);

export const FORM_0602_TT02_2023: ReportDefinition = {
  form: '0602.N/BNV-TĐKT',
  version: 'TT 2/2023/TT-BNV',
  title: 'Số lượng khen thưởng cấp Nhà nước',
  citation: 'Thông tư số 2/2023/TT-BNV ngày 23/3/2023 của Bộ Nội vụ, biểu 0602.N/BNV-TĐKT',
  effectiveFrom: '2023-05-08',
  source: 'AWARD',
  dueNote: 'Ngày 15 tháng 12 năm báo cáo',
  universe,
  rows: [
    totalRow,
    heading('h1', '1. Chia theo đơn vị ban hành tờ trình Thủ tướng Chính phủ về khen thưởng'),
    {
      code: '2',
      label: '- Bộ, ban, ngành, đoàn thể Trung ương',
      unit: 'Bộ, ngành',
      depth: 1,
      filter: where('tenantKind', 'MINISTRY'),
    },
    {
      code: '3',
      label: '- Tỉnh, thành phố trực thuộc Trung ương',
      unit: 'Tỉnh, TP',
      depth: 1,
      filter: where('tenantKind', 'PROVINCE'),
    },
    heading('h2', '2. Chia theo đối tượng khen thưởng'),
    ...subjects.rows,
    heading('h3', '3. Chia theo phương thức khen thưởng'),
    ...kinds.rows,
  ],
  columns: [{ code: '1', label: 'Tổng số', filter: universe }, ...columns],
  rowSums: [
    { total: '1', parts: ['2', '3'], exact: false },
    { total: '1', parts: subjects.codes, exact: true },
    ...subjects.sums,
    // A state-level kháng chiến award has no row of its own on 0602.
    { total: '1', parts: kinds.codes, exact: false },
  ],
  columnSums: [{ total: '1', parts: leafCodes, exact: true }],
};
