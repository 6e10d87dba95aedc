import { CATALOGUE } from '@vinhdanh/domain/rules/catalogue';
import { AWARD_NAMES, KIND_NAMES, RATING_NAMES, SCOPE_NAMES } from '@vinhdanh/domain/rules/names';
import { AWARD_CODES, AWARD_KINDS, INITIATIVE_SCOPES, RATINGS } from '@vinhdanh/domain/rules/types';
import { SUBJECT_GROUPS } from '../../db/schema/person';
import type { ImportKind } from './import-kind';

// One definition per kind: the template, the parser and the exporter all read
// these columns, so an export can always be edited and imported back.

export type FieldType = 'name' | 'text' | 'date' | 'year' | 'int' | 'code' | 'citizenId' | 'unit';

/** A code list: the stored code and the text shown in the dropdown. */
export type CodeList = readonly (readonly [code: string, display: string])[];

export type ColumnDef = {
  key: string;
  header: string;
  type: FieldType;
  required: boolean;
  width: number;
  hint: string;
  codes?: CodeList;
  /**
   * The list is the law's part only: any code-shaped value (or "CODE - tên" from a tenant's template) is
   * kept, and the planner checks it against the tenant's catalogue in force (award codes are an open list).
   */
  openCodes?: boolean;
  /** Value used when the cell is empty. */
  fallback?: string | number;
  maxLength?: number;
};

export type KindDef = { kind: ImportKind; sheet: string; title: string; columns: ColumnDef[] };

const GENDERS: CodeList = [
  ['NAM', 'Nam'],
  ['NU', 'Nữ'],
];
const SUBJECT_GROUP_NAMES: Record<(typeof SUBJECT_GROUPS)[number], string> = {
  CBCCVC: 'Cán bộ, công chức, viên chức',
  CONG_NHAN: 'Công nhân',
  NONG_DAN: 'Nông dân',
  NGUOI_LAO_DONG: 'Người lao động',
  LLVT: 'Lực lượng vũ trang',
};
const withCode = (code: string, label: string) => [code, `${code} - ${label}`] as const;
/** Only awards a person can receive; collective titles need a collective subject. */
const PERSON_AWARDS: CodeList = AWARD_CODES.filter((c) =>
  CATALOGUE[c].subjectTypes.includes('individual'),
).map((c) => withCode(c, AWARD_NAMES[c].name));
const KINDS: CodeList = AWARD_KINDS.map((k) => withCode(k, `Khen ${KIND_NAMES[k]}`));
const RATING_LIST: CodeList = [...RATINGS].reverse().map((r) => withCode(r, RATING_NAMES[r]));
const SCOPES: CodeList = INITIATIVE_SCOPES.map((s) => withCode(s, `Cấp ${SCOPE_NAMES[s]}`));
const INITIATIVE_TYPES: CodeList = [
  ['SANG_KIEN', 'SANG_KIEN - Sáng kiến'],
  ['DE_TAI', 'DE_TAI - Đề tài, đề án, công trình'],
];
const GROUPS: CodeList = SUBJECT_GROUPS.map((g) => withCode(g, SUBJECT_GROUP_NAMES[g]));

const col = (
  key: string,
  header: string,
  type: FieldType,
  required: boolean,
  hint: string,
  extra: Partial<ColumnDef> = {},
): ColumnDef => ({ key, header, type, required, hint, width: 18, ...extra });

/** Who a record belongs to: enough to find the person without an internal id. */
function identity(nameHeader = 'Họ và tên'): ColumnDef[] {
  return [
    col('fullName', nameHeader, 'name', true, 'Họ và tên đầy đủ, có dấu.', { width: 28 }),
    col('birthDate', 'Ngày sinh', 'date', false, 'dd/mm/yyyy. Giúp phân biệt người trùng tên.'),
    col('citizenId', 'Số CCCD', 'citizenId', false, '12 chữ số (để dạng Văn bản để giữ số 0 đầu).', {
      width: 16,
    }),
    col('unitCode', 'Mã đơn vị', 'unit', true, 'Mã đơn vị trong trang "Danh mục đơn vị" (hoặc tên đơn vị).', {
      width: 16,
    }),
  ];
}

