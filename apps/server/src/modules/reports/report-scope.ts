import { unitPolicy } from '@vinhdanh/domain/auth/policies/org-unit';
import { decide, tenantRootPath } from '@vinhdanh/domain/auth/policy';
import { eq } from 'drizzle-orm';
import { tenant } from '../../db/schema/index';
import type { EntityRef } from '../../lib/access';
import type { RequestContext } from '../../lib/context';
import { findUnit } from '../org-units/index';

export type ReportScope = { unitId: string; unitName: string; path: string; tenantName: string };

/**
 * The subtree a report covers, for requireAccess: the chosen unit, or the actor's own scope. An
 * officer asking for a unit outside their subtree is refused (the domain's unit policy), so a
 * report never counts what its reader may not see. The role's permission is checked first.
 */
export function reportScopeRef(unitId: string | undefined): EntityRef<ReportScope & { tenantId: string }> {
  return {
    load: async (db, tenantId, actor) => {
      const id = unitId ?? actor.scopePath.split('/').filter(Boolean).at(-1);
      const unit = id ? await findUnit(db, tenantId, id) : undefined;
      if (!unit) return undefined;
      const [t] = await db.select({ name: tenant.name }).from(tenant).where(eq(tenant.tenantId, tenantId));
      return { tenantId, unitId: unit.id, unitName: unit.name, path: unit.path, tenantName: t?.name ?? '' };
    },
    notFound: 'ORG_UNIT_NOT_FOUND',
    policy: unitPolicy,
    precheck: decide,
  };
}

export const isTenantRoot = (ctx: RequestContext, scope: ReportScope) =>
  scope.path === tenantRootPath(ctx.actor);
