import type { Permission } from '../permissions';
import { type Actor, type Decision, decide } from '../policy';

/** What the unit policy needs: the tenant and the unit's materialised path. */
export type UnitFacts = { tenantId: string; path: string };

/**
 * Acting on a unit, or on something created in it (a movement it launches, a cluster it
 * organises, a registration it files): the permission, inside the actor's subtree.
 */
export function unitPolicy(actor: Actor, permission: Permission, unit: UnitFacts): Decision {
  return decide(actor, permission, { tenantId: unit.tenantId, unitPath: unit.path });
}
