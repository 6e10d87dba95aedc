import { awardName } from '@vinhdanh/domain/documents/award-phrases';
import type { Db } from '../../db/client';
import {
  adoptionCounts,
  findMovementTitle,
  listAdoptions,
  listModelAwards,
  listPhotos,
  type ModelRow,
} from './models.repository';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The row as the console lists it (no story, no personal data beyond the name shown). */
export function presentSummary(m: ModelRow, adoptions: number) {
  return {
    id: m.id,
    unitId: m.unitId,
    unitName: m.unitName,
    kind: m.kind,
    subjectName: m.subjectName,
    title: m.title,
    status: m.status,
    returnReason: m.returnReason,
    publishedAt: iso(m.publishedAt),
    updatedAt: m.updatedAt.toISOString(),
    adoptionCount: adoptions,
  };
}

export async function presentSummaries(db: Db, tenantId: string, rows: ModelRow[]) {
  const counts = await adoptionCounts(
    db,
    tenantId,
    rows.map((r) => r.id),
  );
  return rows.map((r) => presentSummary(r, counts.get(r.id) ?? 0));
}

/** Everything about one model: story, movement, awards, photos and the units that adopted it. */
export async function presentModel(db: Db, m: ModelRow) {
  const adoptions = await listAdoptions(db, m.tenantId, m.id);
  const awards = await listModelAwards(db, m.tenantId, m.id);
  const photos = await listPhotos(db, m.tenantId, m.id);
  const movement = await findMovementTitle(db, m.tenantId, m.movementId);
  return {
    ...presentSummary(m, adoptions.length),
    subjectId: m.subjectId,
    story: m.story,
    movementId: m.movementId,
    movementTitle: movement?.title ?? null,
    awards: awards.map((a) => ({
      id: a.id,
      awardCode: a.awardCode,
      awardName: awardName(a.awardCode),
      year: a.year,
      isRevoked: a.isRevoked,
    })),
    photos: photos.map((p) => ({ id: p.id, width: p.width, height: p.height, caption: p.caption })),
    adoptions,
    reviewedAt: iso(m.reviewedAt),
  };
}
