import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { decision } from '../../db/schema/index';

/** The issuing body of each decision, by id: the "cơ quan ban hành" column of the award tables. */
export async function findDecisionIssuers(
  db: Db,
  tenantId: string,
  decisionIds: string[],
): Promise<Map<string, string>> {
  if (decisionIds.length === 0) return new Map();
  const rows = await db
    .select({ id: decision.id, issuer: decision.issuer })
    .from(decision)
    .where(and(eq(decision.tenantId, tenantId), inArray(decision.id, decisionIds)));
  return new Map(rows.map((r) => [r.id, r.issuer]));
}
