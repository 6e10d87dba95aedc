import { and, asc, desc, eq, like, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { decision, orgUnit } from '../../db/schema/index';

type Conn = Db | Tx;
// changed_at is the export cursor, kept by a trigger; services neither write nor show it.
export type DecisionRow = Omit<typeof decision.$inferSelect, 'changedAt' | 'revokesDecisionId'> & {
  /** Only a revocation decision names the decision it revokes from. */
  revokesDecisionId?: string | null;
};

export async function findDecision(db: Conn, tenantId: string, id: string) {
  const [row] = await db
    .select()
    .from(decision)
    .where(and(eq(decision.tenantId, tenantId), eq(decision.id, id)))
    .limit(1);
  return row;
}

/**
 * Decisions with the path of their issuing unit (null: an issuer outside the tenant), by id or by
 * number, for the scope check of an award linked to one.
 */
export function findDecisionsWithIssuerPath(
  db: Conn,
  tenantId: string,
  by: { id: string } | { number: string },
) {
  return db
    .select({ decision, issuerPath: orgUnit.path })
    .from(decision)
    .leftJoin(orgUnit, and(eq(orgUnit.tenantId, decision.tenantId), eq(orgUnit.id, decision.issuerUnitId)))
    .where(
      and(
        eq(decision.tenantId, tenantId),
        'id' in by ? eq(decision.id, by.id) : eq(decision.number, by.number),
      ),
    )
    .orderBy(desc(decision.signedOn));
}

export async function insertDecision(db: Conn, values: DecisionRow) {
  await db.insert(decision).values(values);
}

export async function listDecisions(
  db: Conn,
  tenantId: string,
  q: string | undefined,
  limit: number,
  offset: number,
) {
  const conditions = [eq(decision.tenantId, tenantId)];
  if (q)
    conditions.push(like(sql`lower(${decision.number})`, `%${q.toLowerCase().replace(/[\\%_]/g, '\\$&')}%`));
  const where = and(...conditions);
  const rows = await db
    .select()
    .from(decision)
    .where(where)
    .orderBy(desc(decision.signedOn), asc(decision.number))
    .limit(limit)
    .offset(offset);
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(decision).where(where);
  return { rows, total: count?.n ?? 0 };
}
