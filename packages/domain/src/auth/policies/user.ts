import type { Permission } from '../permissions';
import { type Actor, type Decision, decide } from '../policy';

/** Only a system admin hands out (or takes away) the system admin role. */
export function mayGrantRoles(actor: Actor, roles: readonly string[] | undefined): boolean {
  return !roles?.includes('SYSTEM_ADMIN') || actor.roles.includes('SYSTEM_ADMIN');
}

/** An account as its policy sees it: the tenant and the path of the account's unit. */
export type UserFacts = { tenantId: string; unitPath: string };

/** An officer's account is managed from above its unit. */
export function userPolicy(actor: Actor, permission: Permission, u: UserFacts): Decision {
  return decide(actor, permission, { tenantId: u.tenantId, unitPath: u.unitPath });
}

/** An account with its roles, for what changes whether it can sign in (lock, reset). */
export type AccountFacts = UserFacts & { roles: readonly string[] };

/**
 * Disabling, enabling, resetting the password or the second factor of an account: managed from
 * above its unit, and only a system admin acts so on a system admin's account.
 */
export function userLifeCyclePolicy(actor: Actor, permission: Permission, u: AccountFacts): Decision {
  if (u.roles.includes('SYSTEM_ADMIN') && !actor.roles.includes('SYSTEM_ADMIN')) {
    return { allowed: false, reason: 'NO_PERMISSION' };
  }
  return userPolicy(actor, permission, u);
}

/** A new account: its roles, its unit and the scope it is given. */
export type NewUserFacts = {
  tenantId: string;
  unitPath: string;
  scopePath: string;
  roles: readonly string[];
};

/**
 * A new account is given only a unit and a scope the creator holds, and only a system admin
 * makes system admins.
 */
export function newUserPolicy(actor: Actor, permission: Permission, u: NewUserFacts): Decision {
  if (!mayGrantRoles(actor, u.roles)) return { allowed: false, reason: 'NO_PERMISSION' };
  const onUnit = decide(actor, permission, { tenantId: u.tenantId, unitPath: u.unitPath });
  if (!onUnit.allowed) return onUnit;
  return decide(actor, permission, { tenantId: u.tenantId, unitPath: u.scopePath });
}
