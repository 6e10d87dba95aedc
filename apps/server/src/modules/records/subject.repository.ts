import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { collective, household, orgUnit } from '../../db/schema/index';

/** A named team (a collective inside a unit) or a household, with its unit's path for scope. */
export async function findTeamOrHousehold(db: Db | Tx, tenantId: string, id: string) {
  const [team] = await db
    .select({ name: collective.name, path: orgUnit.path })
    .from(collective)
    .innerJoin(orgUnit, and(eq(orgUnit.tenantId, collective.tenantId), eq(orgUnit.id, collective.unitId)))
    .where(and(eq(collective.tenantId, tenantId), eq(collective.id, id)))
    .limit(1);
  if (team) return { type: 'COLLECTIVE' as const, ...team };
  const [home] = await db
    .select({ name: household.headName, path: orgUnit.path })
    .from(household)
    .innerJoin(orgUnit, and(eq(orgUnit.tenantId, household.tenantId), eq(orgUnit.id, household.unitId)))
    .where(and(eq(household.tenantId, tenantId), eq(household.id, id)))
    .limit(1);
  if (home) return { type: 'HOUSEHOLD' as const, ...home };
  return undefined;
}
