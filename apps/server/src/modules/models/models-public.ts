import type { Db } from '../../db/client';
import { readPhotoBytes } from './model-photos.service';
import { findModel, listModels, listPhotos } from './models.repository';
import { presentModel, presentSummaries } from './models-present';

// The portal's reads: approved models only, with no actor (the portal has no login). What is
// shown is what the office approved for publication: names, story, photos, awards, spreading.

export async function listPublicModels(db: Db, tenantId: string, limit = 200) {
  const rows = await listModels(db, tenantId, { statuses: ['APPROVED'], limit });
  const summaries = await presentSummaries(db, tenantId, rows);
  const out = [];
  for (const s of summaries) {
    const [photo] = await listPhotos(db, tenantId, s.id);
    out.push({ ...s, photoId: photo?.id ?? null });
  }
  return out;
}

export async function findPublicModel(db: Db, tenantId: string, id: string) {
  const model = await findModel(db, tenantId, id);
  if (model?.status !== 'APPROVED') return null;
  return presentModel(db, model);
}

/** A photo of an approved model; null for a draft's photo, which is not public. */
export async function readPublicPhoto(
  db: Db,
  dataDir: string,
  tenantId: string,
  id: string,
  photoId: string,
) {
  const model = await findModel(db, tenantId, id);
  if (model?.status !== 'APPROVED') return null;
  return readPhotoBytes(db, dataDir, tenantId, id, photoId);
}
