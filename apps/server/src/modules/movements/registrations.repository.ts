import { and, asc, eq, inArray, like } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { orgUnit, person, registration } from '../../db/schema/index';

type Conn = Db | Tx;

export function listRegistrations(
  db: Conn,
  tenantId: string,
  scopePath: string,
  filter: { year?: number | undefined; movementId?: string | undefined },
) {
  return db
    .select({ registration, unitName: orgUnit.name, unitCode: orgUnit.code, personName: person.fullName })
    .from(registration)
    .innerJoin(orgUnit, and(eq(orgUnit.tenantId, registration.tenantId), eq(orgUnit.id, registration.unitId)))
    .leftJoin(person, and(eq(person.tenantId, registration.tenantId), eq(person.id, registration.personId)))
    .where(
      and(
        eq(registration.tenantId, tenantId),
        like(orgUnit.path, `${scopePath}%`),
        filter.year === undefined ? undefined : eq(registration.year, filter.year),
        filter.movementId === undefined ? undefined : eq(registration.movementId, filter.movementId),
      ),
    )
    .orderBy(asc(orgUnit.name), asc(person.nameSort))
    .limit(5000);
}

export function findUnitsByCodes(db: Conn, tenantId: string, codes: string[]) {
  if (!codes.length) return Promise.resolve([]);
  return db
    .select()
    .from(orgUnit)
    .where(and(eq(orgUnit.tenantId, tenantId), inArray(orgUnit.code, codes)));
}

export async function findPersonUnit(db: Conn, tenantId: string, personId: string) {
  const [row] = await db
    .select({ unitId: person.unitId, path: orgUnit.path, fullName: person.fullName })
    .from(person)
    .innerJoin(orgUnit, and(eq(orgUnit.tenantId, person.tenantId), eq(orgUnit.id, person.unitId)))
    .where(and(eq(person.tenantId, tenantId), eq(person.id, personId)))
    .limit(1);
  return row;
}
