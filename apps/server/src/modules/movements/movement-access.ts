import { movementPolicy } from '@vinhdanh/domain/auth/policies/movement';
import type { Db, Tx } from '../../db/client';
import type { EntityRef } from '../../lib/access';
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
