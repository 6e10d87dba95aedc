import type { Db, Tx } from '../../db/client';
import { authorize } from '../../lib/authorize';
import type { RequestContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { findPlan, findUnitRow } from './inspections.repository';

// A plan belongs to its inspecting unit: an inspector (or administrator) whose subtree holds that
// unit reads and changes it, and nobody else; the units it inspects lie under that unit too.

export async function loadPlan(db: Db | Tx, ctx: RequestContext, id: string) {
  authorize(ctx.actor, 'inspection:manage');
  const found = await findPlan(db, ctx.actor.tenantId, id);
  if (!found) throw new AppError('INSPECTION_PLAN_NOT_FOUND');
  authorize(ctx.actor, 'inspection:manage', { tenantId: ctx.actor.tenantId, path: found.unitPath });
  return found;
}

/** A unit of the tenant in the actor's subtree (the inspecting unit of a new plan). */
export async function loadUnitInScope(db: Db | Tx, ctx: RequestContext, unitId: string) {
  authorize(ctx.actor, 'inspection:manage');
  const unit = await findUnitRow(db, ctx.actor.tenantId, unitId);
  if (!unit) throw new AppError('ORG_UNIT_NOT_FOUND');
  authorize(ctx.actor, 'inspection:manage', { tenantId: ctx.actor.tenantId, path: unit.path });
  return unit;
}
