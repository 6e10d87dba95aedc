import { z } from '@hono/zod-openapi';

/** An offset in millimetres, to one decimal: a print shop's calibration, never more than 5 cm. */
const offsetMm = (axis: string) =>
  z
    .number({ error: `Độ lệch ${axis} phải là một số (mm)` })
    .min(-50, `Độ lệch ${axis} không được nhỏ hơn -50 mm`)
    .max(50, `Độ lệch ${axis} không được lớn hơn 50 mm`)
    .refine((v) => Math.abs(v * 10 - Math.round(v * 10)) < 1e-6, {
      message: `Độ lệch ${axis} chỉ lấy một chữ số thập phân (ví dụ 2,5 mm)`,
    });

/** Empty means "not printed"; the service stores it as null. */
const optionalText = (label: string, max: number) =>
  z
    .string({ error: `${label} phải là chuỗi ký tự` })
    .trim()
    .max(max, `${label} tối đa ${max} ký tự`)
    .nullable();

export const documentSettingsInput = z
  .object({
    placeName: z
      .string({ error: 'Nhập địa danh' })
      .trim()
      .min(1, 'Nhập địa danh')
      .max(100, 'Địa danh tối đa 100 ký tự'),
    parentBody: optionalText('Cơ quan cấp trên', 200),
    signerTitle: z
      .string({ error: 'Nhập chức danh người ký' })
      .trim()
      .min(1, 'Nhập chức danh người ký')
      .max(100, 'Chức danh người ký tối đa 100 ký tự'),
    blankStockOffsetXMm: offsetMm('ngang'),
    blankStockOffsetYMm: offsetMm('dọc'),
    // A bare file name in VINHDANH_SIGNING_DIR (no path, so no file elsewhere can be named);
    // absent: unchanged, null or empty: no server signing.
    signingCertificateFile: z
      .string({ error: 'Tên tệp chứng thư số phải là chuỗi ký tự' })
      .trim()
      .regex(/^$|^[A-Za-z0-9][A-Za-z0-9._-]{0,99}\.(p12|pfx)$/i, {
        message: 'Tên tệp chứng thư số chỉ gồm chữ không dấu, số, dấu chấm, gạch và có đuôi .p12 hoặc .pfx',
      })
      .nullable()
      .optional(),
  })
  .strict()
  .openapi('DocumentSettingsInput');
export type DocumentSettingsInput = z.infer<typeof documentSettingsInput>;

export const documentSettingsOutput = z
  .object({
    placeName: z.string(),
    parentBody: z.string().nullable(),
    signerTitle: z.string(),
    blankStockOffsetXMm: z.number(),
    blankStockOffsetYMm: z.number(),
    signingCertificateFile: z.string().nullable(),
  })
  .openapi('DocumentSettings');
