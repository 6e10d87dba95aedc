import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { queryRows } from '../../db/query-rows';
import {
  appUser,
  notification,
  orgUnit,
  proposal,
  proposalComponent,
  proposalEvent,
  proposalItem,
  storedFile,
} from '../../db/schema/index';

type Conn = Db | Tx;
export type ProposalRow = typeof proposal.$inferSelect;
export type ProposalItemRow = typeof proposalItem.$inferSelect;
export type ComponentRow = typeof proposalComponent.$inferSelect;

export async function findProposal(db: Conn, tenantId: string, id: string): Promise<ProposalRow | undefined> {
  const [row] = await db
    .select()
    .from(proposal)
    .where(and(eq(proposal.tenantId, tenantId), eq(proposal.id, id)))
    .limit(1);
  return row;
}

/**
 * Optimistic concurrency: bumps the version only if it is still the one the caller read. The
 * row stays locked until the transaction ends, so a concurrent writer with the same expected
 * version finds the new version and gets nothing back (→ VERSION_CONFLICT, no lost update).
 */
export async function bumpVersion(
  tx: Tx,
  tenantId: string,
  id: string,
  expectedVersion: number,
): Promise<ProposalRow | undefined> {
  const [row] = await tx
    .update(proposal)
    .set({ version: sql`${proposal.version} + 1`, updatedAt: new Date() })
    .where(and(eq(proposal.tenantId, tenantId), eq(proposal.id, id), eq(proposal.version, expectedVersion)))
    .returning();
  return row;
}

export async function updateProposal(
  tx: Tx,
  tenantId: string,
  id: string,
  set: Partial<typeof proposal.$inferInsert>,
) {
  await tx
    .update(proposal)
    .set(set)
    .where(and(eq(proposal.tenantId, tenantId), eq(proposal.id, id)));
}

export function listItems(db: Conn, tenantId: string, proposalId: string): Promise<ProposalItemRow[]> {
  return db
    .select()
    .from(proposalItem)
    .where(and(eq(proposalItem.tenantId, tenantId), eq(proposalItem.proposalId, proposalId)))
    .orderBy(asc(proposalItem.id));
}

export function listComponents(db: Conn, tenantId: string, proposalId: string): Promise<ComponentRow[]> {
  return db
    .select()
    .from(proposalComponent)
    .where(and(eq(proposalComponent.tenantId, tenantId), eq(proposalComponent.proposalId, proposalId)));
}

export async function updateItem(tx: Tx, tenantId: string, id: string, set: Partial<ProposalItemRow>) {
  await tx
    .update(proposalItem)
    .set(set)
    .where(and(eq(proposalItem.tenantId, tenantId), eq(proposalItem.id, id)));
}

export async function deleteItems(tx: Tx, tenantId: string, ids: string[]) {
  if (ids.length === 0) return;
  await tx
    .delete(proposalItem)
    .where(and(eq(proposalItem.tenantId, tenantId), inArray(proposalItem.id, ids)));
}

export async function unitPaths(db: Conn, tenantId: string, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: orgUnit.id, path: orgUnit.path })
    .from(orgUnit)
    .where(and(eq(orgUnit.tenantId, tenantId), inArray(orgUnit.id, ids)));
  return new Map(rows.map((r) => [r.id, r.path]));
}

/** The unit and its ancestors, nearest first (for routing). */
export async function unitChain(db: Conn, tenantId: string, unitId: string) {
  const [unit] = await db
    .select()
    .from(orgUnit)
    .where(and(eq(orgUnit.tenantId, tenantId), eq(orgUnit.id, unitId)));
  if (!unit) return [];
  const ids = unit.path.split('/').filter(Boolean);
  const rows = await db
    .select({ id: orgUnit.id, type: orgUnit.type, name: orgUnit.name, path: orgUnit.path })
    .from(orgUnit)
    .where(and(eq(orgUnit.tenantId, tenantId), inArray(orgUnit.id, ids)));
  return rows.sort((a, b) => b.path.length - a.path.length);
}

/** The files of the dossier's components, with who uploaded them, by file id. */
export async function listComponentFiles(db: Conn, tenantId: string, proposalId: string) {
  const rows = await db
    .select({
      id: storedFile.id,
      name: storedFile.name,
      sizeBytes: storedFile.sizeBytes,
      mimeType: storedFile.mimeType,
      uploadedByName: appUser.fullName,
      uploadedAt: storedFile.createdAt,
    })
    .from(proposalComponent)
    .innerJoin(
      storedFile,
      and(eq(storedFile.tenantId, proposalComponent.tenantId), eq(storedFile.id, proposalComponent.fileId)),
    )
    .leftJoin(appUser, and(eq(appUser.tenantId, storedFile.tenantId), eq(appUser.id, storedFile.uploadedBy)))
    .where(and(eq(proposalComponent.tenantId, tenantId), eq(proposalComponent.proposalId, proposalId)));
  return new Map(
    rows.map(({ id, uploadedAt, ...file }) => [id, { ...file, uploadedAt: uploadedAt.toISOString() }]),
  );
}

