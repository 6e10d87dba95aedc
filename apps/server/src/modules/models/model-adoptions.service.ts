import type { Db } from '../../db/client';
import { requireAccess } from '../../lib/access';
import type { RequestContext } from '../../lib/context';
import { rethrowUnique } from '../../lib/db-errors';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { appendAudit } from '../../platform/audit/append-audit';
import { todayVn } from '../../platform/clock';
import { insertAdoption } from './models.repository';
import type { AdoptModelInput } from './models.schemas';
import { getModel } from './models.service';
import { activeUnit, modelRef, modelUnitRef } from './models-access';

/**
 * Spreading (nhân rộng): a unit of the actor's subtree records that it took up a published model,
 * with a short note of how. Once per unit per model (the unique key).
 */
export async function adoptModel(db: Db, ctx: RequestContext, id: string, input: AdoptModelInput) {
  const model = await requireAccess(db, ctx, 'model:read', modelRef(id));
  const unit = await requireAccess(db, ctx, 'model:adopt', modelUnitRef(input.unitId));
  activeUnit(unit);
  const adoptedOn = input.adoptedOn ?? todayVn();
  if (adoptedOn > todayVn()) {
    throw new AppError('INVALID_INPUT', [
      { path: 'adoptedOn', message: 'Ngày nhân rộng không được sau hôm nay' },
    ]);
  }
  await db
    .transaction(async (tx) => {
      if (model.status !== 'APPROVED') throw new AppError('MODEL_NOT_APPROVED');
      const adoptionId = newId();
      await insertAdoption(tx, {
        tenantId: model.tenantId,
        id: adoptionId,
        modelId: id,
        unitId: unit.id,
        note: input.note,
        adoptedOn,
        createdBy: ctx.actor.userId,
      });
      await appendAudit(tx, {
        tenantId: model.tenantId,
        actorId: ctx.actor.userId,
        action: 'model.adopt',
        entityType: 'exemplary_model',
        entityId: id,
        after: { adoptionId, unitId: unit.id, adoptedOn },
        requestId: ctx.requestId,
      });
    })
    .catch(rethrowUnique('MODEL_ALREADY_ADOPTED'));
  return getModel(db, ctx, id);
}
