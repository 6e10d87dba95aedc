import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { annualRating } from '../../db/schema/index';

type Conn = Db | Tx;
export type RatingRow = typeof annualRating.$inferSelect;

const byId = (tenantId: string, id: string) =>
  and(eq(annualRating.tenantId, tenantId), eq(annualRating.id, id));

export async function findRating(db: Conn, tenantId: string, id: string): Promise<RatingRow | undefined> {
  const [row] = await db.select().from(annualRating).where(byId(tenantId, id)).limit(1);
  return row;
}

export async function insertRating(db: Conn, values: typeof annualRating.$inferInsert) {
  await db.insert(annualRating).values(values);
}

/** Optimistic concurrency: undefined when someone else changed it since `version` was read. */
export async function updateRatingRow(
  db: Conn,
  tenantId: string,
  id: string,
  version: number,
  fields: Partial<RatingRow>,
): Promise<RatingRow | undefined> {
  const [row] = await db
    .update(annualRating)
    .set({ ...fields, version: version + 1 })
    .where(and(byId(tenantId, id), eq(annualRating.version, version)))
    .returning();
  return row;
}

export async function deleteRatingRow(db: Conn, tenantId: string, id: string) {
  await db.delete(annualRating).where(byId(tenantId, id));
}
