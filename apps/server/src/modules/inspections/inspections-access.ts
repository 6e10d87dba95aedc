import { unitPolicy } from '@vinhdanh/domain/auth/policies/org-unit';
import { decide } from '@vinhdanh/domain/auth/policy';
import type { Db, Tx } from '../../db/client';
import { type EntityRef, requireAccess } from '../../lib/access';
import { authorize } from '../../lib/authorize';
import type { RequestContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { findPlan, findUnitRow } from './inspections.repository';

// A plan belongs to its inspecting unit: an inspector (or administrator) whose subtree holds that
// unit reads and changes it, and nobody else; the units it inspects lie under that unit too.

/**
 * An inspection plan for requireAccess: managed inside the inspecting unit's subtree (the
 * domain's unit policy); the role's permission is checked before the load.
 */
export function planRef(id: string): EntityRef<Found & { tenantId: string; path: string }> {
  return {
    load: async (db, tenantId) => {
      const found = await findPlan(db, tenantId, id);
      return found && { ...found, tenantId, path: found.unitPath };
    },
    notFound: 'INSPECTION_PLAN_NOT_FOUND',
    policy: unitPolicy,
    precheck: decide,
  };
}

type Found = NonNullable<Awaited<ReturnType<typeof findPlan>>>;

/** The plan, in a transaction of the caller's. */
export function loadPlan(db: Db | Tx, ctx: RequestContext, id: string) {
  return requireAccess(db, ctx, 'inspection:manage', planRef(id));
}

/** A unit of the tenant in the actor's subtree (the inspecting unit of a new plan). */
export async function loadUnitInScope(db: Db | Tx, ctx: RequestContext, unitId: string) {
  authorize(ctx.actor, 'inspection:manage');
  const unit = await findUnitRow(db, ctx.actor.tenantId, unitId);
  if (!unit) throw new AppError('ORG_UNIT_NOT_FOUND');
  authorize(ctx.actor, 'inspection:manage', { tenantId: ctx.actor.tenantId, path: unit.path });
  return unit;
}
