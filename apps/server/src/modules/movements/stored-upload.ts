import type { Tx } from '../../db/client';
import { recordFile, storedFile } from '../../db/schema/index';
import { newId } from '../../lib/ids';
import { storageFor } from '../../lib/storage';

export type Upload = { fileName: string; mimeType: string; contentBase64: string };

/**
 * Puts the bytes in file storage (content-addressed, SHA-256 kept) and records the metadata and
 * its link to the owning record in the caller's transaction. The bytes are written first: an
 * orphan blob after a rollback is harmless, a metadata row without bytes is not.
 */
export async function storeUpload(
  tx: Tx,
  dataDir: string,
  tenantId: string,
  link: { recordType: string; recordId: string },
  upload: Upload,
) {
  const { contentBase64, ...meta } = upload;
  return storeBytes(tx, dataDir, tenantId, link, { ...meta, bytes: Buffer.from(contentBase64, 'base64') });
}

/** storeUpload for a file that arrived as raw bytes (no base64 round trip). */
export async function storeBytes(
  tx: Tx,
  dataDir: string,
  tenantId: string,
  link: { recordType: string; recordId: string },
  upload: { fileName: string; mimeType: string; bytes: Uint8Array },
) {
  const stored = await storageFor(dataDir).put(upload.bytes);
  const id = newId();
  await tx.insert(storedFile).values({
    tenantId,
    id,
    name: upload.fileName,
    mimeType: upload.mimeType,
    sizeBytes: stored.sizeBytes,
    sha256: stored.sha256,
    storageKey: stored.key,
  });
  await tx.insert(recordFile).values({ tenantId, id: newId(), ...link, fileId: id });
  return { id, name: upload.fileName, sha256: stored.sha256 };
}
