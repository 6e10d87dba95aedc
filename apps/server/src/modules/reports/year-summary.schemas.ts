import { z } from '@hono/zod-openapi';
import { SUMMARY_PERIODS } from '@vinhdanh/domain/reports/year-summary';

// What the officer sends to draft the year-end (or six-month) summary: the period, the unit, and
// the three sections only they can write. Empty sections become marked placeholders in the draft.

const officerText = (label: string) =>
  z
    .string({ error: `${label} phải là văn bản` })
    .max(20_000, `${label} dài quá 20.000 ký tự`)
    .optional()
    .openapi({ description: `${label}; để trống thì bản thảo để chỗ cho cán bộ viết.` });

export const yearSummaryInput = z
  .object({
    year: z
      .number({ error: 'Năm phải là số' })
      .int('Năm phải là số nguyên')
      .min(2000, 'Năm không được trước 2000')
      .max(2100, 'Năm không hợp lệ'),
    period: z
      .enum(SUMMARY_PERIODS, { error: 'Kỳ báo cáo phải là cả năm (NAM) hoặc 6 tháng đầu năm (SAU_THANG)' })
      .default('NAM'),
    unitId: z.uuid({ error: 'Mã đơn vị không hợp lệ' }).optional(),
    assessment: officerText('Phần đánh giá chung'),
    shortcomings: officerText('Phần tồn tại, hạn chế'),
    direction: officerText('Phần phương hướng, nhiệm vụ'),
  })
  .openapi('YearSummaryInput');
export type YearSummaryInput = z.infer<typeof yearSummaryInput>;
