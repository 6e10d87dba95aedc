import { IMPORT_KINDS } from '../../db/schema/imports';

export type ImportKind = (typeof IMPORT_KINDS)[number];
export { IMPORT_KINDS };

/** One parsed cell value: text, ISO date text, a number, or empty. */
export type FieldValue = string | number | null;

/** A data row after the template columns were read; `row` is the spreadsheet row number. */
export type ParsedRow = { row: number; values: Record<string, FieldValue> };

/** One line of the dry-run report, in Vietnamese. */
export type Problem = { row: number; column: string | null; problem: string; suggestion: string | null };
