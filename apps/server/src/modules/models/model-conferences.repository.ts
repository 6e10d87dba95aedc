import { and, asc, desc, eq, max } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { modelConference, modelConferenceHonouree } from '../../db/schema/index';

type Conn = Db | Tx;

export async function insertConference(tx: Conn, row: typeof modelConference.$inferInsert) {
  await tx.insert(modelConference).values(row);
}

export async function findConference(db: Conn, tenantId: string, id: string) {
  const [row] = await db
    .select()
    .from(modelConference)
    .where(and(eq(modelConference.tenantId, tenantId), eq(modelConference.id, id)));
  return row;
}

export function listConferences(db: Conn, tenantId: string) {
  return db
    .select()
    .from(modelConference)
    .where(eq(modelConference.tenantId, tenantId))
    .orderBy(desc(modelConference.heldOn));
}

export function listHonourees(db: Conn, tenantId: string, conferenceId: string) {
  return db
    .select()
    .from(modelConferenceHonouree)
    .where(
      and(
        eq(modelConferenceHonouree.tenantId, tenantId),
        eq(modelConferenceHonouree.conferenceId, conferenceId),
      ),
    )
    .orderBy(asc(modelConferenceHonouree.position));
}

export async function insertHonouree(
  tx: Tx,
  row: Omit<typeof modelConferenceHonouree.$inferInsert, 'position'>,
) {
  const [last] = await tx
    .select({ n: max(modelConferenceHonouree.position) })
    .from(modelConferenceHonouree)
    .where(
      and(
        eq(modelConferenceHonouree.tenantId, row.tenantId),
        eq(modelConferenceHonouree.conferenceId, row.conferenceId),
      ),
    );
  await tx.insert(modelConferenceHonouree).values({ ...row, position: (last?.n ?? 0) + 1 });
}
