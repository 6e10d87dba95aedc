import { foldVietnamese } from '@vinhdanh/domain/text/fold';
import { AppError } from '../../lib/errors';
import type { XlsxRow } from '../../lib/xlsx';
import { type CellResult, cellReader } from './cell-values';
import { type ColumnDef, KIND_DEFS } from './import-columns';
import type { FieldValue, ImportKind, ParsedRow, Problem } from './import-kind';

export type ParsedLine = ParsedRow & { problems: Problem[] };

/** Sheets the template adds for people, never data. */
const AUXILIARY = new Set(['huong dan', 'danh muc', 'danh muc don vi'].map(foldVietnamese));

const headerKey = (text: string) => foldVietnamese(text.replace(/\(\*\)|\*/g, ''));

/** Maps each template column to its position in the header row, in any order. */
function mapHeader(
  columns: ColumnDef[],
  cells: unknown[],
): { positions: Map<string, number>; missing: string[] } {
  const byHeader = new Map<string, number>();
  cells.forEach((cell, i) => {
    if (typeof cell === 'string' && cell.trim()) byHeader.set(headerKey(cell), i);
  });
  const positions = new Map<string, number>();
  const missing: string[] = [];
  for (const column of columns) {
    const at = byHeader.get(headerKey(column.header));
    if (at !== undefined) positions.set(column.key, at);
    else if (column.required) missing.push(column.header);
  }
  return { positions, missing };
}

const isBlank = (cells: unknown[]) => cells.every((c) => c === null || (typeof c === 'string' && !c.trim()));

/**
 * Finds the data sheet of a kind (the sheet whose header row matches the template) in rows
 * fed one at a time, and turns every non-empty row of it into values or problems.
 */
class SheetReader {
  private readonly columns: ColumnDef[];
  private chosen: { sheet: string | undefined; positions: (number | undefined)[] } | null = null;
  /** One memoising cell reader per column (see `cellReader`). */
  private readonly readers: ((cell: XlsxRow['cells'][number]) => CellResult)[];
  private rejected: { sheet: string | undefined; missing: string[] } | null = null;
  private currentSheet: string | undefined | null = null;
  private seenHeader = false;
  private count = 0;
  /** True once the data sheet has ended: later rows are never data. */
  done = false;

  constructor(
    kind: ImportKind,
    private readonly maxRows: number | undefined,
  ) {
    this.columns = KIND_DEFS[kind].columns;
    this.readers = this.columns.map(cellReader);
  }

  /** The parsed line of a data row, or null for any other row. */
  read(sheet: string | undefined, row: number, cells: XlsxRow['cells']): ParsedLine | null {
    const { columns } = this;
    if (sheet !== this.currentSheet) {
      if (this.chosen) {
        this.done = true; // only the first matching sheet is data
        return null;
      }
      this.currentSheet = sheet;
      this.seenHeader = false;
    }
    if (this.chosen === null && sheet && AUXILIARY.has(foldVietnamese(sheet))) return null;
    if (!this.seenHeader) {
      if (isBlank(cells)) return null;
      this.seenHeader = true;
      const { positions, missing } = mapHeader(columns, cells);
      if (missing.length === 0) this.chosen = { sheet, positions: columns.map((c) => positions.get(c.key)) };
      else if (!this.rejected || missing.length < this.rejected.missing.length)
        this.rejected = { sheet, missing };
      return null;
    }
    const { chosen } = this;
    if (!chosen || chosen.sheet !== sheet || isBlank(cells)) return null;
    this.count += 1;
    if (this.maxRows && this.count > this.maxRows) throw new AppError('IMPORT_TOO_MANY_ROWS');
    return parseLine(columns, this.readers, chosen.positions, row, cells);
  }

  /** At the end of the rows: no sheet had the template's header → a clear error. */
  finish(): void {
    if (this.chosen) return;
    const { columns, rejected } = this;
    throw new AppError(
      'IMPORT_WRONG_SHEET',
      (rejected?.missing ?? columns.filter((c) => c.required).map((c) => c.header)).map((header) => ({
        path: header,
        message: `Thiếu cột "${header}" trong dòng tiêu đề${rejected?.sheet ? ` của trang "${rejected.sheet}"` : ''}.`,
      })),
    );
  }
}

/**
 * Reads the data sheet of a kind: finds the sheet whose header row matches the
 * template, then turns every non-empty row into values or problems.
 */
export async function* parseSheet(
  kind: ImportKind,
  rows: AsyncIterable<XlsxRow>,
  options: { maxRows?: number } = {},
): AsyncGenerator<ParsedLine> {
  const reader = new SheetReader(kind, options.maxRows);
  for await (const { sheet, row, cells } of rows) {
    const line = reader.read(sheet, row, cells);
    if (reader.done) break;
    if (line) yield line;
  }
  reader.finish();
}

/**
 * `parseSheet` over batches of rows, yielding one array of lines per batch read (empty
 * batches are skipped): the same lines, with one async step per batch instead of per row.
 */
export async function* parseSheetBatches(
  kind: ImportKind,
  batches: AsyncIterable<XlsxRow[]>,
  options: { maxRows?: number } = {},
): AsyncGenerator<ParsedLine[]> {
  const reader = new SheetReader(kind, options.maxRows);
  outer: for await (const batch of batches) {
    const lines: ParsedLine[] = [];
    for (let i = 0; i < batch.length; i += 1) {
      const { sheet, row, cells } = batch[i]!;
      const line = reader.read(sheet, row, cells);
      if (reader.done) {
        if (lines.length) yield lines;
        break outer;
      }
      if (line) lines.push(line);
    }
    if (lines.length) yield lines;
  }
  reader.finish();
}

function parseLine(
  columns: ColumnDef[],
  readers: ((cell: XlsxRow['cells'][number]) => CellResult)[],
  positions: (number | undefined)[],
  row: number,
  cells: XlsxRow['cells'],
): ParsedLine {
  const values: Record<string, FieldValue> = {};
  const problems: Problem[] = [];
  for (let i = 0; i < columns.length; i += 1) {
    const column = columns[i]!;
    const at = positions[i];
    const result = readers[i]!(at === undefined ? null : (cells[at] ?? null));
    if (result.ok) values[column.key] = result.value;
    else {
      values[column.key] = null;
      problems.push({ row, column: column.header, problem: result.problem, suggestion: result.suggestion });
    }
  }
  return { row, values, problems };
}
