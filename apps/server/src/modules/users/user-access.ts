import { mayGrantRoles, newUserPolicy, userPolicy } from '@vinhdanh/domain/auth/policies/user';
import { and, eq } from 'drizzle-orm';
import { appUser, orgUnit } from '../../db/schema/index';
import type { EntityRef } from '../../lib/access';
import { findUnit, type OrgUnitRow } from '../org-units/index';

type UserRow = typeof appUser.$inferSelect;

/** An officer's account for requireAccess: managed from above its unit (the domain's user policy). */
export function userRef(id: string): EntityRef<UserRow & { unitPath: string }> {
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
