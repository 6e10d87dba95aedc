import { type ModelPermission, modelOfficePolicy, modelPolicy } from '@vinhdanh/domain/auth/policies/model';
import { unitPolicy } from '@vinhdanh/domain/auth/policies/org-unit';
import { type Actor, decide } from '@vinhdanh/domain/auth/policy';
import { allowedActions, type EntityRef, isAllowed, type TenantRef } from '../../lib/access';
import { AppError } from '../../lib/errors';
import { findConference } from './model-conferences.repository';
import { findModel, findUnitRow, type ModelRow } from './models.repository';

/**
 * The model for requireAccess (the domain's model policy). The permission is checked before the
 * load, so an officer without it is refused whether or not the id exists.
 */
export function modelRef(id: string): EntityRef<ModelRow, ModelPermission> {
  return {
    load: (db, tenantId) => findModel(db, tenantId, id),
    notFound: 'MODEL_NOT_FOUND',
    policy: modelPolicy,
    precheck: decide,
  };
}

/** The emulation office: the review queue and the conferences are the tenant's, kept from its root. */
export const MODEL_OFFICE: TenantRef<ModelPermission> = { tenantPolicy: modelOfficePolicy };

type UnitRow = NonNullable<Awaited<ReturnType<typeof findUnitRow>>>;

/** A unit of the tenant in the actor's scope (the proposing or the adopting unit). */
export function modelUnitRef(unitId: string): EntityRef<UnitRow & { tenantId: string }, ModelPermission> {
  return {
    load: async (db, tenantId) => {
      const unit = await findUnitRow(db, tenantId, unitId);
      return unit && { ...unit, tenantId };
    },
    notFound: 'ORG_UNIT_NOT_FOUND',
    policy: unitPolicy,
    precheck: decide,
  };
}

/** A model is proposed or adopted by a unit still active (not merged away). */
export function activeUnit<U extends { status: string }>(unit: U): U {
  if (unit.status !== 'ACTIVE') throw new AppError('UNIT_NOT_ACTIVE');
  return unit;
}

type Conference = NonNullable<Awaited<ReturnType<typeof findConference>>>;

/** A conference of the emulation office: the office's check comes before the load, as for its lists. */
export function conferenceRef(id: string): EntityRef<Conference, ModelPermission> {
  return {
    load: (db, tenantId) => findConference(db, tenantId, id),
    notFound: 'CONFERENCE_NOT_FOUND',
    policy: (actor, permission) => modelOfficePolicy(actor, permission),
    precheck: modelOfficePolicy,
  };
}

/**
 * A model's actions in the lists, each decided as the route performing it decides (adoptModel):
 * model:read on the model through modelRef, and model:adopt for the adopting unit, which the
 * form picks in the actor's subtree and modelUnitRef checks on the write; before that unit is
 * chosen the flag is modelUnitRef's precheck (the role's permission). The office's review is the
 * queue's, kept from the tenant's root (MODEL_OFFICE), not an action of each model.
 */
export const MODEL_ACTIONS = {
  /** Record that a unit of the actor's subtree took the published model up (nhân rộng). */
  adopt: (actor: Actor, m: ModelRow) =>
    isAllowed(actor, 'model:read', modelRef(m.id), m) && decide(actor, 'model:adopt').allowed,
} satisfies Record<string, (actor: Actor, m: ModelRow) => boolean>;

export type ModelAction = keyof typeof MODEL_ACTIONS;

/** What the actor may do on a model already loaded. */
export function modelActions(actor: Actor, m: ModelRow): Record<ModelAction, boolean> {
  return allowedActions(MODEL_ACTIONS, (decideAction) => decideAction(actor, m));
}
