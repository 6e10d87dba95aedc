import { and, asc, count, desc, eq, inArray, like, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import {
  award,
  exemplaryModel,
  exemplaryModelAdoption,
  exemplaryModelAward,
  exemplaryModelPhoto,
  movement,
  orgUnit,
  storedFile,
} from '../../db/schema/index';

type Conn = Db | Tx;
export type ModelRow = typeof exemplaryModel.$inferSelect & { unitName: string; unitPath: string };
export type ModelStatus = ModelRow['status'];

const withUnit = {
  model: exemplaryModel,
  unitName: orgUnit.name,
  unitPath: orgUnit.path,
};
const unitJoin = and(eq(orgUnit.tenantId, exemplaryModel.tenantId), eq(orgUnit.id, exemplaryModel.unitId));

export async function findModel(db: Conn, tenantId: string, id: string): Promise<ModelRow | undefined> {
  const [row] = await db
    .select(withUnit)
    .from(exemplaryModel)
    .innerJoin(orgUnit, unitJoin)
    .where(and(eq(exemplaryModel.tenantId, tenantId), eq(exemplaryModel.id, id)));
  return row && { ...row.model, unitName: row.unitName, unitPath: row.unitPath };
}

/** Models of a subtree (a path prefix), or of the whole tenant; newest first. */
export async function listModels(
  db: Conn,
  tenantId: string,
  filter: { pathPrefix?: string; statuses?: ModelStatus[]; limit?: number },
): Promise<ModelRow[]> {
  const where: SQL[] = [eq(exemplaryModel.tenantId, tenantId)];
  if (filter.pathPrefix) where.push(like(orgUnit.path, `${filter.pathPrefix}%`));
  if (filter.statuses) where.push(inArray(exemplaryModel.status, filter.statuses));
  const rows = await db
    .select(withUnit)
    .from(exemplaryModel)
    .innerJoin(orgUnit, unitJoin)
    .where(and(...where))
    .orderBy(desc(exemplaryModel.publishedAt), desc(exemplaryModel.updatedAt))
    .limit(filter.limit ?? 500);
  return rows.map((r) => ({ ...r.model, unitName: r.unitName, unitPath: r.unitPath }));
}

export async function insertModel(tx: Tx, row: typeof exemplaryModel.$inferInsert) {
  await tx.insert(exemplaryModel).values(row);
}

export async function updateModel(
  tx: Tx,
  tenantId: string,
  id: string,
  set: Partial<typeof exemplaryModel.$inferInsert>,
) {
  await tx
    .update(exemplaryModel)
    .set({ ...set, updatedAt: new Date() })
    .where(and(eq(exemplaryModel.tenantId, tenantId), eq(exemplaryModel.id, id)));
}

export async function replaceModelAwards(tx: Tx, tenantId: string, modelId: string, awardIds: string[]) {
  await tx
    .delete(exemplaryModelAward)
    .where(and(eq(exemplaryModelAward.tenantId, tenantId), eq(exemplaryModelAward.modelId, modelId)));
  if (awardIds.length) {
    await tx
      .insert(exemplaryModelAward)
      .values([...new Set(awardIds)].map((awardId) => ({ tenantId, modelId, awardId })));
  }
}

export function findAwards(db: Conn, tenantId: string, ids: string[]) {
  if (!ids.length) return Promise.resolve([]);
  return db
    .select()
    .from(award)
    .where(and(eq(award.tenantId, tenantId), inArray(award.id, ids)));
}

export function listModelAwards(db: Conn, tenantId: string, modelId: string) {
  return db
    .select({
      id: award.id,
      awardCode: award.awardCode,
      year: award.year,
      isRevoked: award.isRevoked,
      decisionNumber: award.decisionNumber,
    })
    .from(exemplaryModelAward)
    .innerJoin(
      award,
      and(eq(award.tenantId, exemplaryModelAward.tenantId), eq(award.id, exemplaryModelAward.awardId)),
    )
    .where(and(eq(exemplaryModelAward.tenantId, tenantId), eq(exemplaryModelAward.modelId, modelId)))
    .orderBy(desc(award.year));
}

export async function findMovementTitle(db: Conn, tenantId: string, id: string | null) {
  if (!id) return null;
  const [m] = await db
    .select({ title: movement.title, state: movement.state })
    .from(movement)
    .where(and(eq(movement.tenantId, tenantId), eq(movement.id, id)));
  return m ?? null;
}

export async function insertPhoto(tx: Tx, row: typeof exemplaryModelPhoto.$inferInsert) {
  await tx.insert(exemplaryModelPhoto).values(row);
}

export function listPhotos(db: Conn, tenantId: string, modelId: string) {
  return db
    .select({
      id: exemplaryModelPhoto.id,
      width: exemplaryModelPhoto.width,
      height: exemplaryModelPhoto.height,
      caption: exemplaryModelPhoto.caption,
      storageKey: storedFile.storageKey,
      mimeType: storedFile.mimeType,
    })
    .from(exemplaryModelPhoto)
    .innerJoin(
      storedFile,
      and(
        eq(storedFile.tenantId, exemplaryModelPhoto.tenantId),
        eq(storedFile.id, exemplaryModelPhoto.fileId),
      ),
    )
    .where(and(eq(exemplaryModelPhoto.tenantId, tenantId), eq(exemplaryModelPhoto.modelId, modelId)))
    .orderBy(asc(exemplaryModelPhoto.createdAt));
}

export async function countPhotos(db: Conn, tenantId: string, modelId: string) {
  const [r] = await db
    .select({ n: count() })
    .from(exemplaryModelPhoto)
    .where(and(eq(exemplaryModelPhoto.tenantId, tenantId), eq(exemplaryModelPhoto.modelId, modelId)));
  return Number(r?.n ?? 0);
}

export async function insertAdoption(tx: Tx, row: typeof exemplaryModelAdoption.$inferInsert) {
  await tx.insert(exemplaryModelAdoption).values(row);
}

export function listAdoptions(db: Conn, tenantId: string, modelId: string) {
  return db
    .select({
      id: exemplaryModelAdoption.id,
      unitId: exemplaryModelAdoption.unitId,
      unitName: orgUnit.name,
      note: exemplaryModelAdoption.note,
      adoptedOn: exemplaryModelAdoption.adoptedOn,
    })
    .from(exemplaryModelAdoption)
    .innerJoin(
      orgUnit,
      and(
        eq(orgUnit.tenantId, exemplaryModelAdoption.tenantId),
        eq(orgUnit.id, exemplaryModelAdoption.unitId),
      ),
    )
    .where(and(eq(exemplaryModelAdoption.tenantId, tenantId), eq(exemplaryModelAdoption.modelId, modelId)))
    .orderBy(asc(exemplaryModelAdoption.adoptedOn), asc(orgUnit.name));
}

/** How many units adopted each model. */
export async function adoptionCounts(db: Conn, tenantId: string, modelIds: string[]) {
  const out = new Map<string, number>();
  if (!modelIds.length) return out;
  const rows = await db
    .select({ modelId: exemplaryModelAdoption.modelId, n: count() })
    .from(exemplaryModelAdoption)
    .where(
      and(eq(exemplaryModelAdoption.tenantId, tenantId), inArray(exemplaryModelAdoption.modelId, modelIds)),
    )
    .groupBy(exemplaryModelAdoption.modelId);
  for (const r of rows) out.set(r.modelId, Number(r.n));
  return out;
}

export async function findUnitRow(db: Conn, tenantId: string, id: string) {
  const [u] = await db
    .select({ id: orgUnit.id, name: orgUnit.name, path: orgUnit.path, status: orgUnit.status })
    .from(orgUnit)
    .where(and(eq(orgUnit.tenantId, tenantId), eq(orgUnit.id, id)));
  return u;
}

export async function insertStoredFile(tx: Tx, row: typeof storedFile.$inferInsert) {
  await tx.insert(storedFile).values(row);
}
