import { and, eq, sql } from 'drizzle-orm';
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

/**
 * Marks a standing award revoked (Law 2022, Điều 93, khoản 2) — the one place that does it,
 * for hand-entered history and for the decision workflow alike. It bumps the version so a
 * stale edit conflicts; `version` and `decisionId`, when given, narrow the update further.
 * Returns nothing when the award is missing, already revoked, or the narrowing fails.
 */
export async function markAwardRevoked(
  db: Conn,
  tenantId: string,
  id: string,
  mark: { revokedOn: string; ground: 'A' | 'B' | 'C' | 'D' },
  narrow: { version?: number; decisionId?: string } = {},
): Promise<AwardRow | undefined> {
  const [row] = await db
    .update(award)
    .set({
      isRevoked: true,
      revokedOn: mark.revokedOn,
      revocationGround: mark.ground,
      version: sql`${award.version} + 1`,
    })
    .where(
      and(
        byId(tenantId, id),
        eq(award.isRevoked, false),
        narrow.version === undefined ? undefined : eq(award.version, narrow.version),
        narrow.decisionId === undefined ? undefined : eq(award.decisionId, narrow.decisionId),
      ),
    )
    .returning();
  return row;
}

export async function deleteAwardRow(db: Conn, tenantId: string, id: string) {
  await db.delete(award).where(byId(tenantId, id));
}
