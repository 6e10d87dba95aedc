import type { Permission } from '@vinhdanh/domain/auth/permissions';
import {
  mayGrantRoles,
  newUserPolicy,
  userLifeCyclePolicy,
  userPolicy,
} from '@vinhdanh/domain/auth/policies/user';
import type { Actor } from '@vinhdanh/domain/auth/policy';
import { and, eq } from 'drizzle-orm';
import { appUser, orgUnit } from '../../db/schema/index';
import { allowedActions, type EntityRef, isAllowed } from '../../lib/access';
import { findUnit, type OrgUnitRow } from '../org-units/index';

type UserRow = typeof appUser.$inferSelect;
export type LoadedUser = UserRow & { unitPath: string };

/** An officer's account for requireAccess: managed from above its unit (the domain's user policy). */
export function userRef(id: string): EntityRef<LoadedUser> {
  return {
    load: async (db, tenantId) => {
      const [row] = await db
        .select({ user: appUser, path: orgUnit.path })
        .from(appUser)
        .innerJoin(orgUnit, and(eq(orgUnit.tenantId, appUser.tenantId), eq(orgUnit.id, appUser.unitId)))
        .where(and(eq(appUser.tenantId, tenantId), eq(appUser.id, id)))
        .limit(1);
      return row && { ...row.user, unitPath: row.path };
    },
    notFound: 'USER_NOT_FOUND',
    policy: userPolicy,
  };
}

type NewUser = { unitId: string; scopeUnitId?: string | undefined; roles: readonly string[] };

/**
 * The account about to be made: its unit and scope unit, checked before anything else is done
 * with the request (the password is hashed only for an allowed creation). The role grant is
 * decided before the units are loaded, as it always was.
 */
export function newUserRef(input: NewUser): EntityRef<{
  tenantId: string;
  unit: OrgUnitRow;
  scope: OrgUnitRow;
  unitPath: string;
  scopePath: string;
  roles: readonly string[];
}> {
  return {
    load: async (db, tenantId) => {
      const unit = await findUnit(db, tenantId, input.unitId);
      const scope = input.scopeUnitId ? await findUnit(db, tenantId, input.scopeUnitId) : unit;
      if (!unit || !scope) return undefined;
      return { tenantId, unit, scope, unitPath: unit.path, scopePath: scope.path, roles: input.roles };
    },
    notFound: 'ORG_UNIT_NOT_FOUND',
    policy: newUserPolicy,
    precheck: (actor) =>
      mayGrantRoles(actor, input.roles) ? { allowed: true } : { allowed: false, reason: 'NO_PERMISSION' },
  };
}

/**
 * The account for what changes whether it can sign in (users-life-cycle.service): userRef's load,
 * decided by the life-cycle policy (a system admin's account only by a system admin).
 */
export function userLifeCycleRef(id: string): EntityRef<LoadedUser> {
  return { ...userRef(id), policy: userLifeCyclePolicy };
}

/** An account's actions and the ref of the route performing each, all checking user:manage. */
export const USER_ACTIONS = {
  /** Edit the name, roles, title, e-mail, linked person (PATCH /users/{id}: userRef). */
  edit: 'ACCOUNT',
  /** Disable, enable, reset the password or the second factor (users-life-cycle: userLifeCycleRef). */
  changeLifeCycle: 'LIFE_CYCLE',
  /** Invite to sign in through VNeID (POST /users/{id}/oidc-invitation: userRef). */
  inviteOidc: 'ACCOUNT',
} as const satisfies Record<string, 'ACCOUNT' | 'LIFE_CYCLE'>;

export type UserAction = keyof typeof USER_ACTIONS;
const MANAGE: Permission = 'user:manage';

/** What the actor may do on an account already loaded (with its unit's path), decided by its refs. */
export function userActions(actor: Actor, user: LoadedUser): Record<UserAction, boolean> {
  return allowedActions(USER_ACTIONS, (via) =>
    isAllowed(actor, MANAGE, via === 'ACCOUNT' ? userRef(user.id) : userLifeCycleRef(user.id), user),
  );
}
