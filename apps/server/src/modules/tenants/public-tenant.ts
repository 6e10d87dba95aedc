import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { tenant } from '../../db/schema/index';
import { AppError } from '../../lib/errors';

// The portal and the citizen's OIDC sign-in both need it; it reads the tenants table, so it lives here.
export type PortalTenant = { tenantId: string; code: string; name: string };

/**
 * The tenant whose portal this server shows: VINHDANH_PUBLIC_TENANT by code, else the first tenant
 * created (a province runs its own server; the demo has one tenant).
 */
export async function portalTenant(db: Db, code: string | undefined): Promise<PortalTenant> {
  const [row] = await db
    .select({ tenantId: tenant.tenantId, code: tenant.code, name: tenant.name })
    .from(tenant)
    .where(code ? eq(tenant.code, code) : undefined)
    .orderBy(asc(tenant.createdAt), asc(tenant.code))
    .limit(1);
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}
