import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { discipline, hold } from '../../db/schema/index';

type Conn = Db | Tx;
export type DisciplineRow = typeof discipline.$inferSelect;
export type HoldRow = typeof hold.$inferSelect;

const disciplineById = (tenantId: string, id: string) =>
  and(eq(discipline.tenantId, tenantId), eq(discipline.id, id));
const holdById = (tenantId: string, id: string) => and(eq(hold.tenantId, tenantId), eq(hold.id, id));

export async function findDiscipline(db: Conn, tenantId: string, id: string) {
  const [row] = await db.select().from(discipline).where(disciplineById(tenantId, id)).limit(1);
  return row;
}

export async function insertDiscipline(db: Conn, values: DisciplineRow) {
  await db.insert(discipline).values(values);
}

/** Optimistic concurrency: undefined when someone else changed it since `version` was read. */
export async function updateDisciplineRow(
  db: Conn,
  tenantId: string,
  id: string,
  version: number,
  fields: Partial<DisciplineRow>,
): Promise<DisciplineRow | undefined> {
  const [row] = await db
    .update(discipline)
    .set({ ...fields, version: version + 1 })
    .where(and(disciplineById(tenantId, id), eq(discipline.version, version)))
    .returning();
  return row;
}

export async function deleteDisciplineRow(db: Conn, tenantId: string, id: string) {
  await db.delete(discipline).where(disciplineById(tenantId, id));
}

export async function findHold(db: Conn, tenantId: string, id: string) {
  const [row] = await db.select().from(hold).where(holdById(tenantId, id)).limit(1);
  return row;
}

export async function insertHold(db: Conn, values: HoldRow) {
  await db.insert(hold).values(values);
}

/** Optimistic concurrency: undefined when someone else changed it since `version` was read. */
export async function updateHoldRow(
  db: Conn,
  tenantId: string,
  id: string,
  version: number,
  fields: Partial<HoldRow>,
): Promise<HoldRow | undefined> {
  const [row] = await db
    .update(hold)
    .set({ ...fields, version: version + 1 })
    .where(and(holdById(tenantId, id), eq(hold.version, version)))
    .returning();
  return row;
}

export async function deleteHoldRow(db: Conn, tenantId: string, id: string) {
  await db.delete(hold).where(holdById(tenantId, id));
}
