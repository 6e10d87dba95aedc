import { z } from '@hono/zod-openapi';
import { uploadNameField } from '../../platform/upload/index';

// Field schemas shared by the movement and cluster routes, each with its Vietnamese message.

export const unitId = (label = 'Đơn vị') => z.uuid({ error: `${label} không hợp lệ` });
export const emYear = z
  .number({ error: 'Năm phải là số' })
  .int({ error: 'Năm phải là số nguyên' })
  .min(2000, { error: 'Năm phải từ 2000' })
  .max(2100, { error: 'Năm không được quá 2100' });
export const version = z
  .number({ error: 'Thiếu phiên bản dữ liệu' })
  .int({ error: 'Phiên bản phải là số nguyên' })
  .min(1, { error: 'Phiên bản không hợp lệ' });
export const isoDate = z.iso.date({ error: 'Ngày phải theo dạng YYYY-MM-DD' });
export const text = (label: string, max: number) =>
  z
    .string({ error: `${label} phải là chuỗi ký tự` })
    .trim()
    .min(1, { error: `${label} không được để trống` })
    .max(max, { error: `${label} tối đa ${max} ký tự` });
export const optionalText = (label: string, max: number) =>
  z
    .string({ error: `${label} phải là chuỗi ký tự` })
    .trim()
    .max(max, { error: `${label} tối đa ${max} ký tự` })
    .nullable()
    .optional();

/** An uploaded file's name: the file itself is the raw body (platform/upload). */
export const uploadQuery = z.object({ name: uploadNameField });

export const idParam = z.object({ id: z.uuid({ error: 'Mã không hợp lệ' }) });
export const yearQuery = z.object({
  year: z.coerce
    .number({ error: 'Năm phải là số' })
    .int({ error: 'Năm phải là số nguyên' })
    .min(2000, { error: 'Năm phải từ 2000' })
    .max(2100, { error: 'Năm không được quá 2100' })
    .optional(),
});
