import { and, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { orgUnit } from '../../db/schema/index';
import { requireAccess } from '../../lib/access';
import { authorize } from '../../lib/authorize';
import type { RequestContext } from '../../lib/context';
import { rethrowUnique } from '../../lib/db-errors';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { appendAudit } from '../../platform/audit/append-audit';
import { forgetTenantSessions } from '../auth/index';
import {
  countPeopleInUnits,
  findCollectiveRecords,
  findLineage,
  findPredecessorIds,
  findUnit,
  findUnitForUpdate,
  insertLineage,
  insertUnit,
  listUnitsUnder,
  moveSubtree,
  type OrgUnitRow,
  updateUnitFields,
} from './org-units.repository';
import type {
  CreateOrgUnitInput,
  MergeOrgUnitsInput,
  OrgUnitOutput,
  RenameOrgUnitInput,
  SplitOrgUnitInput,
  UpdateOrgUnitInput,
} from './org-units.schemas';
import { unitActions, unitRef } from './unit-access';
import type { UnitStaff } from './unit-staff';

export function presentUnit(row: OrgUnitRow): OrgUnitOutput {
  const { tenantId: _t, createdAt: _c, updatedAt: _u, ...rest } = row;
  return rest;
}

function assertActive(unit: OrgUnitRow) {
  if (unit.status !== 'ACTIVE') throw new AppError('UNIT_NOT_ACTIVE');
}

async function audit(
  tx: Tx,
  ctx: RequestContext,
  action: string,
  entityId: string,
  before: unknown,
  after: unknown,
) {
  await appendAudit(tx, {
    tenantId: ctx.actor.tenantId,
    actorId: ctx.actor.userId,
    action,
    entityType: 'orgUnit',
    entityId,
    before,
    after,
    requestId: ctx.requestId,
  });
}

export async function listUnits(db: Db, ctx: RequestContext) {
  authorize(ctx.actor, 'orgUnit:read');
  const rows = await listUnitsUnder(db, ctx.actor.tenantId, ctx.actor.scopePath);
  return rows.map(presentUnit);
}

export async function getUnitDetail(db: Db, ctx: RequestContext, id: string) {
  const unit = await requireAccess(db, ctx, 'orgUnit:read', unitRef(id));
  const predecessorIds = await findPredecessorIds(db, ctx.actor.tenantId, id);
  const predecessors = await findLineage(db, ctx.actor.tenantId, 'successor', [id, ...predecessorIds]);
  const successors = await findLineage(db, ctx.actor.tenantId, 'predecessor', [id]);
  return {
    unit: presentUnit(unit),
    predecessors: predecessors.filter((l) => l.kind !== 'RENAME'),
    successors: successors.filter((l) => l.kind !== 'RENAME'),
    // A rename links the unit to itself; it is found once, among the links into the unit.
    renames: predecessors.filter((l) => l.kind === 'RENAME' && l.successorId === id),
    peopleCount: await countPeopleInUnits(db, ctx.actor.tenantId, unit.path),
    allowedActions: unitActions(ctx.actor, unit),
  };
}

/** The unit's own collective record together with that of every predecessor, labelled. */
export async function getUnitHistory(db: Db, ctx: RequestContext, id: string) {
  const unit = await requireAccess(db, ctx, 'orgUnit:read', unitRef(id));
  const predecessorIds = await findPredecessorIds(db, ctx.actor.tenantId, id);
  const ids = [id, ...predecessorIds];
  const predecessors = predecessorIds.length
    ? await db
        .select({ id: orgUnit.id, name: orgUnit.name })
        .from(orgUnit)
        .where(and(eq(orgUnit.tenantId, ctx.actor.tenantId), inArray(orgUnit.id, predecessorIds)))
    : [];
  const names = new Map<string, string>([
    [unit.id, unit.name],
    ...predecessors.map((p) => [p.id, p.name] as const),
  ]);
  const { awards, ratings } = await findCollectiveRecords(db, ctx.actor.tenantId, ids);
  const items = [
    ...awards.map((a) => ({
      unitId: a.subjectId,
      kind: 'AWARD' as const,
      year: a.year,
      code: a.awardCode,
      decisionNumber: a.decisionNumber,
    })),
    ...ratings.map((r) => ({
      unitId: r.subjectId,
      kind: 'RATING' as const,
      year: r.year,
      code: r.rating,
      decisionNumber: null,
    })),
  ]
    .map((i) => ({ ...i, unitName: names.get(i.unitId) ?? '', isPredecessor: i.unitId !== id }))
    .sort((a, b) => b.year - a.year || a.unitName.localeCompare(b.unitName, 'vi'));
  return { items };
}

export async function createUnit(db: Db, ctx: RequestContext, input: CreateOrgUnitInput) {
  // The role's permission first; the scope is decided on the unit as read (or locked) in the transaction.
  authorize(ctx.actor, 'orgUnit:create');
  return db.transaction(async (tx) => {
    const id = newId();
    let path = `/${id}/`;
    if (input.parentId) {
      const parent = await requireAccess(tx, ctx, 'orgUnit:create', unitRef(input.parentId));
      assertActive(parent);
      path = `${parent.path}${id}/`;
    } else {
      // A new root is a whole new tree: only someone scoped to the whole tenant may add one.
      authorize(ctx.actor, 'orgUnit:create', { tenantId: ctx.actor.tenantId, path: '/' });
    }
    const values = {
      tenantId: ctx.actor.tenantId,
      id,
      parentId: input.parentId,
      path,
      code: input.code,
      name: input.name,
      type: input.type,
      validFrom: input.validFrom,
    };
    await insertUnit(tx, values).catch(rethrowUnique('DUPLICATE_CODE'));
    const created = await findUnit(tx, ctx.actor.tenantId, id);
    await audit(tx, ctx, 'orgUnit.create', id, null, values);
    return presentUnit(created!);
  });
}

export async function updateUnit(db: Db, ctx: RequestContext, id: string, input: UpdateOrgUnitInput) {
  // The role's permission first; the scope is decided on the unit as read (or locked) in the transaction.
  authorize(ctx.actor, 'orgUnit:update');
  return db.transaction(async (tx) => {
    const unit = await requireAccess(tx, ctx, 'orgUnit:update', unitRef(id));
    const { version, ...fields } = input;
    const ok = await updateUnitFields(tx, ctx.actor.tenantId, id, version, fields).catch(
      rethrowUnique('DUPLICATE_CODE'),
    );
    if (!ok) throw new AppError('VERSION_CONFLICT');
    const updated = (await findUnit(tx, ctx.actor.tenantId, id))!;
    await audit(tx, ctx, 'orgUnit.update', id, presentUnit(unit), presentUnit(updated));
    return presentUnit(updated);
  });
}

export async function renameUnit(db: Db, ctx: RequestContext, id: string, input: RenameOrgUnitInput) {
  // The role's permission first; the scope is decided on the unit as read (or locked) in the transaction.
  authorize(ctx.actor, 'orgUnit:restructure');
  return db.transaction(async (tx) => {
    const unit = await requireAccess(tx, ctx, 'orgUnit:restructure', unitRef(id));
    assertActive(unit);
    const ok = await updateUnitFields(tx, ctx.actor.tenantId, id, input.version, { name: input.name });
    if (!ok) throw new AppError('VERSION_CONFLICT');
    await insertLineage(tx, [
      {
        tenantId: ctx.actor.tenantId,
        id: newId(),
        kind: 'RENAME',
        predecessorId: id,
        successorId: id,
        effectiveDate: input.effectiveDate,
        oldName: unit.name,
        newName: input.name,
        decisionRef: input.decisionRef ?? null,
      },
    ]);
    const updated = (await findUnit(tx, ctx.actor.tenantId, id))!;
    await audit(tx, ctx, 'orgUnit.rename', id, { name: unit.name }, { name: input.name });
    return presentUnit(updated);
  });
}

/**
 * Merge: the absorbed units are dissolved and placed, as history, under the
 * successor; their active sub-units and their people move to the successor.
 * Their records stay theirs, and the successor's pages reach them through lineage.
 */
export async function mergeUnits(db: Db, ctx: RequestContext, input: MergeOrgUnitsInput, staff: UnitStaff) {
  // The role's permission first; the scope is decided on the unit as read (or locked) in the transaction.
  authorize(ctx.actor, 'orgUnit:restructure');
  const absorbedIds = [...new Set(input.absorbedIds)];
  const merged = await db.transaction(async (tx) => {
    const tenantId = ctx.actor.tenantId;
    const absorbed: OrgUnitRow[] = [];
    for (const aid of absorbedIds) {
      const unit = await findUnitForUpdate(tx, tenantId, aid);
      if (!unit) throw new AppError('ORG_UNIT_NOT_FOUND');
      authorize(ctx.actor, 'orgUnit:restructure', unit);
      assertActive(unit);
      absorbed.push(unit);
    }
    let successor: OrgUnitRow;
    if (input.successor.mode === 'EXISTING') {
      if (absorbedIds.includes(input.successor.id))
        throw invalid('Đơn vị kế thừa không được nằm trong danh sách bị sáp nhập.');
      successor = await requireAccess(tx, ctx, 'orgUnit:restructure', unitRef(input.successor.id));
    } else {
      if (absorbed.length < 2) throw invalid('Hợp nhất thành đơn vị mới cần ít nhất 2 đơn vị.');
      const parent = await requireAccess(tx, ctx, 'orgUnit:restructure', unitRef(input.successor.parentId));
      const id = newId();
      const { code, name, type } = input.successor;
      await insertUnit(tx, {
        tenantId,
        id,
        parentId: parent.id,
        path: `${parent.path}${id}/`,
        code,
        name,
        type,
        validFrom: input.effectiveDate,
      }).catch(rethrowUnique('DUPLICATE_CODE'));
      successor = (await findUnit(tx, tenantId, id))!;
    }
    assertActive(successor);
    if (absorbed.some((a) => successor.path.startsWith(a.path))) {
      throw invalid('Đơn vị kế thừa không được là đơn vị con của đơn vị bị sáp nhập.');
    }
    for (const unit of absorbed) {
      const children = await tx
        .select()
        .from(orgUnit)
        .where(
          and(eq(orgUnit.tenantId, tenantId), eq(orgUnit.parentId, unit.id), eq(orgUnit.status, 'ACTIVE')),
        );
      for (const child of children) await moveSubtree(tx, tenantId, child, successor);
      const moved = (await findUnit(tx, tenantId, unit.id))!;
      await moveSubtree(tx, tenantId, moved, successor);
      await tx
        .update(orgUnit)
        .set({ status: 'DISSOLVED', validTo: input.effectiveDate, version: unit.version + 1 })
        .where(and(eq(orgUnit.tenantId, tenantId), eq(orgUnit.id, unit.id)));
      const people = await staff.findPeopleIdsInUnit(tx, tenantId, unit.id);
      await staff.transferPeople(tx, tenantId, people, successor.id, input.effectiveDate);
    }
    await insertLineage(
      tx,
      absorbed.map((a) => ({
        tenantId,
        id: newId(),
        kind: 'MERGE' as const,
        predecessorId: a.id,
        successorId: successor.id,
        effectiveDate: input.effectiveDate,
        decisionRef: input.decisionRef ?? null,
      })),
    );
    await audit(
      tx,
      ctx,
      'orgUnit.merge',
      successor.id,
      { absorbed: absorbed.map(presentUnit) },
      { successorId: successor.id, effectiveDate: input.effectiveDate },
    );
    return presentUnit((await findUnit(tx, tenantId, successor.id))!);
  });
  // Unit paths moved, and with them any signed-in user's scope below them.
  forgetTenantSessions(ctx.actor.tenantId);
  return merged;
}

/** Split: new sibling units take over; people go where assigned, the rest to the first. */
export async function splitUnit(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: SplitOrgUnitInput,
  staff: UnitStaff,
) {
  // The role's permission first; the scope is decided on the unit as read (or locked) in the transaction.
  authorize(ctx.actor, 'orgUnit:restructure');
  const split = await db.transaction(async (tx) => {
    const tenantId = ctx.actor.tenantId;
    const unit = await findUnitForUpdate(tx, tenantId, id);
    if (!unit) throw new AppError('ORG_UNIT_NOT_FOUND');
    authorize(ctx.actor, 'orgUnit:restructure', unit);
    assertActive(unit);
    if (!unit.parentId) throw invalid('Không thể chia tách đơn vị gốc.');
    const parent = (await findUnit(tx, tenantId, unit.parentId))!;
    const created: OrgUnitRow[] = [];
    for (const s of input.successors) {
      const sid = newId();
      await insertUnit(tx, {
        tenantId,
        id: sid,
        parentId: parent.id,
        path: `${parent.path}${sid}/`,
        code: s.code,
        name: s.name,
        type: s.type,
        validFrom: input.effectiveDate,
      }).catch(rethrowUnique('DUPLICATE_CODE'));
      created.push((await findUnit(tx, tenantId, sid))!);
    }
    const people = new Set(await staff.findPeopleIdsInUnit(tx, tenantId, id));
    const byTarget = new Map<number, string[]>();
    for (const a of input.assignments) {
      if (!people.has(a.personId))
        throw invalid('Có cá nhân được phân công không thuộc đơn vị bị chia tách.');
      if (a.successorIndex >= created.length) throw invalid('Chỉ số đơn vị mới không hợp lệ.');
      byTarget.set(a.successorIndex, [...(byTarget.get(a.successorIndex) ?? []), a.personId]);
      people.delete(a.personId);
    }
    byTarget.set(0, [...(byTarget.get(0) ?? []), ...people]);
    for (const [index, ids] of byTarget)
      await staff.transferPeople(tx, tenantId, ids, created[index]!.id, input.effectiveDate);
    const children = await tx
      .select()
      .from(orgUnit)
      .where(and(eq(orgUnit.tenantId, tenantId), eq(orgUnit.parentId, id), eq(orgUnit.status, 'ACTIVE')));
    for (const child of children) await moveSubtree(tx, tenantId, child, created[0]!);
    await tx
      .update(orgUnit)
      .set({ status: 'DISSOLVED', validTo: input.effectiveDate, version: unit.version + 1 })
      .where(and(eq(orgUnit.tenantId, tenantId), eq(orgUnit.id, id)));
    await insertLineage(
      tx,
      created.map((s) => ({
        tenantId,
        id: newId(),
        kind: 'SPLIT' as const,
        predecessorId: id,
        successorId: s.id,
        effectiveDate: input.effectiveDate,
        decisionRef: input.decisionRef ?? null,
      })),
    );
    await audit(tx, ctx, 'orgUnit.split', id, presentUnit(unit), { successors: created.map((s) => s.id) });
    return created.map(presentUnit);
  });
  forgetTenantSessions(ctx.actor.tenantId);
  return split;
}

function invalid(message: string) {
  return new AppError('INVALID_RESTRUCTURE', [{ path: '(gốc)', message }], message);
}
