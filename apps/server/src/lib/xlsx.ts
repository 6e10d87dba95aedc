import ExcelJS from 'exceljs';

export type XlsxColumn<T> = {
  header: string;
  width?: number;
  value: (row: T) => string | number | boolean | null;
};

/** The one place that writes spreadsheets (exceljs stays behind this adapter). */
export async function writeXlsx<T>(sheetName: string, columns: XlsxColumn<T>[], rows: T[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Vinh Danh';
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c, i) => ({ header: c.header, key: `c${i}`, width: c.width ?? 20 }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(columns.map((c) => c.value(row)));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function readXlsxRows(buffer: Buffer | ArrayBuffer): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
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
function validations(sheet: ExcelJS.Worksheet) {
  return (sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } })
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
  const workbook = new ExcelJS.Workbook();
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
