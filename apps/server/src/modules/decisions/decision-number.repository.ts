import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { decision, decisionCounter } from '../../db/schema/index';

/**
 * The next number of the tenant's yearly register. The counter row is locked FOR UPDATE until the
 * transaction ends, so concurrent issuances queue on it: numbers are unique, and gap-free because
 * a rolled-back issuance rolls its increment back too. A number already entered by hand in the
 * issuing unit's register (an officer of that unit recorded it) is skipped rather than refused,
 * so no entry in the register can block issuance.
 */
export async function nextDecisionNumber(
  tx: Tx,
  tenantId: string,
  year: number,
  isTaken: (seq: number) => Promise<boolean> = async () => false,
): Promise<number> {
  await tx.insert(decisionCounter).values({ tenantId, year, lastNumber: 0 }).onConflictDoNothing();
  const [row] = await tx
    .select()
    .from(decisionCounter)
    .where(and(eq(decisionCounter.tenantId, tenantId), eq(decisionCounter.year, year)))
    .for('update');
  let next = (row?.lastNumber ?? 0) + 1;
  while (await isTaken(next)) next += 1;
  await tx
    .update(decisionCounter)
    .set({ lastNumber: sql`${next}` })
    .where(and(eq(decisionCounter.tenantId, tenantId), eq(decisionCounter.year, year)));
  return next;
}

/** Whether the unit's register already holds this printed number in the year. */
export async function isNumberInRegister(
  tx: Tx,
  tenantId: string,
  issuerUnitId: string,
  number: string,
  year: number,
): Promise<boolean> {
  const [row] = await tx
    .select({ id: decision.id })
    .from(decision)
    .where(
      and(
        eq(decision.tenantId, tenantId),
        eq(decision.issuerUnitId, issuerUnitId),
        eq(decision.number, number),
        sql`extract(year from ${decision.signedOn}) = ${year}`,
      ),
    )
    .limit(1);
  return row !== undefined;
}
