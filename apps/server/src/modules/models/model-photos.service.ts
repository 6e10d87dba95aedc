import type { Db } from '../../db/client';
import type { RequestContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { storageFor } from '../../lib/storage';
import { appendAudit } from '../../platform/audit/append-audit';
import { checkPhotoType, sanitisePhoto } from './model-photo-image';
import { countPhotos, insertPhoto, insertStoredFile, listPhotos } from './models.repository';
import { loadModel } from './models-access';

const MAX_PHOTOS = 10;

export type PhotoUpload = { contentType: string; bytes: Uint8Array; caption?: string };

/** Adds a photo to a model still being written: only the sanitised copy is stored. */
export async function addModelPhoto(
  db: Db,
  dataDir: string,
  ctx: RequestContext,
  id: string,
  upload: PhotoUpload,
) {
  const model = await loadModel(db, ctx, id, 'model:propose');
  if (model.status !== 'DRAFT' && model.status !== 'RETURNED') throw new AppError('MODEL_NOT_EDITABLE');
  checkPhotoType(upload.contentType, upload.bytes);
  if (upload.bytes.length === 0) throw new AppError('MODEL_PHOTO_TYPE');
  const clean = await sanitisePhoto(upload.bytes);
  const photoId = newId();
  // The bytes first: an orphan blob after a rollback is harmless, a row without its bytes is not.
  const stored = await storageFor(dataDir).put(clean.bytes);
  await db.transaction(async (tx) => {
    if ((await countPhotos(tx, model.tenantId, id)) >= MAX_PHOTOS) throw new AppError('MODEL_PHOTO_LIMIT');
    const file = { id: newId(), sha256: stored.sha256 };
    await insertStoredFile(tx, {
      tenantId: model.tenantId,
      id: file.id,
      name: `dien-hinh-${photoId}.jpg`,
      mimeType: 'image/jpeg',
      sizeBytes: stored.sizeBytes,
      sha256: stored.sha256,
      storageKey: stored.key,
    });
    await insertPhoto(tx, {
      tenantId: model.tenantId,
      id: photoId,
      modelId: id,
      fileId: file.id,
      width: clean.width,
      height: clean.height,
      caption: upload.caption || null,
      createdBy: ctx.actor.userId,
    });
    await appendAudit(tx, {
      tenantId: model.tenantId,
      actorId: ctx.actor.userId,
      action: 'model.photo.add',
      entityType: 'exemplary_model',
      entityId: id,
      after: { photoId, sha256: file.sha256, width: clean.width, height: clean.height },
      requestId: ctx.requestId,
    });
  });
  return { id: photoId, width: clean.width, height: clean.height, caption: upload.caption || null };
}

/** The bytes of one photo of a model (the stored copy is already free of metadata). */
export async function readPhotoBytes(
  db: Db,
  dataDir: string,
  tenantId: string,
  modelId: string,
  photoId: string,
) {
  const photo = (await listPhotos(db, tenantId, modelId)).find((p) => p.id === photoId);
  if (!photo) return null;
  return { bytes: await storageFor(dataDir).get(photo.storageKey), mimeType: photo.mimeType };
}

export async function readModelPhoto(
  db: Db,
  dataDir: string,
  ctx: RequestContext,
  id: string,
  photoId: string,
) {
  await loadModel(db, ctx, id, 'model:read');
  const photo = await readPhotoBytes(db, dataDir, ctx.actor.tenantId, id, photoId);
  if (!photo) throw new AppError('NOT_FOUND');
  return photo;
}
