import { z } from '@hono/zod-openapi';
import { INITIATIVE_SCOPES, INITIATIVE_TYPES } from '@vinhdanh/domain/rules/types';
import { decisionNumber, optionalText, pastDate, recordYear, version } from './record-fields';

const author = z
  .object({
    personId: z.uuid({ error: 'Vui lòng chọn tác giả' }),
    sharePct: z
      .number({ error: 'Tỷ lệ đóng góp phải là số' })
      .int('Tỷ lệ đóng góp phải là số nguyên')
      .min(1, 'Tỷ lệ đóng góp ít nhất 1%')
      .max(100, 'Tỷ lệ đóng góp tối đa 100%'),
  })
  .strict();

/** Shares are of one work: together they cannot pass 100%, and each author appears once. */
const authors = z
  .array(author, { error: 'Vui lòng nhập danh sách tác giả' })
  .min(1, 'Sáng kiến cần ít nhất một tác giả')
  .max(50, 'Tối đa 50 tác giả')
  .refine((list) => list.reduce((sum, a) => sum + a.sharePct, 0) <= 100, {
    error: 'Tổng tỷ lệ đóng góp của các tác giả không được vượt quá 100%',
  })
  .refine((list) => new Set(list.map((a) => a.personId)).size === list.length, {
    error: 'Mỗi tác giả chỉ được nhập một lần',
  });

const fields = {
  title: z
    .string({ error: 'Vui lòng nhập tên sáng kiến' })
    .trim()
    .min(3, 'Tên sáng kiến cần ít nhất 3 ký tự')
    .max(500, 'Tên sáng kiến tối đa 500 ký tự'),
  type: z.enum(INITIATIVE_TYPES, { error: 'Loại phải là sáng kiến hoặc đề tài' }),
  scope: z.enum(INITIATIVE_SCOPES, { error: 'Phạm vi phải là cơ sở, bộ/tỉnh hoặc toàn quốc' }),
  year: recordYear,
  isApplied: z.boolean({ error: 'Trạng thái áp dụng phải là có hoặc không' }),
  /** Nghiệm thu (a topic) or công nhận (an initiative): a topic accepted but not applied grounds CSTĐCS only (Law 2022, Điều 23.2). */
  isAccepted: z.boolean({ error: 'Trạng thái nghiệm thu phải là có hoặc không' }),
  unitId: z.uuid({ error: 'Đơn vị không hợp lệ' }).nullable().optional(),
  appliedOn: pastDate.nullable().optional(),
  recognizedBy: optionalText(255, 'Cơ quan công nhận'),
  decisionNumber: decisionNumber.nullable().optional(),
  decisionDate: pastDate.nullable().optional(),
  authors,
};

export const createInitiativeInput = z
  .object({
    ...fields,
    type: fields.type.default('SANG_KIEN'),
    isApplied: fields.isApplied.default(true),
    isAccepted: fields.isAccepted.default(true),
  })
  .strict()
  .openapi('CreateInitiativeInput');
export type CreateInitiativeInput = z.infer<typeof createInitiativeInput>;

export const updateInitiativeInput = z
  .object({
    version,
    title: fields.title.optional(),
    type: fields.type.optional(),
    scope: fields.scope.optional(),
    year: fields.year.optional(),
    isApplied: fields.isApplied.optional(),
    isAccepted: fields.isAccepted.optional(),
    unitId: fields.unitId,
    appliedOn: fields.appliedOn,
    recognizedBy: fields.recognizedBy,
    decisionNumber: fields.decisionNumber,
    decisionDate: fields.decisionDate,
    authors: authors.optional(),
  })
  .strict()
  .openapi('UpdateInitiativeInput');
export type UpdateInitiativeInput = z.infer<typeof updateInitiativeInput>;

export const initiativeOutput = z
  .object({
    id: z.string(),
    title: z.string(),
    type: z.enum(INITIATIVE_TYPES),
    scope: z.enum(INITIATIVE_SCOPES),
    year: z.number(),
    isApplied: z.boolean(),
    isAccepted: z.boolean(),
    unitId: z.string().nullable(),
    appliedOn: z.string().nullable(),
    recognizedBy: z.string().nullable(),
    decisionNumber: z.string().nullable(),
    decisionDate: z.string().nullable(),
    version: z.number(),
    authors: z.array(z.object({ personId: z.string(), fullName: z.string(), sharePct: z.number() })),
  })
  .openapi('Initiative');
