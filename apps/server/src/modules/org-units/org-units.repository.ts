import { and, asc, eq, like, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { queryRows } from '../../db/query-rows';
import { annualRating, award, orgUnit, orgUnitLineage, person } from '../../db/schema/index';

type Conn = Db | Tx;
export type OrgUnitRow = typeof orgUnit.$inferSelect;

export async function findUnit(db: Conn, tenantId: string, id: string): Promise<OrgUnitRow | undefined> {
  const [row] = await db
    .select()
    .from(orgUnit)
    .where(and(eq(orgUnit.tenantId, tenantId), eq(orgUnit.id, id)))
    .limit(1);
  return row;
}

export async function findUnitForUpdate(
  tx: Tx,
  tenantId: string,
  id: string,
): Promise<OrgUnitRow | undefined> {
  const [row] = await tx
    .select()
    .from(orgUnit)
    .where(and(eq(orgUnit.tenantId, tenantId), eq(orgUnit.id, id)))
    .for('update');
  return row;
}

export function listUnitsUnder(db: Conn, tenantId: string, pathPrefix: string) {
  return db
    .select()
    .from(orgUnit)
    .where(and(eq(orgUnit.tenantId, tenantId), like(orgUnit.path, `${pathPrefix}%`)))
    .orderBy(asc(orgUnit.path));
}

export async function insertUnit(db: Conn, values: typeof orgUnit.$inferInsert) {
  await db.insert(orgUnit).values(values);
}

export async function updateUnitFields(
  db: Conn,
  tenantId: string,
  id: string,
  version: number,
  fields: Partial<typeof orgUnit.$inferInsert>,
): Promise<boolean> {
  const rows = await db
    .update(orgUnit)
    .set({ ...fields, version: version + 1, updatedAt: new Date() })
    .where(and(eq(orgUnit.tenantId, tenantId), eq(orgUnit.id, id), eq(orgUnit.version, version)))
    .returning({ id: orgUnit.id });
  return rows.length === 1;
}

/** Moves a unit with its whole subtree under a new parent by rewriting the path prefix. */
export async function moveSubtree(tx: Tx, tenantId: string, unit: OrgUnitRow, newParent: OrgUnitRow) {
  const newPath = `${newParent.path}${unit.id}/`;
  await tx.execute(sql`
    UPDATE org_unit SET path = ${newPath} || substr(path, ${unit.path.length + 1}), updated_at = now()
    WHERE tenant_id = ${tenantId} AND path LIKE ${`${unit.path}%`}`);
  await tx
    .update(orgUnit)
    .set({ parentId: newParent.id })
    .where(and(eq(orgUnit.tenantId, tenantId), eq(orgUnit.id, unit.id)));
}

export async function insertLineage(tx: Tx, values: (typeof orgUnitLineage.$inferInsert)[]) {
  if (values.length) await tx.insert(orgUnitLineage).values(values);
}

type LineageRow = {
  kind: 'MERGE' | 'SPLIT' | 'RENAME';
  predecessor_id: string;
  predecessor_name: string;
  successor_id: string;
  successor_name: string;
  effective_date: string;
  old_name: string | null;
  new_name: string | null;
  decision_ref: string | null;
};

/** Every unit the given one descends from through merges and splits (transitively). */
export async function findPredecessorIds(db: Conn, tenantId: string, id: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`
    WITH RECURSIVE anc(id) AS (
      SELECT predecessor_id FROM org_unit_lineage
       WHERE tenant_id = ${tenantId} AND successor_id = ${id} AND kind <> 'RENAME'
      UNION
      SELECT l.predecessor_id FROM org_unit_lineage l JOIN anc ON l.successor_id = anc.id
       WHERE l.tenant_id = ${tenantId} AND l.kind <> 'RENAME'
    ) SELECT id FROM anc`,
  );
  return rows.map((r) => r.id);
}

export async function findLineage(
  db: Conn,
  tenantId: string,
  where: 'successor' | 'predecessor',
  ids: string[],
) {
  if (ids.length === 0) return [];
  const column = where === 'successor' ? sql`l.successor_id` : sql`l.predecessor_id`;
  const rows = await queryRows<LineageRow>(
    db,
    sql`
    SELECT l.kind, l.predecessor_id, p.name AS predecessor_name, l.successor_id, s.name AS successor_name,
           l.effective_date::text AS effective_date, l.old_name, l.new_name, l.decision_ref
      FROM org_unit_lineage l
      JOIN org_unit p ON p.tenant_id = l.tenant_id AND p.id = l.predecessor_id
      JOIN org_unit s ON s.tenant_id = l.tenant_id AND s.id = l.successor_id
     WHERE l.tenant_id = ${tenantId} AND ${column} IN (${sql.join(
       ids.map((i) => sql`${i}`),
       sql`, `,
     )})
     ORDER BY l.effective_date, l.created_at`,
  );
  return rows.map((r) => ({
    kind: r.kind,
    predecessorId: r.predecessor_id,
    predecessorName: r.predecessor_name,
    successorId: r.successor_id,
    successorName: r.successor_name,
    effectiveDate: r.effective_date,
    oldName: r.old_name,
    newName: r.new_name,
    decisionRef: r.decision_ref,
  }));
}

export async function countPeopleInUnits(db: Conn, tenantId: string, pathPrefix: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(person)
    .innerJoin(orgUnit, and(eq(orgUnit.tenantId, person.tenantId), eq(orgUnit.id, person.unitId)))
    .where(and(eq(person.tenantId, tenantId), like(orgUnit.path, `${pathPrefix}%`)));
  return row?.n ?? 0;
}

/** Collective awards and ratings of the given units (an org unit is its own collective). */
export async function findCollectiveRecords(db: Conn, tenantId: string, unitIds: string[]) {
  if (unitIds.length === 0) return { awards: [], ratings: [] };
  const inUnits = (col: typeof award.subjectId | typeof annualRating.subjectId) =>
    sql`${col} IN (${sql.join(
      unitIds.map((i) => sql`${i}`),
      sql`, `,
    )})`;
  const awards = await db
    .select()
    .from(award)
    .where(and(eq(award.tenantId, tenantId), eq(award.subjectType, 'COLLECTIVE'), inUnits(award.subjectId)));
  const ratings = await db
    .select()
    .from(annualRating)
    .where(
      and(
        eq(annualRating.tenantId, tenantId),
        eq(annualRating.subjectType, 'COLLECTIVE'),
        inUnits(annualRating.subjectId),
      ),
    );
  return { awards, ratings };
}
