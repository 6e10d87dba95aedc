import { z } from '@hono/zod-openapi';
import { AWARD_LEVELS } from '@vinhdanh/domain/reports/award-levels';
import { FAIRNESS_INDICATORS } from '@vinhdanh/domain/reports/fairness-indicators';

const year = z.coerce
  .number({ error: 'Năm phải là số' })
  .int('Năm phải là số nguyên')
  .min(2000, 'Năm không được trước 2000')
  .max(2100, 'Năm không hợp lệ');

export const fairnessQuery = z
  .object({ yearFrom: year, yearTo: year, unitId: z.uuid({ error: 'Mã đơn vị không hợp lệ' }).optional() })
  .refine((v) => v.yearFrom <= v.yearTo, { error: 'Từ năm phải không sau đến năm', path: ['yearTo'] })
  .refine((v) => v.yearTo - v.yearFrom < 30, {
    error: 'Chỉ xem được tối đa 30 năm một lần',
    path: ['yearFrom'],
  });
export type FairnessQuery = z.infer<typeof fairnessQuery>;

export const fairnessRecordsQuery = z.object({
  yearFrom: year,
  yearTo: year,
  unitId: z.uuid({ error: 'Mã đơn vị không hợp lệ' }).optional(),
  indicator: z.enum(FAIRNESS_INDICATORS, { error: 'Chỉ tiêu không hợp lệ' }),
  level: z.enum(AWARD_LEVELS, { error: 'Cấp khen thưởng không hợp lệ' }).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type FairnessRecordsQuery = z.infer<typeof fairnessRecordsQuery>;

const pct = z
  .number({ error: 'Chỉ tiêu phải là số phần trăm' })
  .int('Chỉ tiêu phải là số nguyên')
  .min(0, 'Chỉ tiêu từ 0 đến 100%')
  .max(100, 'Chỉ tiêu từ 0 đến 100%');
export const targetsInput = z
  .object(
    Object.fromEntries(FAIRNESS_INDICATORS.map((k) => [k, pct.nullable().optional()])) as Record<
      (typeof FAIRNESS_INDICATORS)[number],
      z.ZodOptional<z.ZodNullable<typeof pct>>
    >,
  )
  .strict()
  .openapi('FairnessTargets');
export type TargetsInput = z.infer<typeof targetsInput>;

const point = z
  .object({
    key: z.string(),
    count: z.number().nullable(),
    isSuppressed: z.boolean(),
    base: z.number(),
    sharePct: z.number().nullable(),
    isShort: z.boolean(),
  })
  .openapi('FairnessPoint');

export const fairnessOutput = z
  .object({
    yearFrom: z.number(),
    yearTo: z.number(),
    unitId: z.string(),
    unitName: z.string(),
    indicators: z.array(
      z
        .object({
          key: z.enum(FAIRNESS_INDICATORS),
          label: z.string(),
          baseLabel: z.string(),
          targetPct: z.number().nullable(),
          overall: point,
          byLevel: z.array(point),
          byYear: z.array(point),
        })
        .openapi('FairnessIndicator'),
    ),
    units: z.array(
      z.object({ unitId: z.string(), unitName: z.string(), points: z.record(z.string(), point) }),
    ),
  })
  .openapi('FairnessView');

export const targetsOutput = z
  .object({ targets: z.record(z.string(), z.number()) })
  .openapi('FairnessTargetsSaved');
