import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { person, personEmployment } from '../../db/schema/index';
import { newId } from '../../lib/ids';

/**
 * Moves people to another unit from a date: closes their open employment row and
 * opens a new one, so the old unit stays in their history.
 */
export async function transferPeople(
  tx: Tx,
  tenantId: string,
  personIds: string[],
  toUnitId: string,
  fromDate: string,
): Promise<void> {
  if (personIds.length === 0) return;
  const open = await tx
    .select()
    .from(personEmployment)
    .where(
      and(
        eq(personEmployment.tenantId, tenantId),
        inArray(personEmployment.personId, personIds),
        isNull(personEmployment.toDate),
      ),
    );
  await tx
    .update(personEmployment)
    .set({ toDate: fromDate })
    .where(
      and(
        eq(personEmployment.tenantId, tenantId),
        inArray(personEmployment.personId, personIds),
        isNull(personEmployment.toDate),
      ),
    );
  const positionOf = new Map(open.map((e) => [e.personId, e.position]));
  await tx.insert(personEmployment).values(
    personIds.map((personId) => ({
      tenantId,
      id: newId(),
      personId,
      unitId: toUnitId,
      position: positionOf.get(personId) ?? null,
      fromDate,
    })),
  );
  await tx
    .update(person)
    .set({ unitId: toUnitId, updatedAt: new Date() })
    .where(and(eq(person.tenantId, tenantId), inArray(person.id, personIds)));
}

export async function findPeopleIdsInUnit(tx: Tx, tenantId: string, unitId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: person.id })
    .from(person)
    .where(and(eq(person.tenantId, tenantId), eq(person.unitId, unitId)));
  return rows.map((r) => r.id);
}
