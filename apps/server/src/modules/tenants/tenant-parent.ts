import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { tenant } from '../../db/schema/index';

export type TenantNames = { code: string; name: string };

/**
 * A tenant's code and name, and its parent's in this deployment (a province under the national
 * level, a department under its ministry), or null when it has none here.
 */
export async function tenantWithParent(db: Db | Tx, tenantId: string) {
  const [self] = await db
    .select({ code: tenant.code, name: tenant.name, parentId: tenant.parentTenantId })
    .from(tenant)
    .where(eq(tenant.tenantId, tenantId));
  if (!self) return undefined;
  const [parent] = self.parentId
    ? await db
        .select({ code: tenant.code, name: tenant.name })
        .from(tenant)
        .where(eq(tenant.tenantId, self.parentId))
    : [];
  return {
    self: { code: self.code, name: self.name } as TenantNames,
    parent: (parent ?? null) as TenantNames | null,
  };
}
