import type { FormOutput } from './reports.schemas';

// What both the spreadsheet and the PDF print around the figures of a form.

export const RECEIVER = 'Bộ Nội vụ (Ban Thi đua - Khen thưởng Trung ương)';

export function headerLines(f: FormOutput) {
  return {
    left: [
      `Biểu số: ${f.form}`,
      `Ban hành theo ${f.citation.replace(/, biểu .*$/, '')}`,
      `Ngày nhận báo cáo: ${f.dueNote}`,
    ],
    right: [`Đơn vị báo cáo: ${f.unitName}`, `Đơn vị nhận báo cáo: ${RECEIVER}`, ''],
  };
}

export const SIGNATURE = {
  left: ['', 'NGƯỜI LẬP BIỂU', '(Ký, họ tên)'],
  right: ['…, ngày … tháng … năm …', 'THỦ TRƯỞNG ĐƠN VỊ', '(Ký, họ tên, đóng dấu)'],
};

/** Body rows as printed: label, "Mã số", unit, then the figures (blank on headings). */
export function bodyRows(f: FormOutput) {
  return f.rows.map((row) => ({
    cells: [
      row.label,
      row.isHeading ? '' : row.code,
      row.unit ?? '',
      ...f.columns.map((c) => (row.isHeading ? null : (f.cells[row.code]?.[c.code] ?? 0))),
    ],
    isBold: row.isHeading || row.depth === 0,
    indent: row.depth,
  }));
}

export const columnNumbers = (f: FormOutput) => ['A', 'B', 'C', ...f.columns.map((c) => c.code)];

export const fileBase = (f: FormOutput) => `Bieu-${f.formCode}-nam-${f.year}`;
