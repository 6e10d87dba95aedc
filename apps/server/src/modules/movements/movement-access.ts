import { movementPolicy } from '@vinhdanh/domain/auth/policies/movement';
import type { Actor } from '@vinhdanh/domain/auth/policy';
import type { Db, Tx } from '../../db/client';
import { allowedActions, type EntityRef, isAllowed } from '../../lib/access';
import { findMovement } from './movements.repository';

type Found = NonNullable<Awaited<ReturnType<typeof findMovement>>>;

/**
 * The movement for requireAccess: managed inside the launching unit's subtree, read from above
 * it too (the domain's movement policy). Other modules take it from the movements index.
 */
export function movementRef(
  id: string,
): EntityRef<Found & { tenantId: string }, 'movement:read' | 'movement:manage'> {
  return {
    load: async (db: Db | Tx, tenantId: string) => {
      const found = await findMovement(db, tenantId, id);
      return found && { ...found, tenantId: found.movement.tenantId };
    },
    notFound: 'MOVEMENT_NOT_FOUND',
    policy: movementPolicy,
  };
}

/**
 * The movement's actions and the permission the route performing each checks through movementRef.
 * Registering a unit is the unit's act (movement:register on the unit chosen), not the movement's.
 */
export const MOVEMENT_ACTIONS = {
  /** Move it to its next state, attach its launch document, award it (movements.service). */
  manage: 'movement:manage',
} as const satisfies Record<string, 'movement:read' | 'movement:manage'>;

/** What the actor may do on a movement already loaded by movementRef, decided by its policy. */
export function movementActions(actor: Actor, found: Found & { tenantId: string }) {
  return allowedActions(MOVEMENT_ACTIONS, (permission) =>
    isAllowed(actor, permission, movementRef(found.movement.id), found),
  );
}
