import { z } from '@hono/zod-openapi';

// Which years a báo cáo thành tích covers. The usual asks are "the last N years" (5 for a Bằng
// khen, 2 for CSTĐ cơ sở…) or an explicit span; with nothing given, the last 5 complete years.

export const DEFAULT_REPORT_YEARS = 5;
const MAX_REPORT_YEARS = 30;

const year = z.coerce
  .number({ error: 'Năm phải là số' })
  .int({ error: 'Năm phải là số nguyên' })
  .min(1945, { error: 'Năm không được trước 1945' })
  .max(2100, { error: 'Năm không được sau 2100' });

const periodShape = {
  years: z.coerce
    .number({ error: 'Số năm phải là số' })
    .int({ error: 'Số năm phải là số nguyên' })
    .min(1, { error: 'Số năm ít nhất là 1' })
    .max(MAX_REPORT_YEARS, { error: `Số năm nhiều nhất là ${MAX_REPORT_YEARS}` })
    .optional(),
  from: year.optional(),
  to: year.optional(),
};

type PeriodFields = { years?: number; from?: number; to?: number };

/** The period's checks, on the period alone or with a form's own fields (the dossier item…). */
const withPeriodChecks = <T extends z.ZodType<PeriodFields>>(schema: T) =>
  schema
    .refine((q) => q.years === undefined || (q.from === undefined && q.to === undefined), {
      error: 'Chọn số năm hoặc khoảng từ năm – đến năm, không chọn cả hai',
      path: ['years'],
    })
    .refine((q) => (q.from === undefined) === (q.to === undefined), {
      error: 'Cần cả từ năm và đến năm',
      path: ['to'],
    })
    .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
      error: 'Từ năm phải không sau đến năm',
      path: ['to'],
    })
    .refine((q) => q.from === undefined || q.to === undefined || q.to - q.from < MAX_REPORT_YEARS, {
      error: `Khoảng thời gian nhiều nhất ${MAX_REPORT_YEARS} năm`,
      path: ['from'],
    });

export const achievementReportQuery = withPeriodChecks(z.object(periodShape));

/** Đột xuất: the dossier item the report is written for, whose achievement text it prints. */
export const dotXuatReportQuery = withPeriodChecks(
  z.object({ ...periodShape, itemId: z.uuid({ error: 'Mã đối tượng trong hồ sơ không hợp lệ' }).optional() }),
);
export type DotXuatReportQuery = z.infer<typeof dotXuatReportQuery>;
export type AchievementReportQuery = z.infer<typeof achievementReportQuery>;

export type ReportPeriod = { from: number; to: number };

/**
 * The years asked for; "the last N years" end with the last complete year, since a report is
 * written about years whose ratings are in (the current year's come at its end).
 */
export function reportPeriod(query: AchievementReportQuery, currentYear: number): ReportPeriod {
  if (query.from !== undefined && query.to !== undefined) return { from: query.from, to: query.to };
  const to = currentYear - 1;
  return { from: to - (query.years ?? DEFAULT_REPORT_YEARS) + 1, to };
}

/** Chuyên đề: the movement (phong trào thi đua theo đợt, chuyên đề) the report is about. */
export const chuyenDeReportQuery = withPeriodChecks(
  z.object({ ...periodShape, movementId: z.uuid({ error: 'Chọn phong trào thi đua' }) }),
);
