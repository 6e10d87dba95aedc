import { z } from '@hono/zod-openapi';
import { awardCodeField } from '../../lib/award-code';
import { emYear, optionalText, unitId, uploadQuery } from './emulation-fields';

export const createRegistrationInput = z
  .object({
    year: emYear,
    movementId: z.uuid({ error: 'Phong trào không hợp lệ' }).nullable().optional(),
    unitId: unitId(),
    personId: z.uuid({ error: 'Cá nhân không hợp lệ' }).nullable().optional(),
    targetAwards: z
      .array(awardCodeField('Danh hiệu đăng ký không có trong danh mục'), {
        error: 'Danh sách danh hiệu không hợp lệ',
      })
      .min(1, { error: 'Chọn ít nhất một danh hiệu' })
      .max(10, { error: 'Tối đa 10 danh hiệu' }),
    note: optionalText('Ghi chú', 500),
  })
  .strict()
  .openapi('CreateRegistrationInput');
export type CreateRegistrationInput = z.infer<typeof createRegistrationInput>;

/** The import's year and movement travel in the query: the Excel file itself is the raw body. */
export const importRegistrationsQuery = uploadQuery.extend({
  year: z.coerce
    .number({ error: 'Năm phải là số' })
    .int({ error: 'Năm phải là số nguyên' })
    .min(2000, { error: 'Năm phải từ 2000' })
    .max(2100, { error: 'Năm không được quá 2100' }),
  movementId: z.uuid({ error: 'Phong trào không hợp lệ' }).optional(),
});
export type ImportRegistrationsQuery = z.infer<typeof importRegistrationsQuery>;

export const registrationQuery = z.object({
  year: z.coerce.number({ error: 'Năm phải là số' }).int().min(2000).max(2100).optional(),
  movementId: z.uuid({ error: 'Phong trào không hợp lệ' }).optional(),
});

export const registrationOutput = z
  .object({
    id: z.string(),
    year: z.number(),
    movementId: z.string().nullable(),
    subjectType: z.enum(['COLLECTIVE', 'PERSON']),
    unitId: z.string(),
    unitCode: z.string(),
    unitName: z.string(),
    personId: z.string().nullable(),
    personName: z.string().nullable(),
    // Open codes: a province may add its own awards (checked against its catalogue on write).
    targetAwards: z.array(z.string()),
    note: z.string().nullable(),
  })
  .openapi('Registration');

export const importResult = z
  .object({
    created: z.number(),
    errors: z.array(z.object({ row: z.number(), message: z.string() })),
  })
  .openapi('RegistrationImportResult');
