import { z } from '@hono/zod-openapi';
import { fileUpload } from '../movements/emulation-fields';

/** What a recognising decision scan or a report comes as (Law 2022, Điều 84: chứng nhận, báo cáo). */
export const EVIDENCE_MIME_TYPES = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
] as const;

export const evidenceFileInput = z
  .object({
    ...fileUpload,
    mimeType: z.enum(EVIDENCE_MIME_TYPES, {
      error: 'Chỉ nhận tệp minh chứng PDF, ảnh JPEG/PNG hoặc Word (.doc, .docx)',
    }),
  })
  .strict()
  .openapi('EvidenceFileInput');
export type EvidenceFileInput = z.infer<typeof evidenceFileInput>;

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
