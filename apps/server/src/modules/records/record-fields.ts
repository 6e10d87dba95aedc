import { z } from '@hono/zod-openapi';
import { currentYearVn, todayVn } from '../../platform/clock';

// Field schemas shared by the record types, with Vietnamese messages.
export const isoDate = z.iso.date({ error: 'Ngày phải có dạng YYYY-MM-DD và là ngày có thật' });

export const pastDate = isoDate.refine((d) => d >= '1945-01-01' && d <= todayVn(), {
  error: 'Ngày phải nằm trong khoảng từ 01/01/1945 đến hôm nay',
});

export const recordYear = z
  .number({ error: 'Năm phải là số' })
  .int('Năm phải là số nguyên')
  .min(1945, 'Năm không được trước 1945')
  .refine((y) => y <= currentYearVn(), { error: 'Năm không được sau năm hiện tại' });

export const subjectId = z.uuid({ error: 'Vui lòng chọn cá nhân hoặc tập thể' });

/** As printed on the document, e.g. "123/QĐ-UBND". */
export const decisionNumber = z
  .string({ error: 'Vui lòng nhập số, ký hiệu quyết định' })
  .trim()
  .min(1, 'Vui lòng nhập số, ký hiệu quyết định')
  .max(60, 'Số, ký hiệu quyết định tối đa 60 ký tự')
  .regex(/^[\p{L}\d][\p{L}\d /.\-–]*$/u, 'Số, ký hiệu quyết định có dạng 123/QĐ-UBND');

export const optionalText = (max: number, label: string) =>
  z
    .string({ error: `${label} phải là chữ` })
    .trim()
    .max(max, `${label} tối đa ${max} ký tự`)
    .nullable()
    .optional();

export const version = z.number({ error: 'Thiếu phiên bản dữ liệu' }).int().positive();

export const pageQuery = {
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
};

export const deletedOutput = z.object({ id: z.string() }).openapi('DeletedRecord');
