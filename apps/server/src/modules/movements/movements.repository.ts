import { and, asc, desc, eq, inArray, like, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import {
  award,
  awardMovement,
  movement,
  movementMilestone,
  movementParticipant,
  orgUnit,
  person,
  registration,
  storedFile,
} from '../../db/schema/index';

type Conn = Db | Tx;
export type MovementRow = typeof movement.$inferSelect;

export async function findMovement(db: Conn, tenantId: string, id: string) {
  const [row] = await db
    .select({ movement, ownerPath: orgUnit.path, ownerName: orgUnit.name })
    .from(movement)
    .innerJoin(orgUnit, and(eq(orgUnit.tenantId, movement.tenantId), eq(orgUnit.id, movement.ownerUnitId)))
    .where(and(eq(movement.tenantId, tenantId), eq(movement.id, id)))
    .limit(1);
  return row;
}

/** Movements launched inside the actor's subtree or by a unit above it (which apply to it). */
export function listMovements(db: Conn, tenantId: string, scopePath: string, year?: number) {
  return db
    .select({ movement })
    .from(movement)
    .innerJoin(orgUnit, and(eq(orgUnit.tenantId, movement.tenantId), eq(orgUnit.id, movement.ownerUnitId)))
    .where(
      and(
        eq(movement.tenantId, tenantId),
        year === undefined ? undefined : eq(movement.year, year),
        or(like(orgUnit.path, `${scopePath}%`), sql`${scopePath} LIKE ${orgUnit.path} || '%'`),
      ),
    )
    .orderBy(desc(movement.year), asc(movement.title))
    .limit(500);
}

/** Bumps the version when it still matches; undefined means someone else changed it. */
export async function bumpMovement(
  tx: Tx,
  tenantId: string,
  id: string,
  expected: number,
  set: Partial<MovementRow>,
) {
  const [row] = await tx
    .update(movement)
    .set({ ...set, version: expected + 1, updatedAt: new Date() })
    .where(and(eq(movement.tenantId, tenantId), eq(movement.id, id), eq(movement.version, expected)))
    .returning();
  return row;
}

export async function replaceMilestones(
  tx: Tx,
  tenantId: string,
  movementId: string,
  rows: (typeof movementMilestone.$inferInsert)[],
) {
  await tx
    .delete(movementMilestone)
    .where(and(eq(movementMilestone.tenantId, tenantId), eq(movementMilestone.movementId, movementId)));
  if (rows.length) await tx.insert(movementMilestone).values(rows);
}

export async function replaceParticipants(tx: Tx, tenantId: string, movementId: string, unitIds: string[]) {
  await tx
    .delete(movementParticipant)
    .where(and(eq(movementParticipant.tenantId, tenantId), eq(movementParticipant.movementId, movementId)));
  if (unitIds.length)
    await tx.insert(movementParticipant).values(unitIds.map((unitId) => ({ tenantId, movementId, unitId })));
}

export function listMilestones(db: Conn, tenantId: string, movementId: string) {
  return db
    .select()
    .from(movementMilestone)
    .where(and(eq(movementMilestone.tenantId, tenantId), eq(movementMilestone.movementId, movementId)))
    .orderBy(asc(movementMilestone.dueOn));
}

/** The shown participants: listed units, or the first level under the participation root. */
export async function listParticipantUnits(db: Conn, m: MovementRow, rootId: string | null) {
  if (m.participation === 'LIST') {
    return db
      .select({ id: orgUnit.id, name: orgUnit.name, path: orgUnit.path })
      .from(movementParticipant)
      .innerJoin(
        orgUnit,
        and(eq(orgUnit.tenantId, movementParticipant.tenantId), eq(orgUnit.id, movementParticipant.unitId)),
      )
      .where(and(eq(movementParticipant.tenantId, m.tenantId), eq(movementParticipant.movementId, m.id)))
      .orderBy(asc(orgUnit.name));
  }
  if (!rootId) return [];
  return db
    .select({ id: orgUnit.id, name: orgUnit.name, path: orgUnit.path })
    .from(orgUnit)
    .where(and(eq(orgUnit.tenantId, m.tenantId), eq(orgUnit.parentId, rootId), eq(orgUnit.status, 'ACTIVE')))
    .orderBy(asc(orgUnit.name))
    .limit(300);
}

export async function countActiveUnitsUnder(db: Conn, tenantId: string, prefix: string) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(orgUnit)
    .where(
      and(eq(orgUnit.tenantId, tenantId), like(orgUnit.path, `${prefix}%`), eq(orgUnit.status, 'ACTIVE')),
    );
  return Number(row?.n ?? 0);
}

export function listMovementRegistrations(db: Conn, tenantId: string, movementId: string) {
  return db
    .select({ registration, unitName: orgUnit.name, unitPath: orgUnit.path, personName: person.fullName })
    .from(registration)
    .innerJoin(orgUnit, and(eq(orgUnit.tenantId, registration.tenantId), eq(orgUnit.id, registration.unitId)))
    .leftJoin(person, and(eq(person.tenantId, registration.tenantId), eq(person.id, registration.personId)))
    .where(and(eq(registration.tenantId, tenantId), eq(registration.movementId, movementId)))
    .orderBy(asc(orgUnit.name))
    .limit(1000);
}

export async function listMovementAwards(db: Conn, tenantId: string, movementId: string) {
  const rows = await db
    .select({ award, personName: person.fullName, unitName: orgUnit.name })
    .from(awardMovement)
    .innerJoin(award, and(eq(award.tenantId, awardMovement.tenantId), eq(award.id, awardMovement.awardId)))
    .leftJoin(person, and(eq(person.tenantId, award.tenantId), eq(person.id, award.subjectId)))
    .leftJoin(orgUnit, and(eq(orgUnit.tenantId, award.tenantId), eq(orgUnit.id, award.subjectId)))
    .where(and(eq(awardMovement.tenantId, tenantId), eq(awardMovement.movementId, movementId)))
    .orderBy(asc(award.awardCode))
    .limit(1000);
  return rows.map((r) => ({
    id: r.award.id,
    awardCode: r.award.awardCode,
    kind: r.award.kind,
    year: r.award.year,
    subjectName: r.personName ?? r.unitName ?? '',
    decisionNumber: r.award.decisionNumber,
  }));
}

export async function findFile(db: Conn, tenantId: string, id: string | null) {
  if (!id) return null;
  const [row] = await db
    .select({ id: storedFile.id, name: storedFile.name, sha256: storedFile.sha256 })
    .from(storedFile)
    .where(and(eq(storedFile.tenantId, tenantId), eq(storedFile.id, id)))
    .limit(1);
  return row ?? null;
}

export function findUnitsByIds(db: Conn, tenantId: string, ids: string[]) {
  if (!ids.length) return Promise.resolve([]);
  return db
    .select()
    .from(orgUnit)
    .where(and(eq(orgUnit.tenantId, tenantId), inArray(orgUnit.id, ids)));
}
