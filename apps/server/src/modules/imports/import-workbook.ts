import { type WorkbookSheet, writeWorkbook } from '../../lib/xlsx';
import { writeCell } from './cell-values';
import { type CodeList, KIND_DEFS, type KindDef, withCodeLists } from './import-columns';
import type { FieldValue, ImportKind } from './import-kind';

export type UnitChoice = { code: string; name: string };

const LISTS = 'Danh mục';
const UNITS = 'Danh mục đơn vị';

const letter = (index: number) => String.fromCharCode(65 + index);

function instructions(def: KindDef): WorkbookSheet {
  const general = [
    `Mẫu nhập: ${def.title}. Nhập dữ liệu vào trang "${def.sheet}", bắt đầu từ dòng 2; không đổi tên cột.`,
    'Cột có dấu (*) là bắt buộc. Ngày nhập dạng dd/mm/yyyy. Không dùng công thức: hãy dán giá trị.',
    'Cá nhân được nhận diện theo số CCCD; nếu không có, theo họ tên + ngày sinh + đơn vị.',
    'Trường hợp chưa chắc chắn (tên khác dấu, thiếu ngày sinh…) sẽ được liệt kê để bạn xác nhận.',
    'Sau khi tải lên, hệ thống chạy thử và báo lỗi từng dòng; chỉ ghi khi không còn lỗi, ghi tất cả hoặc không ghi gì.',
    'Nhập lại cùng một tệp không tạo bản ghi trùng.',
  ];
  return {
    name: 'Hướng dẫn',
    columns: [
      { header: 'Cột', width: 28 },
      { header: 'Bắt buộc', width: 10 },
      { header: 'Hướng dẫn', width: 90 },
    ],
    rows: [
      ...general.map((text) => ['', '', text]),
      ['', '', ''],
      ...def.columns.map((c) => [c.header, c.required ? 'Có' : '', c.hint]),
    ],
  };
}

/**
 * The kind's workbook: the data sheet (empty for a template), instructions and dropdown lists. `codeLists`
 * replaces a column's list (the award codes of the tenant's catalogue in force).
 */
export async function buildKindWorkbook(
  kind: ImportKind,
  units: UnitChoice[],
  records: Record<string, FieldValue>[] = [],
  codeLists: Readonly<Record<string, CodeList>> = {},
): Promise<Buffer> {
  const def = withCodeLists(KIND_DEFS[kind], codeLists);
  const coded = def.columns.filter((c) => c.codes);
  const listFor = (key: string): string | undefined => {
    const index = coded.findIndex((c) => c.key === key);
    if (index >= 0)
      return `'${LISTS}'!$${letter(index)}$2:$${letter(index)}$${(coded[index]!.codes?.length ?? 0) + 1}`;
    if (key === 'unitCode' && units.length) return `'${UNITS}'!$A$2:$A$${units.length + 1}`;
    return undefined;
  };
  const data: WorkbookSheet = {
    name: def.sheet,
    columns: def.columns.map((c) => ({
      header: c.required ? `${c.header} (*)` : c.header,
      width: c.width,
      isText: c.type !== 'int' && c.type !== 'year',
      list: listFor(c.key),
    })),
    rows: records.map((r) => def.columns.map((c) => writeCell(c, r[c.key] ?? null))),
  };
  const longest = Math.max(0, ...coded.map((c) => c.codes?.length ?? 0));
  const lists: WorkbookSheet = {
    name: LISTS,
    columns: coded.map((c) => ({ header: c.header, width: 40 })),
    rows: Array.from({ length: longest }, (_, i) => coded.map((c) => c.codes?.[i]?.[1] ?? null)),
  };
  const unitSheet: WorkbookSheet = {
    name: UNITS,
    columns: [
      { header: 'Mã đơn vị', width: 16, isText: true },
      { header: 'Tên đơn vị', width: 50 },
    ],
    rows: units.map((u) => [u.code, u.name]),
  };
  return writeWorkbook([data, instructions(def), lists, unitSheet]);
}
