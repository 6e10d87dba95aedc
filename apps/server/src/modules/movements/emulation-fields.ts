import { z } from '@hono/zod-openapi';

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

/** An uploaded file as base64 inside JSON (the 2 MiB body limit bounds it). */
export const fileUpload = {
  fileName: text('Tên tệp', 200),
  mimeType: text('Kiểu tệp', 100),
  contentBase64: z
    .string({ error: 'Nội dung tệp phải là chuỗi base64' })
    .min(1, { error: 'Tệp rỗng' })
    .max(2_000_000, { error: 'Tệp quá lớn (tối đa khoảng 1,4 MB)' })
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, { error: 'Nội dung tệp không đúng dạng base64' }),
};

export const idParam = z.object({ id: z.uuid({ error: 'Mã không hợp lệ' }) });
export const yearQuery = z.object({
  year: z.coerce
    .number({ error: 'Năm phải là số' })
    .int({ error: 'Năm phải là số nguyên' })
    .min(2000, { error: 'Năm phải từ 2000' })
    .max(2100, { error: 'Năm không được quá 2100' })
    .optional(),
});
