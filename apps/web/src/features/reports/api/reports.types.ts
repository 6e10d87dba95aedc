// Shapes of /api/reports, generated from the OpenAPI document (StatisticalForm, ReportCellRecords).
import type { QueryOf, Schema } from '../../../lib/api/client';

export type StatisticalForm = Schema<'StatisticalForm'>;
export type ReportLine = StatisticalForm['rows'][number];
export type ReportRecord = Schema<'ReportRecord'>;
export type CellRecords = Schema<'ReportCellRecords'>;

/** The query of GET /reports/forms: which form, year and unit. */
export type FormSearch = QueryOf<'/reports/forms'>;
export type FormCode = FormSearch['form'];
