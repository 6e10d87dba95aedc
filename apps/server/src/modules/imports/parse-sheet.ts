import { foldVietnamese } from '@vinhdanh/domain/text/fold';
import { AppError } from '../../lib/errors';
import type { XlsxRow } from '../../lib/xlsx';
import { readCell } from './cell-values';
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
 * Reads the data sheet of a kind: finds the sheet whose header row matches the
 * template, then turns every non-empty row into values or problems.
 */
export async function* parseSheet(
  kind: ImportKind,
  rows: AsyncIterable<XlsxRow>,
  options: { maxRows?: number } = {},
): AsyncGenerator<ParsedLine> {
  const { columns } = KIND_DEFS[kind];
  let chosen: { sheet: string | undefined; positions: (number | undefined)[] } | null = null;
  let rejected: { sheet: string | undefined; missing: string[] } | null = null;
  let currentSheet: string | undefined | null = null;
  let seenHeader = false;
  let count = 0;
  for await (const { sheet, row, cells } of rows) {
    if (sheet !== currentSheet) {
      if (chosen) break; // only the first matching sheet is data
      currentSheet = sheet;
      seenHeader = false;
    }
    if (chosen === null && sheet && AUXILIARY.has(foldVietnamese(sheet))) continue;
    if (!seenHeader) {
      if (isBlank(cells)) continue;
      seenHeader = true;
      const { positions, missing } = mapHeader(columns, cells);
      if (missing.length === 0) chosen = { sheet, positions: columns.map((c) => positions.get(c.key)) };
      else if (!rejected || missing.length < rejected.missing.length) rejected = { sheet, missing };
      continue;
    }
    if (!chosen || chosen.sheet !== sheet || isBlank(cells)) continue;
    count += 1;
    if (options.maxRows && count > options.maxRows) throw new AppError('IMPORT_TOO_MANY_ROWS');
    yield parseLine(columns, chosen.positions, row, cells);
  }
  if (!chosen) {
    throw new AppError(
      'IMPORT_WRONG_SHEET',
      (rejected?.missing ?? columns.filter((c) => c.required).map((c) => c.header)).map((header) => ({
        path: header,
        message: `Thiếu cột "${header}" trong dòng tiêu đề${rejected?.sheet ? ` của trang "${rejected.sheet}"` : ''}.`,
      })),
    );
  }
}

function parseLine(
  columns: ColumnDef[],
  positions: (number | undefined)[],
  row: number,
  cells: XlsxRow['cells'],
): ParsedLine {
  const values: Record<string, FieldValue> = {};
  const problems: Problem[] = [];
  for (let i = 0; i < columns.length; i += 1) {
    const column = columns[i]!;
    const at = positions[i];
    const result = readCell(column, at === undefined ? null : (cells[at] ?? null));
    if (result.ok) values[column.key] = result.value;
    else {
      values[column.key] = null;
      problems.push({ row, column: column.header, problem: result.problem, suggestion: result.suggestion });
    }
  }
  return { row, values, problems };
}
