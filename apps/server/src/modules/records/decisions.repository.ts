import { and, asc, desc, eq, like, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { decision } from '../../db/schema/index';

type Conn = Db | Tx;
// changed_at is the export cursor, kept by a trigger; services neither write nor show it.
export type DecisionRow = Omit<typeof decision.$inferSelect, 'changedAt'>;

export async function findDecision(db: Conn, tenantId: string, id: string) {
  const [row] = await db
    .select()
    .from(decision)
    .where(and(eq(decision.tenantId, tenantId), eq(decision.id, id)))
    .limit(1);
  return row;
}

export async function findDecisionByNumber(db: Conn, tenantId: string, number: string) {
  const [row] = await db
    .select()
    .from(decision)
    .where(and(eq(decision.tenantId, tenantId), eq(decision.number, number)))
    .limit(1);
  return row;
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
