import { unitPolicy } from '@vinhdanh/domain/auth/policies/org-unit';
import { type Actor, decide } from '@vinhdanh/domain/auth/policy';
import type { Db, Tx } from '../../db/client';
import { allowedActions, type EntityRef, isAllowed, requireAccess } from '../../lib/access';
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
export function planRef(id: string): EntityRef<LoadedPlan> {
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
export type LoadedPlan = Found & { tenantId: string; path: string };

/** Recording a finding at one of the plan's units, as createInspectionFinding decides it. */
const mayRecordFinding = (actor: Actor, p: LoadedPlan) =>
  isAllowed(actor, 'inspection:manage', planRef(p.plan.id), p);

/**
 * The plan's actions, each decided as the route performing it decides, through planRef. The
 * inspected units lie inside the plan's unit (checkUnits), so decision:revoke over the plan's unit
 * is the same test as over the inspected unit for an actor already let through to the plan.
 */
export const INSPECTION_PLAN_ACTIONS = {
  /** Record a finding (createInspectionFinding). */
  recordFinding: mayRecordFinding,
  /**
   * Record it and revoke the award it names at once (revokeNow): the deciding level's power
   * (Law 2022, Điều 93), which the inspector's role alone does not give.
   */
  revokeNow: (actor: Actor, p: LoadedPlan) =>
    mayRecordFinding(actor, p) && isAllowed(actor, 'decision:revoke', planRef(p.plan.id), p),
} satisfies Record<string, (actor: Actor, p: LoadedPlan) => boolean>;

export type InspectionPlanAction = keyof typeof INSPECTION_PLAN_ACTIONS;

/** What the actor may do on a plan already loaded by planRef. */
export function inspectionPlanActions(actor: Actor, p: LoadedPlan): Record<InspectionPlanAction, boolean> {
  return allowedActions(INSPECTION_PLAN_ACTIONS, (decideAction) => decideAction(actor, p));
}

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
