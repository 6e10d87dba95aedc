import { and, asc, eq, gt, isNull, lt } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { appUser, oidcIdentity, oidcInvitation, oidcLogin, orgUnit } from '../../db/schema/index';

type Conn = Db | Tx;

export async function insertLoginState(db: Conn, values: typeof oidcLogin.$inferInsert, now: Date) {
  await db.transaction(async (tx) => {
    // Housekeeping: logins abandoned at the provider's page leave rows that nobody will claim.
    await tx
      .delete(oidcLogin)
      .where(and(eq(oidcLogin.tenantId, values.tenantId), lt(oidcLogin.expiresAt, now)));
    await tx.insert(oidcLogin).values(values);
  });
}

/** Takes a login's state row out, so a callback works once; nothing if absent or expired. */
export async function takeLoginState(db: Conn, tenantId: string, stateHash: string, now: Date) {
  const [row] = await db
    .delete(oidcLogin)
    .where(and(eq(oidcLogin.tenantId, tenantId), eq(oidcLogin.stateHash, stateHash)))
    .returning();
  return row && row.expiresAt > now ? row : undefined;
}

export async function findIdentityUser(db: Conn, tenantId: string, provider: string, subject: string) {
  const [row] = await db
    .select({
      id: appUser.id,
      tenantId: appUser.tenantId,
      roles: appUser.roles,
      disabledAt: appUser.disabledAt,
    })
    .from(oidcIdentity)
    .innerJoin(appUser, and(eq(appUser.tenantId, oidcIdentity.tenantId), eq(appUser.id, oidcIdentity.userId)))
    .where(
      and(
        eq(oidcIdentity.tenantId, tenantId),
        eq(oidcIdentity.provider, provider),
        eq(oidcIdentity.subject, subject),
      ),
    );
  return row;
}

export async function insertIdentity(db: Conn, values: typeof oidcIdentity.$inferInsert) {
  await db.insert(oidcIdentity).values(values);
}

export async function hasIdentityForUser(db: Conn, tenantId: string, provider: string, userId: string) {
  const [row] = await db
    .select({ subject: oidcIdentity.subject })
    .from(oidcIdentity)
    .where(
      and(
        eq(oidcIdentity.tenantId, tenantId),
        eq(oidcIdentity.provider, provider),
        eq(oidcIdentity.userId, userId),
      ),
    );
  return row !== undefined;
}

export async function insertInvitation(db: Conn, values: typeof oidcInvitation.$inferInsert) {
  await db.insert(oidcInvitation).values(values);
}

/**
 * Uses up an unused, unexpired invitation in one statement (two logins presenting the same code
 * at once cannot both link). Returns the invited account, with its state, or nothing.
 */
export async function useInvitation(db: Conn, tenantId: string, codeHash: string, now: Date) {
  const [row] = await db
    .update(oidcInvitation)
    .set({ usedAt: now })
    .where(
      and(
        eq(oidcInvitation.tenantId, tenantId),
        eq(oidcInvitation.codeHash, codeHash),
        isNull(oidcInvitation.usedAt),
        gt(oidcInvitation.expiresAt, now),
      ),
    )
    .returning({ userId: oidcInvitation.userId });
  if (!row) return undefined;
  const [user] = await db
    .select({
      id: appUser.id,
      tenantId: appUser.tenantId,
      roles: appUser.roles,
      disabledAt: appUser.disabledAt,
    })
    .from(appUser)
    .where(and(eq(appUser.tenantId, tenantId), eq(appUser.id, row.userId)));
  return user;
}

/** The tenant's root unit: a citizen account belongs there (it acts on no unit). */
export async function findRootUnit(db: Conn, tenantId: string) {
  const [row] = await db
    .select({ id: orgUnit.id })
    .from(orgUnit)
    .where(and(eq(orgUnit.tenantId, tenantId), isNull(orgUnit.parentId)))
    .orderBy(asc(orgUnit.createdAt))
    .limit(1);
  return row;
}
