import { LEADER_LEVELS, type LeaderLevel } from '../leader-levels';
import { headingLine, type ReportLine, type ReportSum } from '../report-definition';
import { allOf, EVERYTHING, where } from '../report-filter';

// Rows shared by forms 0602 and 0603 (TT 2/2023/TT-BNV, transcribed in law-2025-review §4, S15):
// by subject (collective, of which enterprises; household; individual by five groups) and by kind.
// Row codes are the "Mã số" printed on the forms.

const LEADER_ROW_LABELS: Record<LeaderLevel, string> = {
  LANH_DAO_BO_TINH: '+ Lãnh đạo cấp bộ, cấp tỉnh và tương đương trở lên',
  LANH_DAO_VU_SO: '+ Lãnh đạo cấp vụ, sở, ngành và tương đương',
  DOANH_NHAN: '+ Doanh nhân',
  LANH_DAO_KHAC: '+ Các cấp lãnh đạo khác từ phó phòng trở lên',
  TRUC_TIEP:
    '+ Người trực tiếp công tác, lao động, học tập, chiến đấu và phục vụ chiến đấu (công nhân, nông dân,...)',
};

export function subjectRows(firstCode: number): { rows: ReportLine[]; sums: ReportSum[]; codes: string[] } {
  const c = (i: number) => String(firstCode + i);
  const rows: ReportLine[] = [
    { code: c(0), label: '- Tập thể', unit: 'Tập thể', depth: 1, filter: where('subjectType', 'COLLECTIVE') },
    {
      code: c(1),
      label: 'Trong đó: Doanh nghiệp',
      unit: 'Doanh nghiệp',
      depth: 2,
      filter: allOf(where('subjectType', 'COLLECTIVE'), where('isEnterprise', true)),
    },
    { code: c(2), label: '- Hộ gia đình', unit: 'Hộ', depth: 1, filter: where('subjectType', 'HOUSEHOLD') },
    { code: c(3), label: '- Cá nhân', unit: 'Người', depth: 1, filter: where('subjectType', 'PERSON') },
    ...LEADER_LEVELS.map((level, i) => ({
      code: c(4 + i),
      label: LEADER_ROW_LABELS[level],
      unit: 'Người',
      depth: 2,
      filter: allOf(where('subjectType', 'PERSON'), where('leaderLevel', level)),
    })),
  ];
  const sums: ReportSum[] = [
    { total: c(0), parts: [c(1)], exact: false },
    { total: c(3), parts: LEADER_LEVELS.map((_, i) => c(4 + i)), exact: false },
  ];
  return { rows, sums, codes: [c(0), c(2), c(3)] };
}

const KIND_ROWS = [
  ['CONG_TRANG', '- Thường xuyên'],
  ['CHUYEN_DE', '- Chuyên đề'],
  ['DOT_XUAT', '- Đột xuất'],
  ['DOI_NGOAI', '- Đối ngoại'],
  ['CONG_HIEN', '- Cống hiến'],
  ['NIEN_HAN', '- Niên hạn'],
  ['KHANG_CHIEN', '- Kháng chiến'],
] as const;

export function kindRows(
  firstCode: number,
  withKhangChien: boolean,
): { rows: ReportLine[]; codes: string[] } {
  const kinds = withKhangChien ? KIND_ROWS : KIND_ROWS.filter(([k]) => k !== 'KHANG_CHIEN');
  const rows = kinds.map(([kind, label], i) => ({
    code: String(firstCode + i),
    label,
    depth: 1,
    filter: where('kind', kind),
  }));
  return { rows, codes: rows.map((r) => r.code) };
}

export const totalRow: ReportLine = { code: '1', label: 'Tổng số', unit: '', filter: EVERYTHING };
export const heading = headingLine;
