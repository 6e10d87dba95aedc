import { and, asc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { recordFile, storedFile } from '../../db/schema/index';

type Conn = Db | Tx;

/** The record types whose evidence files go through these routes. */
export type FileRecordType = 'initiative' | 'award';

const columns = {
  linkId: recordFile.id,
  id: storedFile.id,
  name: storedFile.name,
  mimeType: storedFile.mimeType,
  sizeBytes: storedFile.sizeBytes,
  sha256: storedFile.sha256,
  storageKey: storedFile.storageKey,
  createdAt: storedFile.createdAt,
};

const linked = (db: Conn, tenantId: string, recordType: FileRecordType, recordId: string, fileId?: string) =>
  db
    .select(columns)
    .from(recordFile)
    .innerJoin(
      storedFile,
      and(eq(storedFile.tenantId, recordFile.tenantId), eq(storedFile.id, recordFile.fileId)),
    )
    .where(
      and(
        eq(recordFile.tenantId, tenantId),
        eq(recordFile.recordType, recordType),
        eq(recordFile.recordId, recordId),
        fileId === undefined ? undefined : eq(recordFile.fileId, fileId),
      ),
    );

export async function listRecordFiles(
  db: Conn,
  tenantId: string,
  recordType: FileRecordType,
  recordId: string,
) {
  return linked(db, tenantId, recordType, recordId).orderBy(asc(storedFile.createdAt), asc(storedFile.name));
}

/** One file, only through its link to this very record (a file id alone opens nothing). */
export async function findRecordFile(
  db: Conn,
  tenantId: string,
  recordType: FileRecordType,
  recordId: string,
  fileId: string,
) {
  const [row] = await linked(db, tenantId, recordType, recordId, fileId).limit(1);
  return row;
}

/** Drops the link and the metadata; the bytes stay, being content-addressed and possibly shared. */
export async function deleteRecordFile(db: Conn, tenantId: string, linkId: string, fileId: string) {
  await db.delete(recordFile).where(and(eq(recordFile.tenantId, tenantId), eq(recordFile.id, linkId)));
  await db.delete(storedFile).where(and(eq(storedFile.tenantId, tenantId), eq(storedFile.id, fileId)));
}
