// A cell of a statistical form is a filter over facts (one award, one movement…). Filters are plain
// data, so a new circular's form is a new definition and never new code. The same filter is
// evaluated here over grouped counts and compiled to SQL for the list of records behind a cell.

export type FactValue = string | boolean | null;

export type ReportFilter =
  | { readonly field: string; readonly in: readonly FactValue[] }
  | { readonly all: readonly ReportFilter[] }
  | { readonly any: readonly ReportFilter[] }
  | { readonly not: ReportFilter };

/** A fact as the SQL aggregate returns it: its dimension values and how many rows share them. */
export type FactGroup = { readonly dims: Readonly<Record<string, FactValue>>; readonly n: number };

export const EVERYTHING: ReportFilter = { all: [] };

export const where = (field: string, ...values: FactValue[]): ReportFilter => ({ field, in: values });
export const allOf = (...filters: ReportFilter[]): ReportFilter => ({ all: filters });
export const anyOf = (...filters: ReportFilter[]): ReportFilter => ({ any: filters });
export const not = (filter: ReportFilter): ReportFilter => ({ not: filter });

export function matches(filter: ReportFilter, dims: Readonly<Record<string, FactValue>>): boolean {
  if ('field' in filter) return filter.in.includes(dims[filter.field] ?? null);
  if ('all' in filter) return filter.all.every((f) => matches(f, dims));
  if ('any' in filter) return filter.any.some((f) => matches(f, dims));
  return !matches(filter.not, dims);
}

/** Every field a filter reads, to check a definition against its source. */
export function fieldsOf(filter: ReportFilter, into = new Set<string>()): Set<string> {
  if ('field' in filter) into.add(filter.field);
  else if ('all' in filter) for (const f of filter.all) fieldsOf(f, into);
  else if ('any' in filter) for (const f of filter.any) fieldsOf(f, into);
  else fieldsOf(filter.not, into);
  return into;
}
