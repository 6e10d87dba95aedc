import { z } from '@hono/zod-openapi';
import { DISCIPLINE_FORMS, HOLD_REASONS } from '@vinhdanh/domain/rules/types';
import { decisionNumber, isoDate, optionalText, pastDate, subjectId, version } from './record-fields';

// Discipline (kỷ luật) and holds (đang bị xem xét: khiếu nại, thanh tra, điều tra…).
const form = z.enum(DISCIPLINE_FORMS, { error: 'Hình thức kỷ luật không hợp lệ' });
const toAfterFrom = (v: { fromDate?: string | undefined; toDate?: string | null | undefined }) =>
  !v.fromDate || !v.toDate || v.toDate >= v.fromDate;
const TO_AFTER_FROM = { error: 'Ngày kết thúc phải sau ngày bắt đầu', path: ['toDate'] };

export const createDisciplineInput = z
  .object({
    subjectId,
    form,
    fromDate: pastDate,
    toDate: isoDate.nullable().optional(),
    decisionNumber: decisionNumber.nullable().optional(),
  })
  .strict()
  .refine(toAfterFrom, TO_AFTER_FROM)
  .openapi('CreateDisciplineInput');
export type CreateDisciplineInput = z.infer<typeof createDisciplineInput>;

export const updateDisciplineInput = z
  .object({
    version,
    form: form.optional(),
    fromDate: pastDate.optional(),
    toDate: isoDate.nullable().optional(),
    decisionNumber: decisionNumber.nullable().optional(),
  })
  .strict()
  .refine(toAfterFrom, TO_AFTER_FROM)
  .openapi('UpdateDisciplineInput');
export type UpdateDisciplineInput = z.infer<typeof updateDisciplineInput>;

export const disciplineOutput = z
  .object({
    id: z.string(),
    subjectId: z.string(),
    form: z.enum(DISCIPLINE_FORMS),
    fromDate: z.string(),
    toDate: z.string().nullable(),
    decisionNumber: z.string().nullable(),
    version: z.number(),
  })
  .openapi('Discipline');

const holdReason = z.enum(HOLD_REASONS, { error: 'Lý do tạm dừng xét không hợp lệ' });
const holdNote = optionalText(500, 'Ghi chú');

export const openHoldInput = z
  .object({ subjectId, reason: holdReason, fromDate: pastDate, note: holdNote })
  .strict()
  .openapi('OpenHoldInput');
export type OpenHoldInput = z.infer<typeof openHoldInput>;

/** What was entered when the hold was opened; closing it has its own command. */
export const updateHoldInput = z
  .object({ version, reason: holdReason.optional(), fromDate: pastDate.optional(), note: holdNote })
  .strict()
  .openapi('UpdateHoldInput');
export type UpdateHoldInput = z.infer<typeof updateHoldInput>;

export const closeHoldInput = z
  .object({
    toDate: pastDate,
    closedReason: z
      .string({ error: 'Vui lòng nhập lý do đóng' })
      .trim()
      .min(2, 'Vui lòng nhập lý do đóng')
      .max(500, 'Lý do đóng tối đa 500 ký tự'),
  })
  .strict()
  .openapi('CloseHoldInput');
export type CloseHoldInput = z.infer<typeof closeHoldInput>;

export const holdOutput = z
  .object({
    id: z.string(),
    subjectId: z.string(),
    reason: z.enum(HOLD_REASONS),
    fromDate: z.string(),
    toDate: z.string().nullable(),
    note: z.string().nullable(),
    closedReason: z.string().nullable(),
    version: z.number(),
  })
  .openapi('Hold');
