import { and, asc, desc, eq, like } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { complaint, complaintEvent, complaintParty, orgUnit } from '../../db/schema/index';

type Conn = Db | Tx;
export type ComplaintRow = typeof complaint.$inferSelect;

/** The case with its unit's path (scope) and remote-area flag; never the filer. */
export async function findComplaint(db: Conn, tenantId: string, id: string) {
  const [row] = await db
    .select({ complaint, unitPath: orgUnit.path, unitName: orgUnit.name, isRemoteArea: orgUnit.isRemoteArea })
    .from(complaint)
    .innerJoin(orgUnit, and(eq(orgUnit.tenantId, complaint.tenantId), eq(orgUnit.id, complaint.unitId)))
    .where(and(eq(complaint.tenantId, tenantId), eq(complaint.id, id)));
  return row;
}

export async function findByTrackingCode(db: Conn, tenantId: string, code: string) {
  const [row] = await db
    .select()
    .from(complaint)
    .where(and(eq(complaint.tenantId, tenantId), eq(complaint.trackingCode, code)));
  return row;
}

export function listComplaintsUnder(db: Conn, tenantId: string, pathPrefix: string) {
  return db
    .select({ complaint, unitName: orgUnit.name })
    .from(complaint)
    .innerJoin(orgUnit, and(eq(orgUnit.tenantId, complaint.tenantId), eq(orgUnit.id, complaint.unitId)))
    .where(and(eq(complaint.tenantId, tenantId), like(orgUnit.path, `${pathPrefix}%`)))
    .orderBy(desc(complaint.receivedOn), desc(complaint.createdAt))
    .limit(500);
}

export function listEvents(db: Conn, tenantId: string, complaintId: string) {
  return db
    .select()
    .from(complaintEvent)
    .where(and(eq(complaintEvent.tenantId, tenantId), eq(complaintEvent.complaintId, complaintId)))
    .orderBy(asc(complaintEvent.at), asc(complaintEvent.id));
}

export async function findParty(db: Conn, tenantId: string, complaintId: string) {
  const [row] = await db
    .select()
    .from(complaintParty)
    .where(and(eq(complaintParty.tenantId, tenantId), eq(complaintParty.complaintId, complaintId)));
  return row;
}

/** Optimistic update: undefined when someone else changed the case first. */
export async function updateComplaint(
  tx: Tx,
  tenantId: string,
  id: string,
  expectedVersion: number,
  set: Partial<ComplaintRow>,
) {
  const [row] = await tx
    .update(complaint)
    .set({ ...set, version: expectedVersion + 1 })
    .where(
      and(eq(complaint.tenantId, tenantId), eq(complaint.id, id), eq(complaint.version, expectedVersion)),
    )
    .returning();
  return row;
}
