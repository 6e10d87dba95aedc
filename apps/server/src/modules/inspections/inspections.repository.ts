import { and, asc, count, desc, eq, isNull, like, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { inspectionFinding, inspectionPlan, inspectionPlanUnit, orgUnit } from '../../db/schema/index';

// Inspection plans, their units and findings. Every query names the tenant; a plan's scope is its
// inspecting unit's path.

type Conn = Db | Tx;
export type PlanRow = typeof inspectionPlan.$inferSelect;
export type FindingRow = typeof inspectionFinding.$inferSelect;

export async function findUnitRow(db: Conn, tenantId: string, id: string) {
  const [u] = await db
    .select({ id: orgUnit.id, name: orgUnit.name, path: orgUnit.path, status: orgUnit.status })
    .from(orgUnit)
    .where(and(eq(orgUnit.tenantId, tenantId), eq(orgUnit.id, id)));
  return u;
}

export async function findPlan(db: Conn, tenantId: string, id: string) {
  const [row] = await db
    .select({ plan: inspectionPlan, unitName: orgUnit.name, unitPath: orgUnit.path })
    .from(inspectionPlan)
    .innerJoin(
      orgUnit,
      and(eq(orgUnit.tenantId, inspectionPlan.tenantId), eq(orgUnit.id, inspectionPlan.unitId)),
    )
    .where(and(eq(inspectionPlan.tenantId, tenantId), eq(inspectionPlan.id, id)));
  return row;
}

/** Plans whose inspecting unit lies in the subtree, newest year first, with their counts. */
export function listPlansUnder(db: Conn, tenantId: string, pathPrefix: string, year?: number) {
  const units = db
    .select({ n: count() })
    .from(inspectionPlanUnit)
    .where(
      and(
        eq(inspectionPlanUnit.tenantId, inspectionPlan.tenantId),
        eq(inspectionPlanUnit.planId, inspectionPlan.id),
      ),
    );
  const findings = (onlyOpen: boolean) =>
    db
      .select({ n: count() })
      .from(inspectionFinding)
      .where(
        and(
          eq(inspectionFinding.tenantId, inspectionPlan.tenantId),
          eq(inspectionFinding.planId, inspectionPlan.id),
          onlyOpen ? isNull(inspectionFinding.completedOn) : undefined,
        ),
      );
  return db
    .select({
      plan: inspectionPlan,
      unitName: orgUnit.name,
      unitCount: sql<number>`(${units})::int`,
      findingCount: sql<number>`(${findings(false)})::int`,
      openFindingCount: sql<number>`(${findings(true)})::int`,
    })
    .from(inspectionPlan)
    .innerJoin(
      orgUnit,
      and(eq(orgUnit.tenantId, inspectionPlan.tenantId), eq(orgUnit.id, inspectionPlan.unitId)),
    )
    .where(
      and(
        eq(inspectionPlan.tenantId, tenantId),
        like(orgUnit.path, `${pathPrefix}%`),
        year === undefined ? undefined : eq(inspectionPlan.year, year),
      ),
    )
    .orderBy(desc(inspectionPlan.year), asc(inspectionPlan.title))
    .limit(500);
}

export function listPlanUnits(db: Conn, tenantId: string, planId: string) {
  return db
    .select({
      id: inspectionPlanUnit.id,
      unitId: inspectionPlanUnit.unitId,
      unitName: orgUnit.name,
      unitPath: orgUnit.path,
      startsOn: inspectionPlanUnit.startsOn,
      endsOn: inspectionPlanUnit.endsOn,
    })
    .from(inspectionPlanUnit)
    .innerJoin(
      orgUnit,
      and(eq(orgUnit.tenantId, inspectionPlanUnit.tenantId), eq(orgUnit.id, inspectionPlanUnit.unitId)),
    )
    .where(and(eq(inspectionPlanUnit.tenantId, tenantId), eq(inspectionPlanUnit.planId, planId)))
    .orderBy(asc(inspectionPlanUnit.startsOn), asc(orgUnit.name));
}

export function listFindings(db: Conn, tenantId: string, planId: string) {
  return db
    .select({ finding: inspectionFinding, unitName: orgUnit.name })
    .from(inspectionFinding)
    .innerJoin(
      orgUnit,
      and(eq(orgUnit.tenantId, inspectionFinding.tenantId), eq(orgUnit.id, inspectionFinding.unitId)),
    )
    .where(and(eq(inspectionFinding.tenantId, tenantId), eq(inspectionFinding.planId, planId)))
    .orderBy(asc(orgUnit.name), asc(inspectionFinding.createdAt), asc(inspectionFinding.id));
}

export async function findFinding(db: Conn, tenantId: string, id: string) {
  const [row] = await db
    .select()
    .from(inspectionFinding)
    .where(and(eq(inspectionFinding.tenantId, tenantId), eq(inspectionFinding.id, id)));
  return row;
}

export async function insertPlan(tx: Tx, row: typeof inspectionPlan.$inferInsert) {
  await tx.insert(inspectionPlan).values(row);
}

/** Optimistic concurrency: undefined when someone changed the plan since `version` was read. */
export async function updatePlanRow(
  tx: Tx,
  tenantId: string,
  id: string,
  version: number,
  fields: Partial<PlanRow>,
) {
  const [row] = await tx
    .update(inspectionPlan)
    .set({ ...fields, version: version + 1 })
    .where(
      and(
        eq(inspectionPlan.tenantId, tenantId),
        eq(inspectionPlan.id, id),
        eq(inspectionPlan.version, version),
      ),
    )
    .returning();
  return row;
}

export async function deletePlanRows(tx: Tx, tenantId: string, id: string) {
  await tx
    .delete(inspectionPlanUnit)
    .where(and(eq(inspectionPlanUnit.tenantId, tenantId), eq(inspectionPlanUnit.planId, id)));
  await tx
    .delete(inspectionPlan)
    .where(and(eq(inspectionPlan.tenantId, tenantId), eq(inspectionPlan.id, id)));
}

export async function replacePlanUnits(
  tx: Tx,
  tenantId: string,
  planId: string,
  units: { id: string; unitId: string; startsOn: string; endsOn: string }[],
) {
  await tx
    .delete(inspectionPlanUnit)
    .where(and(eq(inspectionPlanUnit.tenantId, tenantId), eq(inspectionPlanUnit.planId, planId)));
  if (units.length > 0)
    await tx.insert(inspectionPlanUnit).values(units.map((u) => ({ tenantId, planId, ...u })));
}

export async function insertFinding(tx: Tx, row: typeof inspectionFinding.$inferInsert) {
  await tx.insert(inspectionFinding).values(row);
}

export async function updateFindingRow(
  tx: Tx,
  tenantId: string,
  id: string,
  version: number,
  fields: Partial<FindingRow>,
) {
  const [row] = await tx
    .update(inspectionFinding)
    .set({ ...fields, version: version + 1 })
    .where(
      and(
        eq(inspectionFinding.tenantId, tenantId),
        eq(inspectionFinding.id, id),
        eq(inspectionFinding.version, version),
      ),
    )
    .returning();
  return row;
}
