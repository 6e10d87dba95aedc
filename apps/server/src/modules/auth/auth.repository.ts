import { and, eq, gt } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { appUser, orgUnit, session, tenant } from '../../db/schema/index';

export async function findUserForLogin(db: Db, username: string) {
  // Login is the one lookup that is not tenant-scoped: the username names the tenant.
  const [row] = await db.select().from(appUser).where(eq(appUser.username, username)).limit(1);
  return row;
}

export async function recordFailedLogin(
  db: Db,
  tenantId: string,
  userId: string,
  attempts: number,
  lockedUntil: Date | null,
) {
  await db
    .update(appUser)
    .set({ failedAttempts: attempts, lockedUntil })
    .where(and(eq(appUser.tenantId, tenantId), eq(appUser.id, userId)));
}

export async function insertSession(db: Db, values: typeof session.$inferInsert) {
  await db.insert(session).values(values);
}

export async function deleteSession(db: Db, tenantId: string, tokenHash: string) {
  await db.delete(session).where(and(eq(session.tenantId, tenantId), eq(session.tokenHash, tokenHash)));
}

export async function findActiveSession(db: Db, tokenHash: string, now: Date) {
  const scopeUnit = orgUnit;
  const [row] = await db
    .select({
      tenantId: session.tenantId,
      tokenHash: session.tokenHash,
      csrfToken: session.csrfToken,
      userId: appUser.id,
      username: appUser.username,
      fullName: appUser.fullName,
      roles: appUser.roles,
      unitId: appUser.unitId,
      scopeUnitId: appUser.scopeUnitId,
      scopePath: scopeUnit.path,
      tenantName: tenant.name,
    })
    .from(session)
    .innerJoin(appUser, and(eq(appUser.tenantId, session.tenantId), eq(appUser.id, session.userId)))
    .innerJoin(
      scopeUnit,
      and(eq(scopeUnit.tenantId, appUser.tenantId), eq(scopeUnit.id, appUser.scopeUnitId)),
    )
    .innerJoin(tenant, eq(tenant.tenantId, session.tenantId))
    .where(and(eq(session.tokenHash, tokenHash), gt(session.expiresAt, now)))
    .limit(1);
  return row;
}

export async function findUserProfile(db: Db, tenantId: string, userId: string) {
  const [row] = await db
    .select({
      id: appUser.id,
      username: appUser.username,
      fullName: appUser.fullName,
      tenantId: appUser.tenantId,
      tenantName: tenant.name,
      unitId: appUser.unitId,
      unitName: orgUnit.name,
      scopeUnitId: appUser.scopeUnitId,
      roles: appUser.roles,
      personId: appUser.personId,
      positionTitle: appUser.positionTitle,
    })
    .from(appUser)
    .innerJoin(orgUnit, and(eq(orgUnit.tenantId, appUser.tenantId), eq(orgUnit.id, appUser.unitId)))
    .innerJoin(tenant, eq(tenant.tenantId, appUser.tenantId))
    .where(and(eq(appUser.tenantId, tenantId), eq(appUser.id, userId)))
    .limit(1);
  return row;
}
