import type { DataValidation, Workbook, Worksheet } from 'exceljs';

/**
 * exceljs is loaded on the first spreadsheet, not at start: it adds ~25 MiB to every server
 * process, most of which never writes one (issue 19, item 5).
 */
async function newWorkbook(): Promise<Workbook> {
  const { default: ExcelJS } = await import('exceljs');
  return new ExcelJS.Workbook();
}

export type XlsxColumn<T> = {
  header: string;
  width?: number;
  value: (row: T) => string | number | boolean | null;
};

/** The one place that writes spreadsheets (exceljs stays behind this adapter). */
export async function writeXlsx<T>(sheetName: string, columns: XlsxColumn<T>[], rows: T[]): Promise<Buffer> {
  const workbook = await newWorkbook();
  workbook.creator = 'Vinh Danh';
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c, i) => ({ header: c.header, key: `c${i}`, width: c.width ?? 20 }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(columns.map((c) => c.value(row)));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function readXlsxRows(buffer: Buffer | ArrayBuffer): Promise<unknown[][]> {
  const workbook = await newWorkbook();
  await workbook.xlsx.load(buffer as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const rows: unknown[][] = [];
  sheet?.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
}

/** A cell as the import reads it: plain values; formulas and errors are flagged, never evaluated. */
export type XlsxCell = string | number | boolean | Date | null | { formula: string };

export type XlsxRow = { sheet: string | undefined; row: number; cells: XlsxCell[] };

// exceljs has range validations (one entry for a whole column) but does not declare them.
function validations(sheet: Worksheet) {
  return (sheet as unknown as { dataValidations: { add(range: string, v: DataValidation): void } })
    .dataValidations;
}

export type WorkbookSheet = {
  name: string;
  /** `numFmt`: an Excel number format for the column, e.g. '#,##0' for money. */
  columns: { header: string; width?: number; isText?: boolean; numFmt?: string; list?: string }[];
  rows: (string | number | null)[][];
  /** Rows after the data in bold, e.g. a total. */
  footer?: (string | number | null)[][];
  state?: 'visible' | 'hidden';
};

/**
 * Writes a workbook of several sheets. `list` is a range formula (e.g.
 * "'Danh mục'!$A$2:$A$20") offered as a dropdown on the first 5,000 rows.
 */
export async function writeWorkbook(sheets: WorkbookSheet[]): Promise<Buffer> {
  const workbook = await newWorkbook();
  workbook.creator = 'Vinh Danh';
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name, {
      views: [{ state: 'frozen', ySplit: 1 }],
      state: spec.state ?? 'visible',
    });
    sheet.columns = spec.columns.map((c, i) => ({
      header: c.header,
      key: `c${i}`,
      width: c.width ?? 20,
      // Text format keeps leading zeros of citizen IDs and stops Excel from guessing dates.
      style: c.isText ? { numFmt: '@' } : c.numFmt ? { numFmt: c.numFmt } : {},
    }));
    sheet.getRow(1).font = { bold: true };
    for (const row of spec.rows) sheet.addRow(row);
    for (const row of spec.footer ?? []) sheet.addRow(row).font = { bold: true };
    const lastRow = Math.max(spec.rows.length + 1, 5000);
    spec.columns.forEach((c, i) => {
      if (!c.list) return;
      const letter = sheet.getColumn(i + 1).letter;
      validations(sheet).add(`${letter}2:${letter}${lastRow}`, {
        type: 'list',
        allowBlank: true,
        formulae: [c.list],
        showErrorMessage: true,
        errorTitle: 'Giá trị không hợp lệ',
        error: 'Hãy chọn một giá trị trong danh sách.',
      });
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A statistical form in its printed layout: header block, title, two-level column headers, signature. */
export type FormSheetSpec = {
  sheetName: string;
  headerLeft: string[];
  headerRight: string[];
  title: string;
  subtitle: string;
  /** Headers of the label columns (A, B, C…), e.g. ['', 'Mã số', 'Đơn vị tính']. */
  stubHeaders: string[];
  columns: { label: string; group?: string }[];
  /** The row of column numbers under the headers: A, B, C, 1, 2… */
  numberRow: string[];
  rows: { cells: (string | number | null)[]; isBold?: boolean; indent?: number }[];
  signatureLeft: string[];
  signatureRight: string[];
};

const THIN = { style: 'thin' as const };
const BOX = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Writes one form sheet laid out as the circular prints it (A4 landscape, Times New Roman). */
export async function writeFormSheet(spec: FormSheetSpec): Promise<Buffer> {
  const workbook = await newWorkbook();
  workbook.creator = 'Vinh Danh';
  const sheet = workbook.addWorksheet(spec.sheetName, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const stub = spec.stubHeaders.length;
  const width = stub + spec.columns.length;
  sheet.properties.defaultRowHeight = 18;
  sheet.getColumn(1).width = 48;
  for (let i = 2; i <= stub; i++) sheet.getColumn(i).width = 9;
  for (let i = stub + 1; i <= width; i++) sheet.getColumn(i).width = 11;
  const font = { name: 'Times New Roman', size: 11 };
  const half = Math.max(stub + 1, Math.floor(width / 2));
  const lines = Math.max(spec.headerLeft.length, spec.headerRight.length);
  for (let i = 0; i < lines; i++) {
    const r = i + 1;
    sheet.mergeCells(r, 1, r, half);
    sheet.mergeCells(r, half + 1, r, width);
    sheet.getCell(r, 1).value = spec.headerLeft[i] ?? '';
    sheet.getCell(r, half + 1).value = spec.headerRight[i] ?? '';
    sheet.getCell(r, 1).font = { ...font, bold: i === 0 };
    sheet.getCell(r, half + 1).font = font;
    sheet.getCell(r, half + 1).alignment = { horizontal: 'center' };
  }
  let r = lines + 2;
  for (const [text, style] of [
    [spec.title.toUpperCase(), { ...font, size: 14, bold: true }],
    [spec.subtitle, { ...font, italic: true }],
  ] as const) {
    sheet.mergeCells(r, 1, r, width);
    sheet.getCell(r, 1).value = text;
    sheet.getCell(r, 1).font = style;
    sheet.getCell(r, 1).alignment = { horizontal: 'center' };
    r += 1;
  }
  r += 1;
  // Two header rows: the column group (merged across its columns) above each leaf label.
  const top = r;
  spec.stubHeaders.forEach((h, i) => {
    sheet.mergeCells(top, i + 1, top + 1, i + 1);
    sheet.getCell(top, i + 1).value = h;
  });
  let c = stub + 1;
  while (c <= width) {
    const col = spec.columns[c - stub - 1]!;
    let end = c;
    while (col.group && end < width && spec.columns[end - stub]?.group === col.group) end += 1;
    if (col.group) {
      if (end > c) sheet.mergeCells(top, c, top, end);
      sheet.getCell(top, c).value = col.group;
      for (let k = c; k <= end; k++) sheet.getCell(top + 1, k).value = spec.columns[k - stub - 1]!.label;
    } else {
      sheet.mergeCells(top, c, top + 1, c);
      sheet.getCell(top, c).value = col.label;
    }
    c = end + 1;
  }
  sheet.getRow(top + 1).height = 60;
  spec.numberRow.forEach((n, i) => {
    sheet.getCell(top + 2, i + 1).value = n;
  });
  for (let row = top; row <= top + 2; row++) {
    for (let k = 1; k <= width; k++) {
      const cell = sheet.getCell(row, k);
      cell.font = { ...font, bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.border = BOX;
    }
  }
  r = top + 3;
  for (const line of spec.rows) {
    line.cells.forEach((v, i) => {
      const cell = sheet.getCell(r, i + 1);
      cell.value = v;
      cell.font = { ...font, bold: line.isBold ?? false };
      cell.border = BOX;
      cell.alignment =
        i === 0
          ? { wrapText: true, indent: line.indent ?? 0, vertical: 'middle' }
          : { horizontal: 'center', vertical: 'middle' };
      if (typeof v === 'number') cell.numFmt = '#,##0';
    });
    r += 1;
  }
  r += 1;
  const rows = Math.max(spec.signatureLeft.length, spec.signatureRight.length);
  for (let i = 0; i < rows; i++) {
    sheet.mergeCells(r + i, 1, r + i, half);
    sheet.mergeCells(r + i, half + 1, r + i, width);
    for (const [col, text] of [
      [1, spec.signatureLeft[i]],
      [half + 1, spec.signatureRight[i]],
    ] as const) {
      const cell = sheet.getCell(r + i, col);
      cell.value = text ?? '';
      const t = text ?? '';
      // Titles of the signers are in capitals; the "(Ký, họ tên)" notes in italics.
      cell.font = { ...font, bold: /\p{Lu}{3}/u.test(t) && t === t.toUpperCase(), italic: t.startsWith('(') };
      cell.alignment = { horizontal: 'center' };
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
