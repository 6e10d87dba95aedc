import { and, asc, eq, like } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { collective, household, orgUnit } from '../../db/schema/index';
import { requireAccess } from '../../lib/access';
import { authorize } from '../../lib/authorize';
import type { RequestContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { appendAudit } from '../../platform/audit/append-audit';
import { findUnit, unitRef } from '../org-units/index';
import type { CreateCollectiveInput, CreateHouseholdInput } from './households.schemas';

// Households (for Gia đình văn hóa) and named teams (tổ, nhóm) are registered under an
// org unit and follow its scope, like people.

async function scopePath(db: Db, ctx: RequestContext, unitId: string | undefined) {
  if (!unitId) return ctx.actor.scopePath;
  const unit = await findUnit(db, ctx.actor.tenantId, unitId);
  if (!unit) throw new AppError('ORG_UNIT_NOT_FOUND');
  authorize(ctx.actor, 'person:read', unit);
  return unit.path;
}

/** A household or collective is added to an active unit (after the caller's requireAccess). */
function activeUnit<U extends { status: string }>(unit: U): U {
  if (unit.status !== 'ACTIVE') throw new AppError('UNIT_NOT_ACTIVE');
  return unit;
}

export async function listHouseholds(db: Db, ctx: RequestContext, unitId?: string) {
  authorize(ctx.actor, 'person:read');
  const prefix = await scopePath(db, ctx, unitId);
  const rows = await db
    .select({ household, unitName: orgUnit.name })
    .from(household)
    .innerJoin(orgUnit, and(eq(orgUnit.tenantId, household.tenantId), eq(orgUnit.id, household.unitId)))
    .where(and(eq(household.tenantId, ctx.actor.tenantId), like(orgUnit.path, `${prefix}%`)))
    .orderBy(asc(household.headName))
    .limit(1000);
  return rows.map(({ household: h, unitName }) => ({
    id: h.id,
    unitId: h.unitId,
    unitName,
    headName: h.headName,
    address: h.address,
  }));
}

export async function createHousehold(db: Db, ctx: RequestContext, input: CreateHouseholdInput) {
  const unit = await requireAccess(db, ctx, 'person:create', unitRef(input.unitId));
  activeUnit(unit);
  if (unit.type !== 'THON_TO_DAN_PHO' && unit.type !== 'XA_PHUONG') {
    throw new AppError('INVALID_INPUT', [
      { path: 'unitId', message: 'Hộ gia đình phải thuộc thôn, tổ dân phố hoặc xã, phường' },
    ]);
  }
  const row = { tenantId: ctx.actor.tenantId, id: newId(), ...input };
  await db.transaction(async (tx) => {
    await tx.insert(household).values(row);
    await appendAudit(tx, {
      tenantId: row.tenantId,
      actorId: ctx.actor.userId,
      action: 'household.create',
      entityType: 'household',
      entityId: row.id,
      after: input,
      requestId: ctx.requestId,
    });
  });
  return { id: row.id, unitId: unit.id, unitName: unit.name, headName: row.headName, address: row.address };
}

export async function listCollectives(db: Db, ctx: RequestContext, unitId?: string) {
  authorize(ctx.actor, 'person:read');
  const prefix = await scopePath(db, ctx, unitId);
  const rows = await db
    .select({ collective, unitName: orgUnit.name })
    .from(collective)
    .innerJoin(orgUnit, and(eq(orgUnit.tenantId, collective.tenantId), eq(orgUnit.id, collective.unitId)))
    .where(and(eq(collective.tenantId, ctx.actor.tenantId), like(orgUnit.path, `${prefix}%`)))
    .orderBy(asc(collective.name))
    .limit(1000);
  return rows.map(({ collective: c, unitName }) => ({
    id: c.id,
    unitId: c.unitId,
    unitName,
    kind: c.kind,
    name: c.name,
  }));
}

export async function createCollective(db: Db, ctx: RequestContext, input: CreateCollectiveInput) {
  const unit = await requireAccess(db, ctx, 'person:create', unitRef(input.unitId));
  activeUnit(unit);
  const row = {
    tenantId: ctx.actor.tenantId,
    id: newId(),
    unitId: unit.id,
    kind: 'TEAM' as const,
    name: input.name,
  };
  await db.transaction(async (tx) => {
    await tx.insert(collective).values(row);
    await appendAudit(tx, {
      tenantId: row.tenantId,
      actorId: ctx.actor.userId,
      action: 'collective.create',
      entityType: 'collective',
      entityId: row.id,
      after: input,
      requestId: ctx.requestId,
    });
  });
  return { id: row.id, unitId: unit.id, unitName: unit.name, kind: row.kind, name: row.name };
}
