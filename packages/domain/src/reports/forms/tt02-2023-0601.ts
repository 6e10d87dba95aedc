import type { ReportDefinition } from '../report-definition';
import { EVERYTHING, where } from '../report-filter';
import { heading } from './award-rows';

// Form 0601.N/BNV-TĐKT "Số phong trào thi đua", TT 2/2023/TT-BNV: movements launched in the year
// (not drafts), by who launched them (columns), scope, duration and method (rows).

export const FORM_0601_TT02_2023: ReportDefinition = {
  form: '0601.N/BNV-TĐKT',
  version: 'TT 2/2023/TT-BNV',
  title: 'Số phong trào thi đua',
  citation: 'Thông tư số 2/2023/TT-BNV ngày 23/3/2023 của Bộ Nội vụ, biểu 0601.N/BNV-TĐKT',
  effectiveFrom: '2023-05-08',
  source: 'MOVEMENT',
  dueNote: 'Ngày 15 tháng 12 năm báo cáo',
  universe: EVERYTHING,
  rows: [
    { code: '01', label: 'Tổng số', unit: 'Phong trào', filter: EVERYTHING },
    heading('h1', '1. Chia theo phạm vi'),
    { code: '02', label: '- Toàn quốc', depth: 1, filter: where('scope', 'TOAN_QUOC') },
    {
      code: '03',
      label: '- Bộ, ban, ngành, đoàn thể Trung ương, địa phương',
      depth: 1,
      filter: where('scope', 'BO_BAN_NGANH_DOAN_THE_DIA_PHUONG'),
    },
    {
      code: '04',
      label: '- Cụm, khối thi đua do Hội đồng Thi đua - Khen thưởng tổ chức',
      depth: 1,
      filter: where('scope', 'CUM_KHOI'),
    },
    { code: '05', label: '- Cơ quan, đơn vị', depth: 1, filter: where('scope', 'CO_QUAN_DON_VI') },
    heading('h2', '2. Chia theo thời gian'),
    { code: '06', label: '- Dưới 1 năm', depth: 1, filter: where('duration', 'DUOI_1_NAM') },
    { code: '07', label: '- 1 năm', depth: 1, filter: where('duration', 'MOT_NAM') },
    { code: '08', label: '- Từ 1 năm đến dưới 3 năm', depth: 1, filter: where('duration', 'TU_1_DEN_3') },
    { code: '09', label: '- Từ 3 năm đến dưới 5 năm', depth: 1, filter: where('duration', 'TU_3_DEN_5') },
    { code: '10', label: '- Từ 5 năm trở lên', depth: 1, filter: where('duration', 'TU_5_NAM') },
    heading('h3', '3. Chia theo phương thức tổ chức'),
    { code: '11', label: '- Theo chuyên đề (đợt)', depth: 1, filter: where('form', 'CHUYEN_DE') },
    { code: '12', label: '- Thường xuyên hằng năm', depth: 1, filter: where('form', 'THUONG_XUYEN') },
  ],
  columns: [
    { code: '1', label: 'Tổng số', filter: EVERYTHING },
    {
      code: '2',
      label: 'Hội đồng Thi đua - Khen thưởng Trung ương',
      groups: ['Chia ra'],
      filter: where('level', 'TRUNG_UONG'),
    },
    {
      code: '3',
      label: 'Bộ, ban, ngành, đoàn thể Trung ương, tỉnh',
      groups: ['Chia ra'],
      filter: where('level', 'BO_TINH'),
    },
    { code: '4', label: 'Cơ quan, đơn vị', groups: ['Chia ra'], filter: where('level', 'XA', 'DON_VI') },
  ],
  rowSums: [
    { total: '01', parts: ['02', '03', '04', '05'], exact: true },
    { total: '01', parts: ['06', '07', '08', '09', '10'], exact: true },
    { total: '01', parts: ['11', '12'], exact: true },
  ],
  columnSums: [{ total: '1', parts: ['2', '3', '4'], exact: true }],
};
