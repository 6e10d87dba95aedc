import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { collective, household, orgUnit } from '../../db/schema/index';

/** A team (tổ, nhóm) or a household under a unit: its name, its unit and the unit's path for scope. */
export type Nominee = { name: string; unitId: string; path: string };

export async function findTeam(db: Db | Tx, tenantId: string, id: string): Promise<Nominee | undefined> {
  const [row] = await db
    .select({ name: collective.name, unitId: collective.unitId, path: orgUnit.path })
    .from(collective)
    .innerJoin(orgUnit, and(eq(orgUnit.tenantId, collective.tenantId), eq(orgUnit.id, collective.unitId)))
    .where(and(eq(collective.tenantId, tenantId), eq(collective.id, id)))
    .limit(1);
  return row;
}

export async function findHousehold(db: Db | Tx, tenantId: string, id: string): Promise<Nominee | undefined> {
  const [row] = await db
    .select({ name: household.headName, unitId: household.unitId, path: orgUnit.path })
    .from(household)
    .innerJoin(orgUnit, and(eq(orgUnit.tenantId, household.tenantId), eq(orgUnit.id, household.unitId)))
    .where(and(eq(household.tenantId, tenantId), eq(household.id, id)))
    .limit(1);
  return row && { ...row, name: `Hộ gia đình ${row.name}` };
}
