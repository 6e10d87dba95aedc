import type { Actor, Decision } from '../policy';
import { decideLaunchedByUnit } from './unit-tree';

/** What the movement policy needs: the tenant and the launching unit's path. */
export type MovementFacts = { tenantId: string; ownerPath: string };

/** A movement is managed inside the launching unit's subtree and read from above it as well. */
export function movementPolicy(
  actor: Actor,
  permission: 'movement:read' | 'movement:manage',
  m: MovementFacts,
): Decision {
  return decideLaunchedByUnit(actor, permission, permission === 'movement:read', {
    tenantId: m.tenantId,
    unitPath: m.ownerPath,
  });
}
