import { and, asc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { initiative, initiativeAuthor, person } from '../../db/schema/index';

type Conn = Db | Tx;
export type InitiativeRow = typeof initiative.$inferSelect;

const byId = (tenantId: string, id: string) => and(eq(initiative.tenantId, tenantId), eq(initiative.id, id));

export async function findInitiative(db: Conn, tenantId: string, id: string) {
  const [row] = await db.select().from(initiative).where(byId(tenantId, id)).limit(1);
  if (!row) return undefined;
  const authors = await db
    .select({
      personId: initiativeAuthor.personId,
      fullName: person.fullName,
      sharePct: initiativeAuthor.sharePct,
    })
    .from(initiativeAuthor)
    .innerJoin(
      person,
      and(eq(person.tenantId, initiativeAuthor.tenantId), eq(person.id, initiativeAuthor.personId)),
    )
    .where(and(eq(initiativeAuthor.tenantId, tenantId), eq(initiativeAuthor.initiativeId, id)))
    .orderBy(asc(person.nameSort));
  return { ...row, authors };
}

export async function insertInitiative(db: Conn, values: InitiativeRow) {
  await db.insert(initiative).values(values);
}

/** Optimistic concurrency: false when someone else changed it since `version` was read. */
export async function updateInitiativeRow(
  db: Conn,
  tenantId: string,
  id: string,
  version: number,
  fields: Partial<InitiativeRow>,
): Promise<boolean> {
  const rows = await db
    .update(initiative)
    .set({ ...fields, version: version + 1 })
    .where(and(byId(tenantId, id), eq(initiative.version, version)))
    .returning({ id: initiative.id });
  return rows.length === 1;
}

export async function replaceAuthors(
  db: Conn,
  tenantId: string,
  initiativeId: string,
  authors: { personId: string; sharePct: number }[],
) {
  await db
    .delete(initiativeAuthor)
    .where(and(eq(initiativeAuthor.tenantId, tenantId), eq(initiativeAuthor.initiativeId, initiativeId)));
  if (authors.length) {
    await db.insert(initiativeAuthor).values(authors.map((a) => ({ ...a, tenantId, initiativeId })));
  }
}

export async function deleteInitiativeRow(db: Conn, tenantId: string, id: string) {
  await replaceAuthors(db, tenantId, id, []);
  await db.delete(initiative).where(byId(tenantId, id));
}
