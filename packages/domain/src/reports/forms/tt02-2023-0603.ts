import type { ReportDefinition, ReportLine } from '../report-definition';
import { allOf, anyOf, type ReportFilter, where } from '../report-filter';
import { heading, kindRows, subjectRows, totalRow } from './award-rows';

// Form 0603.N/BNV-TĐKT "Số lượng khen thưởng cấp bộ, ban, ngành, đoàn thể Trung ương và tỉnh",
// TT 2/2023/TT-BNV. Its kinds include kháng chiến, which 0602 lacks.

const COLLECTIVE: ReportFilter = where('subjectType', 'COLLECTIVE', 'HOUSEHOLD');
const INDIVIDUAL: ReportFilter = where('subjectType', 'PERSON');
const code = (...codes: string[]) => where('awardCode', ...codes);

const columns: ReportLine[] = [
  {
    code: '2',
    label: 'Bằng khen — Tập thể',
    groups: ['Bằng khen'],
    filter: allOf(code('BK_BO_TINH'), COLLECTIVE),
  },
  {
    code: '3',
    label: 'Bằng khen — Cá nhân',
    groups: ['Bằng khen'],
    filter: allOf(code('BK_BO_TINH'), INDIVIDUAL),
  },
  {
    code: '4',
    label: 'Chiến sĩ thi đua cấp bộ, ngành, tỉnh',
    filter: allOf(code('CSTD_BO_TINH'), INDIVIDUAL),
  },
  { code: '5', label: 'Cờ thi đua của bộ, ngành, tỉnh', filter: allOf(code('CO_BO_TINH'), COLLECTIVE) },
  {
    code: '6',
    label: 'Huy hiệu, kỷ niệm chương',
    filter: allOf(code('KNC_BO_TINH'), anyOf(COLLECTIVE, INDIVIDUAL)),
  },
];
const universe = anyOf(...columns.map((c) => c.filter));
const subjects = subjectRows(2);
const kinds = kindRows(11, true);

export const FORM_0603_TT02_2023: ReportDefinition = {
  form: '0603.N/BNV-TĐKT',
  version: 'TT 2/2023/TT-BNV',
  title: 'Số lượng khen thưởng cấp bộ, ban, ngành, đoàn thể Trung ương và tỉnh',
  citation: 'Thông tư số 2/2023/TT-BNV ngày 23/3/2023 của Bộ Nội vụ, biểu 0603.N/BNV-TĐKT',
  effectiveFrom: '2023-05-08',
  source: 'AWARD',
  dueNote: 'Ngày 15 tháng 12 năm báo cáo',
  universe,
  rows: [
    totalRow,
    heading('h1', '1. Chia theo đối tượng khen thưởng'),
    ...subjects.rows,
    heading('h2', '2. Chia theo phương thức khen thưởng'),
    ...kinds.rows,
  ],
  columns: [{ code: '1', label: 'Tổng số', filter: universe }, ...columns],
  rowSums: [
    { total: '1', parts: subjects.codes, exact: true },
    ...subjects.sums,
    { total: '1', parts: kinds.codes, exact: true },
  ],
  columnSums: [{ total: '1', parts: columns.map((c) => c.code), exact: true }],
};