/** The actor of what the system does on its own (a reply from the upper level): no account. */
export const SYSTEM_USER_ID = 'system';

/** The id an event or audit row records for the actor: none for the system. */
export const actorIdOf = (userId: string) => (userId === SYSTEM_USER_ID ? null : userId);

export async function userName(db: Conn, tenantId: string, userId: string): Promise<string | null> {
  if (userId === SYSTEM_USER_ID) return 'Hệ thống (tự động)';
  const [row] = await db
    .select({ name: appUser.fullName })
    .from(appUser)
    .where(and(eq(appUser.tenantId, tenantId), eq(appUser.id, userId)));
  return row?.name ?? null;
}

export async function insertEvent(tx: Tx, values: typeof proposalEvent.$inferInsert) {
  await tx.insert(proposalEvent).values(values);
}

export function listEvents(db: Conn, tenantId: string, proposalId: string) {
  return db
    .select()
    .from(proposalEvent)
    .where(and(eq(proposalEvent.tenantId, tenantId), eq(proposalEvent.proposalId, proposalId)))
    .orderBy(asc(proposalEvent.at), asc(proposalEvent.id));
}

export async function insertNotification(tx: Tx, values: typeof notification.$inferInsert) {
  await tx.insert(notification).values(values);
}

export function listNotifications(db: Conn, tenantId: string, userId: string) {
  return db
    .select()
    .from(notification)
    .where(and(eq(notification.tenantId, tenantId), eq(notification.userId, userId)))
    .orderBy(desc(notification.createdAt))
    .limit(200);
}

export type ProposalListRow = ProposalRow & { submittingUnitName: string; currentUnitId: string };

/**
 * Proposals the actor may see: the submitting unit or one of the route's levels lies in the
 * actor's subtree. `where` adds the view's own condition (queue, overdue, state).
 */
export async function listVisible(
  db: Conn,
  tenantId: string,
  scopePath: string,
  where: ReturnType<typeof sql>,
  limit: number,
  offset: number,
): Promise<{ rows: ProposalListRow[]; total: number }> {
  const scoped = sql`p.tenant_id = ${tenantId} AND EXISTS (
      SELECT 1 FROM org_unit u WHERE u.tenant_id = p.tenant_id AND u.path LIKE ${`${scopePath}%`}
      AND (u.id = p.submitting_unit_id OR p.levels @> jsonb_build_array(u.id::text)))`;
  const ids = await queryRows<{ id: string; total: number }>(
    db,
    sql`SELECT p.id, count(*) OVER ()::int AS total FROM proposal p WHERE ${scoped} AND (${where})
        ORDER BY p.due_on ASC NULLS LAST, p.id DESC LIMIT ${limit} OFFSET ${offset}`,
  );
  if (ids.length === 0) return { rows: [], total: 0 };
  const rows = await db
    .select({ p: proposal, unitName: orgUnit.name })
    .from(proposal)
    .innerJoin(
      orgUnit,
      and(eq(orgUnit.tenantId, proposal.tenantId), eq(orgUnit.id, proposal.submittingUnitId)),
    )
    .where(
      and(
        eq(proposal.tenantId, tenantId),
        inArray(
          proposal.id,
          ids.map((r) => r.id),
        ),
      ),
    );
  const byId = new Map(rows.map((r) => [r.p.id, r]));
  return {
    rows: ids.flatMap(({ id }) => {
      const r = byId.get(id);
      if (!r) return [];
      return [{ ...r.p, submittingUnitName: r.unitName, currentUnitId: r.p.levels[r.p.levelIndex] ?? '' }];
    }),
    total: ids[0]?.total ?? 0,
  };
}

/** The dossier's attached files with their storage keys: the components of a package sent up. */
export async function componentFilesForPackage(db: Conn, tenantId: string, proposalId: string) {
  return db
    .select({
      name: proposalComponent.name,
      fileName: storedFile.name,
      mediaType: storedFile.mimeType,
      sizeBytes: storedFile.sizeBytes,
      sha256: storedFile.sha256,
      storageKey: storedFile.storageKey,
    })
    .from(proposalComponent)
    .innerJoin(
      storedFile,
      and(eq(storedFile.tenantId, proposalComponent.tenantId), eq(storedFile.id, proposalComponent.fileId)),
    )
    .where(and(eq(proposalComponent.tenantId, tenantId), eq(proposalComponent.proposalId, proposalId)))
    .orderBy(proposalComponent.name);
}
