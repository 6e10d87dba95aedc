import type { Db, Tx } from '../../db/client';
import { authorize } from '../../lib/authorize';
import type { RequestContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { storageFor } from '../../lib/storage';
import { appendAudit } from '../../platform/audit/append-audit';
import { storeUpload } from '../../platform/upload/index';
import { findAward } from './awards.repository';
import { loadForWrite as loadAwardForWrite } from './awards.service';
import { getInitiative, loadForWrite as loadInitiativeForWrite } from './initiatives.service';
import { authorizeSubject } from './record-access';
import {
  deleteRecordFile,
  type FileRecordType,
  findRecordFile,
  listRecordFiles,
} from './record-files.repository';
import { EVIDENCE_MIME_TYPES, type EvidenceMimeType, MAX_EVIDENCE_BYTES } from './record-files.schemas';
import { auditBase } from './subject';

/** Evidence may be read by whoever may read the record, and changed by whoever may edit it. */
const access: Record<
  FileRecordType,
  {
    read(db: Db, ctx: RequestContext, id: string): Promise<unknown>;
    write(tx: Tx, ctx: RequestContext, id: string): Promise<unknown>;
  }
> = {
  initiative: { read: getInitiative, write: loadInitiativeForWrite },
  award: {
    async read(db, ctx, id) {
      authorize(ctx.actor, 'record:read');
      const row = await findAward(db, ctx.actor.tenantId, id);
      if (!row) throw new AppError('RECORD_NOT_FOUND');
      return authorizeSubject(db, ctx, row.subjectId, 'record:read');
    },
    write: loadAwardForWrite,
  },
};

// The declared type must match the bytes, so a renamed executable is not served back as a PDF.
const MAGIC: Record<EvidenceMimeType, number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46],
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47],
  'application/msword': [0xd0, 0xcf, 0x11, 0xe0],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': [0x50, 0x4b, 0x03, 0x04],
};

export type EvidenceUpload = { fileName: string; contentType: string; bytes: Uint8Array };

/** The accepted type (Content-Type without parameters), after checking size and magic bytes. */
function checkContent(input: EvidenceUpload): EvidenceMimeType {
  const mimeType = input.contentType.split(';')[0]!.trim().toLowerCase();
  if (!(EVIDENCE_MIME_TYPES as readonly string[]).includes(mimeType))
    throw new AppError('EVIDENCE_FILE_TYPE');
  const { bytes } = input;
  if (bytes.length === 0) throw new AppError('EVIDENCE_FILE_EMPTY');
  if (bytes.length > MAX_EVIDENCE_BYTES) throw new AppError('EVIDENCE_FILE_TOO_LARGE');
  const magic = MAGIC[mimeType as EvidenceMimeType];
  if (bytes.length < magic.length || magic.some((b, i) => bytes[i] !== b)) {
    throw new AppError('EVIDENCE_FILE_TYPE');
  }
  return mimeType as EvidenceMimeType;
}

const present = (r: Awaited<ReturnType<typeof listRecordFiles>>[number]) => ({
  id: r.id,
  name: r.name,
  mimeType: r.mimeType,
  sizeBytes: r.sizeBytes,
  sha256: r.sha256,
  uploadedAt: r.createdAt.toISOString(),
});

export async function listEvidenceFiles(db: Db, ctx: RequestContext, type: FileRecordType, id: string) {
  // The role first; the record's own read decides its scope.
  authorize(ctx.actor, 'record:read');
  await access[type].read(db, ctx, id);
  return { items: (await listRecordFiles(db, ctx.actor.tenantId, type, id)).map(present) };
}

export async function addEvidenceFile(
  db: Db,
  dataDir: string,
  ctx: RequestContext,
  type: FileRecordType,
  id: string,
  input: EvidenceUpload,
) {
  authorize(ctx.actor, 'record:write');
  const mimeType = checkContent(input);
  return db.transaction(async (tx) => {
    await access[type].write(tx, ctx, id);
    const file = await storeUpload(
      tx,
      dataDir,
      { tenantId: ctx.actor.tenantId, uploadedBy: ctx.actor.userId },
      { recordType: type, recordId: id },
      { fileName: input.fileName, mimeType, bytes: input.bytes },
    );
    await appendAudit(tx, {
      ...auditBase(ctx, type, id),
      action: `${type}.file.add`,
      after: { fileId: file.id, name: file.name, sha256: file.sha256 },
    });
    const stored = await findRecordFile(tx, ctx.actor.tenantId, type, id, file.id);
    return present(stored!);
  });
}

export async function deleteEvidenceFile(
  db: Db,
  ctx: RequestContext,
  type: FileRecordType,
  id: string,
  fileId: string,
) {
  authorize(ctx.actor, 'record:write');
  return db.transaction(async (tx) => {
    await access[type].write(tx, ctx, id);
    const file = await findRecordFile(tx, ctx.actor.tenantId, type, id, fileId);
    if (!file) throw new AppError('EVIDENCE_FILE_NOT_FOUND');
    await deleteRecordFile(tx, ctx.actor.tenantId, file.linkId, file.id);
    await appendAudit(tx, {
      ...auditBase(ctx, type, id),
      action: `${type}.file.delete`,
      before: { fileId: file.id, name: file.name, sha256: file.sha256 },
    });
    return { id: fileId };
  });
}

export async function readEvidenceFile(
  db: Db,
  dataDir: string,
  ctx: RequestContext,
  type: FileRecordType,
  id: string,
  fileId: string,
) {
  authorize(ctx.actor, 'record:read');
  await access[type].read(db, ctx, id);
  const file = await findRecordFile(db, ctx.actor.tenantId, type, id, fileId);
  if (!file) throw new AppError('EVIDENCE_FILE_NOT_FOUND');
  const bytes = await storageFor(dataDir).get(file.storageKey);
  return { name: file.name, mimeType: file.mimeType, bytes };
}
