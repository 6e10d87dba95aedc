import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { decisionCounter } from '../../db/schema/index';

/**
 * The next number of the tenant's yearly register. The counter row is locked FOR UPDATE until the
 * transaction ends, so concurrent issuances queue on it: numbers are unique, and gap-free because
 * a rolled-back issuance rolls its increment back too.
 */
export async function nextDecisionNumber(tx: Tx, tenantId: string, year: number): Promise<number> {
  await tx.insert(decisionCounter).values({ tenantId, year, lastNumber: 0 }).onConflictDoNothing();
  const [row] = await tx
    .select()
    .from(decisionCounter)
    .where(and(eq(decisionCounter.tenantId, tenantId), eq(decisionCounter.year, year)))
    .for('update');
  const next = (row?.lastNumber ?? 0) + 1;
  await tx
    .update(decisionCounter)
    .set({ lastNumber: sql`${next}` })
    .where(and(eq(decisionCounter.tenantId, tenantId), eq(decisionCounter.year, year)));
  return next;
}
