import { z } from '@hono/zod-openapi';
import { stripVietnameseMarks } from '@vinhdanh/domain/text/fold';
import type { Context } from 'hono';

// Binary downloads: the content types and a Content-Disposition that keeps a Vietnamese name.

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const PDF_TYPE = 'application/pdf';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** ASCII fallback plus RFC 5987 UTF-8 name. */
export function attachment(fileName: string): string {
  const ascii = stripVietnameseMarks(fileName).replace(/[^\w.-]+/g, '-');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export function binaryResponse(type: string, description: string) {
  return { description, content: { [type]: { schema: z.string().openapi({ format: 'binary' }) } } };
}

/** The body and headers of a generated file, for `c.body(out.body, 200, out.headers)`. */
export function fileDownload(type: string, file: { file: Buffer; name: string }) {
  return {
    body: new Uint8Array(file.file),
    headers: { 'content-type': type, 'content-disposition': attachment(file.name) },
  };
}

/** A generated file as the response, named for the officer's download folder. */
export function sendFile(c: Context, type: string, file: { file: Buffer; name: string }): Response {
  const out = fileDownload(type, file);
  return c.body(out.body, 200, out.headers);
}
