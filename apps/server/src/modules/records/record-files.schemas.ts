import { z } from '@hono/zod-openapi';

/** What a recognising decision scan or a report comes as (Law 2022, Điều 84: chứng nhận, báo cáo). */
export const EVIDENCE_MIME_TYPES = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
] as const;

export type EvidenceMimeType = (typeof EVIDENCE_MIME_TYPES)[number];

/** Evidence is sent as the raw request body; scans of decisions and reports run to several MB. */
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

/** The file's name travels in the query, since the body is the file itself. */
export const evidenceUploadQuery = z.object({
  name: z
    .string({ error: 'Thiếu tên tệp (tham số name)' })
    .trim()
    .min(1, { error: 'Tên tệp không được để trống' })
    .max(200, { error: 'Tên tệp tối đa 200 ký tự' }),
});

/** The request body entry: one of the accepted types, as raw bytes (documented, checked in the service). */
export const evidenceUploadBody = {
  body: {
    required: true,
    content: Object.fromEntries(
      EVIDENCE_MIME_TYPES.map((type) => [type, { schema: z.string().openapi({ format: 'binary' }) }]),
    ),
  },
};

export const recordFileParams = z.object({
  id: z.uuid({ error: 'Mã định danh không hợp lệ' }),
  fileId: z.uuid({ error: 'Mã tệp không hợp lệ' }),
});

export const evidenceFileOutput = z
  .object({
    id: z.string(),
    name: z.string(),
    mimeType: z.string(),
    sizeBytes: z.number(),
    sha256: z.string(),
    uploadedAt: z.string(),
  })
  .openapi('EvidenceFile');

export const evidenceFileList = z.object({ items: z.array(evidenceFileOutput) }).openapi('EvidenceFileList');
