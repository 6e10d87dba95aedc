import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { award } from '../../db/schema/index';

type Conn = Db | Tx;
export type AwardRow = typeof award.$inferSelect;

const byId = (tenantId: string, id: string) => and(eq(award.tenantId, tenantId), eq(award.id, id));

export async function findAward(db: Conn, tenantId: string, id: string) {
  const [row] = await db.select().from(award).where(byId(tenantId, id)).limit(1);
  return row;
}

export async function insertAward(db: Conn, values: typeof award.$inferInsert) {
  await db.insert(award).values(values);
}

/** Optimistic concurrency: undefined when someone else changed it since `version` was read. */
export async function updateAwardRow(
  db: Conn,
  tenantId: string,
  id: string,
  version: number,
  fields: Partial<AwardRow>,
): Promise<AwardRow | undefined> {
  const [row] = await db
    .update(award)
    .set({ ...fields, version: version + 1 })
    .where(and(byId(tenantId, id), eq(award.version, version)))
    .returning();
  return row;
}

export async function deleteAwardRow(db: Conn, tenantId: string, id: string) {
  await db.delete(award).where(byId(tenantId, id));
}
