import { z } from '@hono/zod-openapi';
import { FORM_CODES } from '@vinhdanh/domain/reports/report-catalogue';

const reportYear = z.coerce
  .number({ error: 'Năm báo cáo phải là số' })
  .int('Năm báo cáo phải là số nguyên')
  .min(2000, 'Năm báo cáo không được trước 2000')
  .max(2100, 'Năm báo cáo không hợp lệ');

export const formQuery = z.object({
  form: z.enum(FORM_CODES, { error: 'Biểu mẫu phải là 0601, 0602 hoặc 0603' }),
  year: reportYear,
  unitId: z.uuid({ error: 'Mã đơn vị không hợp lệ' }).optional(),
});
export type FormQuery = z.infer<typeof formQuery>;

const lineCode = z
  .string()
  .trim()
  .min(1)
  .max(12)
  .regex(/^[\w-]+$/, 'Mã hàng, cột không hợp lệ');

export const cellQuery = formQuery.extend({
  row: lineCode,
  column: lineCode,
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type CellQuery = z.infer<typeof cellQuery>;

const line = z.object({
  code: z.string(),
  label: z.string(),
  unit: z.string().optional(),
  depth: z.number(),
  isHeading: z.boolean(),
  groups: z.array(z.string()),
});

export const formOutput = z
  .object({
    form: z.string(),
    formCode: z.string(),
    version: z.string(),
    title: z.string(),
    citation: z.string(),
    dueNote: z.string(),
    year: z.number(),
    unitId: z.string(),
    unitName: z.string(),
    tenantName: z.string(),
    rows: z.array(line),
    columns: z.array(line),
    cells: z.record(z.string(), z.record(z.string(), z.number())),
  })
  .openapi('StatisticalForm');
export type FormOutput = z.infer<typeof formOutput>;

export const reportRecord = z
  .object({
    id: z.string(),
    kind: z.enum(['AWARD', 'MOVEMENT']),
    name: z.string(),
    subjectType: z.string().nullable(),
    subjectId: z.string().nullable(),
    unitId: z.string(),
    unitName: z.string(),
    code: z.string(),
    awardKind: z.string().nullable(),
    year: z.number(),
    decisionNumber: z.string().nullable(),
    decisionDate: z.string().nullable(),
  })
  .openapi('ReportRecord');

export const cellOutput = z
  .object({
    rowLabel: z.string(),
    columnLabel: z.string(),
    items: z.array(reportRecord),
    total: z.number(),
    page: z.number(),
    pageSize: z.number(),
  })
  .openapi('ReportCellRecords');
