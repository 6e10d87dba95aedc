import { z } from '@hono/zod-openapi';
import { awardCodeField } from '../../lib/award-code';
import { emYear, optionalText, unitId } from './emulation-fields';

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

export const importRegistrationsInput = z
  .object({
    year: emYear,
    movementId: z.uuid({ error: 'Phong trào không hợp lệ' }).nullable().optional(),
    contentBase64: z
      .string({ error: 'Nội dung tệp phải là chuỗi base64' })
      .min(1, { error: 'Tệp rỗng' })
      .max(2_000_000, { error: 'Tệp quá lớn' })
      .regex(/^[A-Za-z0-9+/]+={0,2}$/, { error: 'Nội dung tệp không đúng dạng base64' }),
  })
  .strict()
  .openapi('ImportRegistrationsInput');
export type ImportRegistrationsInput = z.infer<typeof importRegistrationsInput>;

export const registrationQuery = z.object({
  year: z.coerce.number({ error: 'Năm phải là số' }).int().min(2000).max(2100).optional(),
  movementId: z.uuid({ error: 'Phong trào không hợp lệ' }).optional(),
});

export const registrationOutput = z
  .object({
    id: z.string(),
    year: z.number(),
    movementId: z.string().nullable(),
    subjectType: z.string(),
    unitId: z.string(),
    unitCode: z.string(),
    unitName: z.string(),
    personId: z.string().nullable(),
    personName: z.string().nullable(),
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
