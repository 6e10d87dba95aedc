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

export async function updateRatingRow(db: Conn, tenantId: string, id: string, fields: Partial<RatingRow>) {
  const [row] = await db.update(annualRating).set(fields).where(byId(tenantId, id)).returning();
  return row;
}

export async function deleteRatingRow(db: Conn, tenantId: string, id: string) {
  await db.delete(annualRating).where(byId(tenantId, id));
}
