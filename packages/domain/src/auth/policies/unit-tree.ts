import type { Permission } from '../permissions';
import { type Actor, type Decision, decide, type ScopedResource, tenantRootPath } from '../policy';

/**
 * Reading something a unit launched or organised (a movement, a cluster): allowed inside the
 * actor's subtree, and also from below it, because what the province launches applies to its
 * units. The one statement of "ancestors may read"; the list queries filter the same way in SQL
 * (movements.repository, clusters.repository), which cannot call a function per row.
 */
export function decideReadFromAbove(
  actor: Actor,
  permission: Permission,
  resource: ScopedResource,
): Decision {
  const plain = decide(actor, permission);
  if (!plain.allowed) return plain;
  if (resource.tenantId !== actor.tenantId) return { allowed: false, reason: 'OUT_OF_SCOPE' };
  const below = resource.unitPath.startsWith(actor.scopePath);
  const above = actor.scopePath.startsWith(resource.unitPath);
  return below || above ? { allowed: true } : { allowed: false, reason: 'OUT_OF_SCOPE' };
}

/**
 * What a unit launched or organised (a movement, a cluster): read from above as well as inside the
 * subtree (decideReadFromAbove), managed only inside it.
 */
export function decideLaunchedByUnit(
  actor: Actor,
  permission: Permission,
  isRead: boolean,
  resource: ScopedResource,
): Decision {
  return isRead ? decideReadFromAbove(actor, permission, resource) : decide(actor, permission, resource);
}

/** Tenant-wide things (the fund, the emulation office's queues): only an actor scoped to the root. */
export function decideTenantWide(actor: Actor, permission: Permission): Decision {
  return decide(actor, permission, { tenantId: actor.tenantId, unitPath: tenantRootPath(actor) });
}
