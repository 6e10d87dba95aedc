import type { Permission } from '@vinhdanh/domain/auth/permissions';
import { tenantRootPath } from '@vinhdanh/domain/auth/policy';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { tenant } from '../../db/schema/index';
import { authorize } from '../../lib/authorize';
import type { RequestContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { findUnit } from '../org-units/index';

export type ReportScope = { unitId: string; unitName: string; path: string; tenantName: string };

/**
 * The subtree a report covers: the chosen unit, or the actor's own scope. An officer asking for a
 * unit outside their subtree is refused, so a report never counts what its reader may not see.
 */
export async function resolveReportScope(
  db: Db,
  ctx: RequestContext,
  permission: Permission,
  unitId: string | undefined,
): Promise<ReportScope> {
  authorize(ctx.actor, permission);
  const id = unitId ?? ctx.actor.scopePath.split('/').filter(Boolean).at(-1);
  const unit = id ? await findUnit(db, ctx.actor.tenantId, id) : undefined;
  if (!unit) throw new AppError('ORG_UNIT_NOT_FOUND');
  authorize(ctx.actor, permission, unit);
  const [t] = await db
    .select({ name: tenant.name })
    .from(tenant)
    .where(eq(tenant.tenantId, ctx.actor.tenantId));
  return { unitId: unit.id, unitName: unit.name, path: unit.path, tenantName: t?.name ?? '' };
}

export const isTenantRoot = (ctx: RequestContext, scope: ReportScope) =>
  scope.path === tenantRootPath(ctx.actor);
