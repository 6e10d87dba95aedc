import { type Permission, ROLE_PERMISSIONS } from './permissions';
import type { Role } from './roles';

/** Who is acting: their tenant, roles and the org-unit subtree they may act on. */
export type Actor = {
  userId: string;
  tenantId: string;
  roles: readonly Role[];
  /** Materialised path of the root of the actor's scope, e.g. "/a1/b2/". */
  scopePath: string;
};

/** What is acted on: the tenant and the org-unit path the thing belongs to. */
export type ScopedResource = { tenantId: string; unitPath: string };

export type Decision = { allowed: true } | { allowed: false; reason: 'NO_PERMISSION' | 'OUT_OF_SCOPE' };

export function hasPermission(actor: Actor, permission: Permission): boolean {
  return actor.roles.some((role) => ROLE_PERMISSIONS[role].includes(permission));
}

export function isInScope(actor: Actor, resource: ScopedResource): boolean {
  return resource.tenantId === actor.tenantId && resource.unitPath.startsWith(actor.scopePath);
}

/**
 * The one permission decision of the system. A permission is granted by a role,
 * and only within the actor's tenant and org-unit subtree.
 */
export function decide(actor: Actor, permission: Permission, resource?: ScopedResource): Decision {
  if (!hasPermission(actor, permission)) return { allowed: false, reason: 'NO_PERMISSION' };
  if (resource && !isInScope(actor, resource)) return { allowed: false, reason: 'OUT_OF_SCOPE' };
  return { allowed: true };
}

/**
 * The path standing for tenant-wide things (the audit log, tenant settings): the
 * root of the actor's tree. Only an actor scoped to that root is in scope.
 */
export function tenantRootPath(actor: Pick<Actor, 'scopePath'>): string {
  return `/${actor.scopePath.split('/')[1] ?? ''}/`;
}

/** Scoped to the root of the tenant's tree, so the actor may act for the tenant as a whole. */
export function isTenantWide(actor: Pick<Actor, 'scopePath'>): boolean {
  return actor.scopePath === tenantRootPath(actor);
}

export function permissionsOf(actor: Pick<Actor, 'roles'>): Permission[] {
  return [...new Set(actor.roles.flatMap((role) => ROLE_PERMISSIONS[role]))];
}
