import { and, eq, gt, isNull, lte, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { appUser, loginName, orgUnit, session, tenant } from '../../db/schema/index';

export async function findUserForLogin(db: Db, username: string) {
  // The username names the tenant: the global login_name table says which, then the account is
  // read inside that tenant (one shard on Citus instead of all of them).
  const [owner] = await db
    .select({ tenantId: loginName.tenantId })
    .from(loginName)
    .where(eq(loginName.username, username));
  if (!owner) return undefined;
  const [row] = await db
    .select()
    .from(appUser)
    .where(and(eq(appUser.tenantId, owner.tenantId), eq(appUser.username, username)));
  return row;
}

/**
 * Counts a login attempt before its password is checked, in one statement: the row lock makes
 * concurrent attempts queue, and each re-reads the counter, so however many arrive at once at
 * most `max` pass before the account locks. Returns nothing while the account is locked (the
 * password must then not be checked at all). An expired lock starts a fresh count.
 */
export async function reserveLoginAttempt(
  db: Db,
  tenantId: string,
  userId: string,
  now: Date,
  max: number,
  lockMs: number,
) {
  const at = sql`${now.toISOString()}::timestamptz`;
  const next = sql`CASE WHEN ${appUser.lockedUntil} <= ${at} THEN 1 ELSE ${appUser.failedAttempts} + 1 END`;
  const [row] = await db
    .update(appUser)
    .set({
      failedAttempts: next,
      lockedUntil: sql`CASE WHEN ${next} >= ${max} THEN ${new Date(now.getTime() + lockMs).toISOString()}::timestamptz END`,
    })
    .where(
      and(
        eq(appUser.tenantId, tenantId),
        eq(appUser.id, userId),
        or(isNull(appUser.lockedUntil), lte(appUser.lockedUntil, now)),
      ),
    )
    .returning({ failedAttempts: appUser.failedAttempts, lockedUntil: appUser.lockedUntil });
  return row;
}

/** The right password: the attempt counted before the check, and any lock, are cleared. */
export async function clearFailedLogins(db: Db, tenantId: string, userId: string) {
  await db
    .update(appUser)
    .set({ failedAttempts: 0, lockedUntil: null })
    .where(and(eq(appUser.tenantId, tenantId), eq(appUser.id, userId)));
}

export async function insertSession(db: Db, values: typeof session.$inferInsert) {
  await db.insert(session).values(values);
}

export async function deleteSession(db: Db, tenantId: string, tokenHash: string) {
  await db.delete(session).where(and(eq(session.tenantId, tenantId), eq(session.tokenHash, tokenHash)));
}

/**
 * The session behind a token hash. With the tenant known (tokens carry it since issue 20) the
 * lookup touches one shard; without it (tokens issued before) it searches every tenant.
 */
export async function findActiveSession(db: Db, tenantId: string | null, tokenHash: string, now: Date) {
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
      mustChangePassword: appUser.mustChangePassword,
      demo: appUser.demo,
      mfaEnabledAt: appUser.mfaEnabledAt,
      mfaVerified: session.mfaVerified,
      authMethod: session.authMethod,
      expiresAt: session.expiresAt,
    })
    .from(session)
    .innerJoin(appUser, and(eq(appUser.tenantId, session.tenantId), eq(appUser.id, session.userId)))
    .innerJoin(
      scopeUnit,
      and(eq(scopeUnit.tenantId, appUser.tenantId), eq(scopeUnit.id, appUser.scopeUnitId)),
    )
    .innerJoin(tenant, eq(tenant.tenantId, session.tenantId))
    .where(
      and(
        tenantId ? eq(session.tenantId, tenantId) : undefined,
        eq(session.tokenHash, tokenHash),
        gt(session.expiresAt, now),
        isNull(appUser.disabledAt),
      ),
    )
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
      tenantKind: tenant.kind,
      unitId: appUser.unitId,
      unitName: orgUnit.name,
      scopeUnitId: appUser.scopeUnitId,
      roles: appUser.roles,
      personId: appUser.personId,
      positionTitle: appUser.positionTitle,
      mfaEnabled: sql<boolean>`${appUser.mfaEnabledAt} IS NOT NULL`,
    })
    .from(appUser)
    .innerJoin(orgUnit, and(eq(orgUnit.tenantId, appUser.tenantId), eq(orgUnit.id, appUser.unitId)))
    .innerJoin(tenant, eq(tenant.tenantId, appUser.tenantId))
    .where(and(eq(appUser.tenantId, tenantId), eq(appUser.id, userId)))
    .limit(1);
  return row;
}

/** Ends every session of a user (disabled, password reset or changed), or all but one. */
export async function deleteUserSessions(db: Db, tenantId: string, userId: string, keepTokenHash?: string) {
  await db
    .delete(session)
    .where(
      and(
        eq(session.tenantId, tenantId),
        eq(session.userId, userId),
        keepTokenHash ? ne(session.tokenHash, keepTokenHash) : undefined,
      ),
    );
}
