import type { IsoDate } from '../rules/types';
import { EVERYTHING, fieldsOf, type ReportFilter } from './report-filter';
import { REPORT_SOURCES, type ReportSource } from './report-sources';

export type ReportLine = {
  /** "Mã số" printed on the form (rows) or the column number. */
  readonly code: string;
  readonly label: string;
  readonly filter: ReportFilter;
  /** Heading rows ("1. Chia theo…") carry no figures. */
  readonly isHeading?: boolean;
  /** Unit printed in column C of a row ("Người", "Tập thể"…). */
  readonly unit?: string;
  /** Indent level on screen and in the spreadsheet. */
  readonly depth?: number;
  /** Column groups printed above the leaf headers, outermost first. */
  readonly groups?: readonly string[];
};

/**
 * A total and its parts. `exact`: the parts partition the total. Otherwise the parts are "trong đó"
 * (of which) and may add up to less, never more.
 */
export type ReportSum = {
  readonly total: string;
  readonly parts: readonly string[];
  readonly exact: boolean;
};

export type ReportDefinition = {
  /** The form's symbol as printed, e.g. "0602.N/BNV-TĐKT". */
  readonly form: string;
  /** Definition version: the circular and its date. */
  readonly version: string;
  readonly title: string;
  readonly citation: string;
  readonly effectiveFrom: IsoDate;
  readonly effectiveTo?: IsoDate;
  readonly source: ReportSource;
  /** Due date printed on the form, e.g. "Ngày 15 tháng 12 năm báo cáo". */
  readonly dueNote: string;
  /** Counted facts must match this (e.g. only state-level award codes). */
  readonly universe: ReportFilter;
  readonly rows: readonly ReportLine[];
  readonly columns: readonly ReportLine[];
  readonly rowSums: readonly ReportSum[];
  readonly columnSums: readonly ReportSum[];
};

export const definitionKey = (d: Pick<ReportDefinition, 'form' | 'version'>) => `${d.form}@${d.version}`;

/** Problems that make a definition unusable: unknown fields, duplicate codes, sums over unknown lines. */
export function validateDefinition(d: ReportDefinition): string[] {
  const problems: string[] = [];
  const allowed = new Set<string>(REPORT_SOURCES[d.source]);
  const lines = [...d.rows, ...d.columns, { code: 'universe', label: '', filter: d.universe }];
  for (const line of lines) {
    for (const field of fieldsOf(line.filter)) {
      if (!allowed.has(field)) problems.push(`${d.form}: ${line.code} đọc trường không có: ${field}`);
    }
  }
  for (const [kind, list, sums] of [
    ['hàng', d.rows, d.rowSums],
    ['cột', d.columns, d.columnSums],
  ] as const) {
    const codes = list.map((l) => l.code);
    if (new Set(codes).size !== codes.length) problems.push(`${d.form}: mã ${kind} trùng nhau`);
    for (const s of sums) {
      for (const code of [s.total, ...s.parts]) {
        if (!codes.includes(code)) problems.push(`${d.form}: tổng ${kind} nhắc mã không có: ${code}`);
      }
    }
  }
  return problems;
}

export const headingLine = (code: string, label: string): ReportLine => ({
  code,
  label,
  filter: EVERYTHING,
  isHeading: true,
});
