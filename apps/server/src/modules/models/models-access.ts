import type { Permission } from '@vinhdanh/domain/auth/permissions';
import { tenantRootPath } from '@vinhdanh/domain/auth/policy';
import type { Db, Tx } from '../../db/client';
import { authorize } from '../../lib/authorize';
import type { RequestContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { findModel, findUnitRow, type ModelRow } from './models.repository';

type ModelPermission = Extract<Permission, `model:${string}`>;

/**
 * A model belongs to the unit that proposed it: the unit's subtree reads and edits it. Once
 * approved it is public, so any officer of the tenant with model:read reads it (and may adopt it).
 */
export async function loadModel(
  db: Db | Tx,
  ctx: RequestContext,
  id: string,
  permission: ModelPermission,
): Promise<ModelRow> {
  authorize(ctx.actor, permission);
  const model = await findModel(db, ctx.actor.tenantId, id);
  if (!model) throw new AppError('MODEL_NOT_FOUND');
  if (permission === 'model:read' && model.status === 'APPROVED') return model;
  authorize(ctx.actor, permission, { tenantId: model.tenantId, path: model.unitPath });
  return model;
}

/** The emulation office acts for the whole tenant: only an actor scoped to the tenant's root. */
export function authorizeOffice(ctx: RequestContext) {
  authorize(ctx.actor, 'model:review', { tenantId: ctx.actor.tenantId, path: tenantRootPath(ctx.actor) });
}

/** A unit of the tenant in the actor's scope (the proposing or the adopting unit). */
export async function loadUnitInScope(
  db: Db | Tx,
  ctx: RequestContext,
  unitId: string,
  permission: ModelPermission,
) {
  authorize(ctx.actor, permission);
  const unit = await findUnitRow(db, ctx.actor.tenantId, unitId);
  if (!unit) throw new AppError('ORG_UNIT_NOT_FOUND');
  authorize(ctx.actor, permission, { tenantId: ctx.actor.tenantId, path: unit.path });
  if (unit.status !== 'ACTIVE') throw new AppError('UNIT_NOT_ACTIVE');
  return unit;
}
