import type { ReportDefinition, ReportSum } from './report-definition';
import { type FactGroup, matches } from './report-filter';

/** Figures of a form: `cells[rowCode][columnCode]`; heading rows have none. */
export type ReportTable = { readonly cells: Readonly<Record<string, Readonly<Record<string, number>>>> };

/**
 * Fills every cell from grouped counts. The SQL has already counted the rows (GROUP BY over the
 * facts' dimensions); this only decides which groups each cell takes, so it sees at most a few
 * hundred groups whatever the number of awards.
 */
export function computeReport(def: ReportDefinition, groups: readonly FactGroup[]): ReportTable {
  const counted = groups.filter((g) => matches(def.universe, g.dims));
  const cells: Record<string, Record<string, number>> = {};
  for (const row of def.rows) {
    if (row.isHeading) continue;
    const inRow = counted.filter((g) => matches(row.filter, g.dims));
    const line: Record<string, number> = {};
    for (const col of def.columns) {
      let n = 0;
      for (const g of inRow) if (matches(col.filter, g.dims)) n += g.n;
      line[col.code] = n;
    }
    cells[row.code] = line;
  }
  return { cells };
}

export type SumViolation = {
  axis: 'row' | 'column';
  sum: ReportSum;
  at: string;
  total: number;
  parts: number;
};

/** Checks every declared total against its parts, across the whole table. */
export function checkSums(def: ReportDefinition, table: ReportTable): SumViolation[] {
  const out: SumViolation[] = [];
  const value = (r: string, c: string) => table.cells[r]?.[c] ?? 0;
  const bad = (s: ReportSum, total: number, parts: number) => (s.exact ? total !== parts : parts > total);
  const rows = def.rows.filter((r) => !r.isHeading).map((r) => r.code);
  const cols = def.columns.map((c) => c.code);
  for (const s of def.rowSums) {
    for (const c of cols) {
      const parts = s.parts.reduce((sum, p) => sum + value(p, c), 0);
      if (bad(s, value(s.total, c), parts))
        out.push({ axis: 'row', sum: s, at: c, total: value(s.total, c), parts });
    }
  }
  for (const s of def.columnSums) {
    for (const r of rows) {
      const parts = s.parts.reduce((sum, p) => sum + value(r, p), 0);
      if (bad(s, value(r, s.total), parts))
        out.push({ axis: 'column', sum: s, at: r, total: value(r, s.total), parts });
    }
  }
  return out;
}