export const KIND_DEFS: Record<ImportKind, KindDef> = {
  people: {
    kind: 'people',
    sheet: 'Cá nhân',
    title: 'Danh sách cá nhân',
    columns: [
      ...identity(),
      col('gender', 'Giới tính', 'code', true, 'Nam hoặc Nữ.', { codes: GENDERS, width: 10 }),
      col('ethnicity', 'Dân tộc', 'text', false, 'Ví dụ: Kinh.', { maxLength: 50 }),
      col('position', 'Chức vụ', 'text', false, 'Chức vụ hiện tại.', { maxLength: 120, width: 24 }),
      col('recruitedOn', 'Ngày tuyển dụng', 'date', false, 'dd/mm/yyyy.'),
      col('subjectGroup', 'Nhóm đối tượng', 'code', false, 'Mặc định: cán bộ, công chức, viên chức.', {
        codes: GROUPS,
        fallback: 'CBCCVC',
        width: 28,
      }),
    ],
  },
  ratings: {
    kind: 'ratings',
    sheet: 'Xếp loại',
    title: 'Xếp loại mức độ hoàn thành nhiệm vụ',
    columns: [
      ...identity(),
      col('year', 'Năm', 'year', true, 'Năm đánh giá, ví dụ 2024.', { width: 8 }),
      col('rating', 'Mức xếp loại', 'code', true, 'Chọn trong danh sách.', { codes: RATING_LIST, width: 36 }),
      col('sourceDoc', 'Văn bản đánh giá', 'text', false, 'Số, ký hiệu văn bản đánh giá.', {
        maxLength: 200,
      }),
    ],
  },
  awards: {
    kind: 'awards',
    sheet: 'Khen thưởng',
    title: 'Danh hiệu, hình thức khen thưởng',
    columns: [
      ...identity(),
      col(
        'awardCode',
        'Danh hiệu/hình thức',
        'code',
        true,
        'Chọn trong danh sách: danh hiệu, hình thức của pháp luật, của Nhà nước và của tỉnh đang có hiệu lực.',
        { codes: PERSON_AWARDS, openCodes: true, width: 40 },
      ),
      col('kind', 'Loại khen thưởng', 'code', false, 'Mặc định: theo công trạng.', {
        codes: KINDS,
        fallback: 'CONG_TRANG',
        width: 28,
      }),
      col('year', 'Năm', 'year', true, 'Năm của thành tích (năm cuối nếu nhiều năm).', { width: 8 }),
      col('periodStartYear', 'Từ năm', 'year', false, 'Năm đầu, nếu thành tích nhiều năm.', { width: 8 }),
      col('decisionNumber', 'Số quyết định', 'text', true, 'Số, ký hiệu, ví dụ 123/QĐ-UBND.', {
        maxLength: 60,
      }),
      col('decisionDate', 'Ngày quyết định', 'date', true, 'dd/mm/yyyy.'),
      col('issuer', 'Cơ quan ban hành', 'text', true, 'Ví dụ: UBND tỉnh Sơn Hà.', {
        maxLength: 200,
        width: 28,
      }),
      col('signer', 'Người ký', 'text', false, 'Họ tên người ký.', { maxLength: 120 }),
      col('amountVnd', 'Tiền thưởng (đồng)', 'int', false, 'Số nguyên, không dấu chấm.'),
      col('achievement', 'Thành tích', 'text', false, 'Nội dung thành tích được khen.', {
        maxLength: 500,
        width: 36,
      }),
    ],
  },
  initiatives: {
    kind: 'initiatives',
    sheet: 'Sáng kiến',
    title: 'Sáng kiến, đề tài (mỗi tác giả một dòng)',
    columns: [
      col('title', 'Tên sáng kiến/đề tài', 'text', true, 'Các dòng cùng tên và năm là một sáng kiến.', {
        maxLength: 500,
        width: 40,
      }),
      col('type', 'Loại', 'code', false, 'Mặc định: sáng kiến.', {
        codes: INITIATIVE_TYPES,
        fallback: 'SANG_KIEN',
      }),
      col('scope', 'Phạm vi ảnh hưởng', 'code', true, 'Chọn trong danh sách.', { codes: SCOPES, width: 28 }),
      col('year', 'Năm', 'year', true, 'Năm công nhận.', { width: 8 }),
      col('recognizedBy', 'Cơ quan công nhận', 'text', false, 'Ví dụ: Hội đồng sáng kiến tỉnh.', {
        maxLength: 200,
      }),
      col('decisionNumber', 'Số quyết định công nhận', 'text', false, 'Số, ký hiệu.', { maxLength: 60 }),
      col('decisionDate', 'Ngày quyết định', 'date', false, 'dd/mm/yyyy.'),
      ...identity('Họ và tên tác giả'),
      col('sharePct', 'Tỷ lệ đóng góp (%)', 'int', false, 'Mặc định 100; tổng các tác giả ≤ 100.', {
        fallback: 100,
        width: 10,
      }),
    ],
  },
};

/** The value written for a code: the dropdown text, so a re-import reads it back. */
export function displayCode(column: ColumnDef, code: string): string {
  return column.codes?.find(([c]) => c === code)?.[1] ?? code;
}

/** The kind's columns with some code lists replaced (the tenant's catalogue in a template or an export). */
export function withCodeLists(def: KindDef, lists: Readonly<Record<string, CodeList>>): KindDef {
  return { ...def, columns: def.columns.map((c) => (lists[c.key] ? { ...c, codes: lists[c.key] } : c)) };
}

/** An award code as the template's dropdown shows it. */
export const awardCodeChoice = (code: string, name: string) => withCode(code, name);
