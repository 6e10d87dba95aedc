import { z } from '@hono/zod-openapi';
import { IMPORT_KINDS } from './import-kind';

const kind = z.enum(IMPORT_KINDS, { error: 'Loại dữ liệu phải là people, ratings, initiatives hoặc awards' });

/** "awards.xlsx": the kind with its extension, as one path segment. */
export const templateParam = z.object({
  file: z
    .string()
    .regex(
      /^(people|ratings|initiatives|awards)\.xlsx$/,
      'Tệp mẫu phải là people, ratings, initiatives hoặc awards .xlsx',
    )
    .transform((f) => f.replace(/\.xlsx$/, '') as (typeof IMPORT_KINDS)[number]),
});
export const exportParam = z.object({
  file: z
    .string()
    .regex(/^(people|awards)\.xlsx$/, 'Chỉ xuất được people.xlsx hoặc awards.xlsx')
    .transform((f) => f.replace(/\.xlsx$/, '') as 'people' | 'awards'),
});
export const exportQuery = z.object({ unitId: z.uuid({ error: 'Mã đơn vị không hợp lệ' }).optional() });

/**
 * The upload travels as JSON with the file in base64: one request shape for the
 * web, the tests and the OpenAPI client. The bytes are checked after decoding.
 */
export const uploadImportInput = z
  .object({
    kind,
    fileName: z.string({ error: 'Thiếu tên tệp' }).trim().min(1, 'Thiếu tên tệp').max(255, 'Tên tệp quá dài'),
    contentBase64: z
      .string({ error: 'Thiếu nội dung tệp' })
      .max(28_000_000, 'Tệp vượt quá 20 MB')
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Nội dung tệp phải mã hóa base64'),
  })
  .strict()
  .openapi('UploadImportInput');
export type UploadImportInput = z.infer<typeof uploadImportInput>;

export const commitImportInput = z
  .object({
    confirmations: z
      .array(
        z
          .object({
            key: z.string({ error: 'Thiếu khóa xác nhận' }).min(1, 'Thiếu khóa xác nhận').max(600),
            choice: z.union([z.uuid(), z.literal('NEW')], {
              error: 'Chọn một cá nhân có sẵn hoặc "NEW" để tạo mới',
            }),
          })
          .strict(),
        { error: 'Danh sách xác nhận không hợp lệ' },
      )
      .max(50_000),
  })
  .strict()
  .openapi('CommitImportInput');
export type CommitImportInput = z.infer<typeof commitImportInput>;

const problem = z.object({
  row: z.number(),
  column: z.string().nullable(),
  problem: z.string(),
  suggestion: z.string().nullable(),
});

const match = z.object({
  key: z.string(),
  rows: z.array(z.number()),
  fullName: z.string(),
  birthYear: z.string().nullable(),
  unitName: z.string(),
  allowCreate: z.boolean(),
  candidates: z.array(
    z.object({
      personId: z.string(),
      fullName: z.string(),
      birthYear: z.string().nullable(),
      unitName: z.string(),
      reason: z.string(),
    }),
  ),
});
/** A name in the sheet that matches no one for sure: the officer picks a candidate or a new person. */
export type UncertainMatch = z.infer<typeof match>;

export const importReport = z.object({
  problems: z.array(problem),
  problemCount: z.number(),
  matches: z.array(match),
  counts: z.object({
    rows: z.number(),
    errorRows: z.number(),
    pending: z.number(),
    unchanged: z.number(),
    create: z.record(z.string(), z.number()),
  }),
});
export type ImportReport = z.infer<typeof importReport>;

export const importJobOutput = z
  .object({
    id: z.string(),
    kind,
    fileName: z.string(),
    status: z.enum(['DRY_RUN', 'COMMITTED', 'FAILED']),
    totalRows: z.number(),
    errorRows: z.number(),
    createdAt: z.string(),
    committedAt: z.string().nullable(),
    report: importReport,
  })
  .openapi('ImportJob');
export type ImportJobOutput = z.infer<typeof importJobOutput>;
