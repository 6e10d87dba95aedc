import type { ReportFilter } from '@vinhdanh/domain/reports/report-filter';
import { type SQL, sql } from 'drizzle-orm';
import { AppError } from '../../lib/errors';

export type FieldExpressions = Readonly<Record<string, SQL>>;

/** The SQL condition of a filter, over the expressions a source gives its fields. */
export function filterToSql(filter: ReportFilter, fields: FieldExpressions): SQL {
  if ('field' in filter) {
    const expr = fields[filter.field];
    if (!expr) throw new AppError('REPORT_DEFINITION_INVALID');
    const values = filter.in.filter((v) => v !== null);
    const parts: SQL[] = [];
    if (values.length > 0)
      parts.push(
        sql`(${expr}) IN (${sql.join(
          values.map((v) => sql`${v}`),
          sql`, `,
        )})`,
      );
    if (filter.in.includes(null)) parts.push(sql`(${expr}) IS NULL`);
    return parts.length === 0 ? sql`FALSE` : sql`(${sql.join(parts, sql` OR `)})`;
  }
  if ('all' in filter) {
    if (filter.all.length === 0) return sql`TRUE`;
    return sql`(${sql.join(
      filter.all.map((f) => filterToSql(f, fields)),
      sql` AND `,
    )})`;
  }
  if ('any' in filter) {
    if (filter.any.length === 0) return sql`FALSE`;
    return sql`(${sql.join(
      filter.any.map((f) => filterToSql(f, fields)),
      sql` OR `,
    )})`;
  }
  return sql`(NOT COALESCE(${filterToSql(filter.not, fields)}, FALSE))`;
}
