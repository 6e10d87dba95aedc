import type { Db } from '../../db/client';
import { requireAccess } from '../../lib/access';
import type { RequestContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { storageFor } from '../../lib/storage';
import { appendAudit } from '../../platform/audit/append-audit';
import { checkUpload, storeUpload, uploadEndpoint } from '../../platform/upload/index';
import { sanitisePhoto } from './model-photo-image';
import { countPhotos, insertPhoto, listPhotos } from './models.repository';
import { MAX_MODEL_PHOTO_BYTES } from './models.schemas';
import { modelRef } from './models-access';

const MAX_PHOTOS = 10;

/**
 * The one upload path (platform/upload): the raw photo as the body, its name in the query, the
 * size enforced while the body is read and the kind judged by its bytes (file-type); sharp then
 * re-encodes what passed.
 */
export const MODEL_PHOTO_UPLOAD = uploadEndpoint('/models/{id}/photos', MAX_MODEL_PHOTO_BYTES, [
  'jpeg',
  'png',
  'webp',
]);

export type PhotoUpload = { name: string; bytes: Uint8Array; caption?: string | undefined };

/** Adds a photo to a model still being written: only the sanitised copy is stored. */
export async function addModelPhoto(
  db: Db,
  dataDir: string,
  ctx: RequestContext,
  id: string,
  upload: PhotoUpload,
) {
  const model = await requireAccess(db, ctx, 'model:propose', modelRef(id));
  if (model.status !== 'DRAFT' && model.status !== 'RETURNED') throw new AppError('MODEL_NOT_EDITABLE');
  await checkUpload(MODEL_PHOTO_UPLOAD, upload.name, upload.bytes);
  // Only the sanitised copy is stored: upright, at most 1600 px, JPEG, no metadata (no GPS).
  const clean = await sanitisePhoto(upload.bytes);
  const photoId = newId();
  await db.transaction(async (tx) => {
    if ((await countPhotos(tx, model.tenantId, id)) >= MAX_PHOTOS) throw new AppError('MODEL_PHOTO_LIMIT');
    const file = await storeUpload(
      tx,
      dataDir,
      { tenantId: model.tenantId, uploadedBy: ctx.actor.userId },
      { recordType: 'exemplary_model', recordId: id },
      { fileName: `dien-hinh-${photoId}.jpg`, mimeType: 'image/jpeg', bytes: clean.bytes },
    );
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
  await requireAccess(db, ctx, 'model:read', modelRef(id));
  const photo = await readPhotoBytes(db, dataDir, ctx.actor.tenantId, id, photoId);
  if (!photo) throw new AppError('NOT_FOUND');
  return photo;
}
