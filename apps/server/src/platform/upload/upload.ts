import { z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Tx } from '../../db/client';
import { recordFile, storedFile } from '../../db/schema/index';
import { attachment } from '../../lib/download';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { storageFor } from '../../lib/storage';
import { ALL_UPLOAD_KINDS, detectUploadKind, UPLOAD_KINDS, type UploadKind } from './file-kind';

// The one upload path. A file travels as the raw request body (its name in the `name` query
// parameter), never as base64 inside JSON: a 10 MB scan stays 10 MB, and the JSON limit stays
// small. Each upload route declares its own size limit and the kinds it takes; the limit is
// enforced while the body is read (app.ts), the kind by the bytes (file-kind.ts).

export type UploadEndpoint = {
  /** The OpenAPI path, e.g. '/proposals/{id}/components/file'. */
  path: string;
  maxBytes: number;
  kinds: readonly UploadKind[];
};

const endpoints: { method: string; pattern: RegExp; endpoint: UploadEndpoint }[] = [];

/**
 * Declares an upload route's path, limit and kinds (at load time, like the routes themselves) and
 * gives back what its route definition needs: the path and the request's query and body entries.
 */
export function uploadEndpoint(
  path: string,
  maxBytes: number,
  kinds: readonly UploadKind[] = ALL_UPLOAD_KINDS,
) {
  const endpoint = { path, maxBytes, kinds };
  const pattern = new RegExp(`^/api${path.replace(/\{[^}]+\}/g, '[^/]+')}$`);
  endpoints.push({ method: 'POST', pattern, endpoint });
  return {
    ...endpoint,
    body: {
      required: true,
      description: `Nội dung tệp (${kinds.map((k) => UPLOAD_KINDS[k].label).join(', ')}), tối đa ${megabytes(maxBytes)} MB`,
      content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } },
    },
  };
}

export const uploadEndpointFor = (method: string, path: string) =>
  endpoints.find((e) => e.method === method && e.pattern.test(path))?.endpoint;

/** The file's name travels in the query, since the body is the file itself. */
export const uploadNameField = z
  .string({ error: 'Thiếu tên tệp (tham số name)' })
  .trim()
  .min(1, { error: 'Tên tệp không được để trống' })
  .max(200, { error: 'Tên tệp tối đa 200 ký tự' });

const megabytes = (bytes: number) =>
  (bytes / (1024 * 1024)).toLocaleString('vi-VN', { maximumFractionDigits: 1 });

const tooLarge = (endpoint: Pick<UploadEndpoint, 'maxBytes'>) =>
  new AppError(
    'UPLOAD_TOO_LARGE',
    undefined,
    `Tệp vượt quá ${megabytes(endpoint.maxBytes)} MB, hãy chọn tệp nhỏ hơn.`,
  );

const limiters = new Map<number, MiddlewareHandler>();

/** The body limit of the upload route the request is for; undefined for any other route. */
export function uploadBodyLimit(method: string, path: string): MiddlewareHandler | undefined {
  const endpoint = uploadEndpointFor(method, path);
  if (!endpoint) return undefined;
  let limiter = limiters.get(endpoint.maxBytes);
  if (!limiter) {
    limiter = bodyLimit({
      maxSize: endpoint.maxBytes,
      onError: () => {
        throw tooLarge(endpoint);
      },
    });
    limiters.set(endpoint.maxBytes, limiter);
  }
  return limiter;
}

export type CheckedUpload = { fileName: string; mimeType: string; kind: UploadKind; bytes: Uint8Array };

/** Checks bytes against an endpoint: not empty, within the limit, of an accepted kind by content. */
export async function checkUpload(
  endpoint: Pick<UploadEndpoint, 'maxBytes' | 'kinds'>,
  fileName: string,
  bytes: Uint8Array,
): Promise<CheckedUpload> {
  if (bytes.length === 0) throw new AppError('UPLOAD_EMPTY');
  if (bytes.length > endpoint.maxBytes) throw tooLarge(endpoint);
  const kind = await detectUploadKind(bytes);
  if (!kind || !endpoint.kinds.includes(kind)) {
    const allowed = endpoint.kinds.map((k) => UPLOAD_KINDS[k].label).join(', ');
    throw new AppError(
      'UPLOAD_TYPE_NOT_ALLOWED',
      undefined,
      `Nội dung tệp "${fileName}" không phải loại được nhận (${allowed}); đổi tên tệp không đổi được loại tệp.`,
    );
  }
  return { fileName, mimeType: UPLOAD_KINDS[kind].mimeType, kind, bytes };
}

/**
 * Puts the bytes in file storage (content-addressed, SHA-256 kept) and records the metadata, the
 * uploader and the link to the owning record in the caller's transaction. The bytes are written
 * first: an orphan blob after a rollback is harmless, a metadata row without bytes is not.
 */
export async function storeUpload(
  tx: Tx,
  dataDir: string,
  owner: { tenantId: string; uploadedBy: string | null },
  link: { recordType: string; recordId: string },
  upload: { fileName: string; mimeType: string; bytes: Uint8Array },
) {
  const stored = await storageFor(dataDir).put(upload.bytes);
  const id = newId();
  await tx.insert(storedFile).values({
    tenantId: owner.tenantId,
    id,
    name: upload.fileName,
    mimeType: upload.mimeType,
    sizeBytes: stored.sizeBytes,
    sha256: stored.sha256,
    storageKey: stored.key,
    uploadedBy: owner.uploadedBy,
  });
  await tx.insert(recordFile).values({ tenantId: owner.tenantId, id: newId(), ...link, fileId: id });
  return { id, name: upload.fileName, sha256: stored.sha256, sizeBytes: stored.sizeBytes };
}

const INLINE = new Set(['application/pdf', 'image/jpeg', 'image/png']);
const SERVED = new Set(Object.values(UPLOAD_KINDS).map((k) => k.mimeType as string));

/**
 * Headers serving a stored file: PDFs and images open in the browser, the rest download. A type
 * outside the accepted list (a row from before the content checks) goes out as bytes, never as
 * whatever the uploader once declared, and nosniff stops the browser from guessing.
 */
export function servedFileHeaders(file: { name: string; mimeType: string }) {
  const type = SERVED.has(file.mimeType) ? file.mimeType : 'application/octet-stream';
  const disposition = attachment(file.name);
  return {
    'content-type': type,
    'content-disposition': INLINE.has(type) ? disposition.replace(/^attachment/, 'inline') : disposition,
    'x-content-type-options': 'nosniff',
  };
}
