import { and, eq, isNotNull, isNull, lt, notLike, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { appUser, session } from '../../db/schema/index';
import { type Account, isSealed } from './mfa-secret-box';

type Conn = Db | Tx;

export async function findUserMfa(db: Conn, tenantId: string, userId: string) {
  const [row] = await db
    .select({
      username: appUser.username,
      mfaSecret: appUser.mfaSecret,
      mfaPendingSecret: appUser.mfaPendingSecret,
      mfaEnabledAt: appUser.mfaEnabledAt,
      mfaLastStep: appUser.mfaLastStep,
      recoveryLeft: sql<number>`coalesce(cardinality(${appUser.mfaRecoveryHashes}), 0)`.mapWith(Number),
    })
    .from(appUser)
    .where(and(eq(appUser.tenantId, tenantId), eq(appUser.id, userId)));
  return row;
}

/**
 * Records the step a code was accepted for, only if it is later than the last one: two requests
 * with the same code (a replay, or a double click) cannot both pass.
 */
export async function claimTotpStep(db: Conn, tenantId: string, userId: string, step: number) {
  const rows = await db
    .update(appUser)
    .set({ mfaLastStep: step })
    .where(
      and(
        eq(appUser.tenantId, tenantId),
        eq(appUser.id, userId),
        or(isNull(appUser.mfaLastStep), lt(appUser.mfaLastStep, step)),
      ),
    )
    .returning({ id: appUser.id });
  return rows.length === 1;
}

/** Uses up a recovery code in one statement: it works once, even when sent twice at once. */
export async function claimRecoveryCode(db: Conn, tenantId: string, userId: string, hash: string) {
  const rows = await db
    .update(appUser)
    .set({ mfaRecoveryHashes: sql`array_remove(${appUser.mfaRecoveryHashes}, ${hash})` })
    .where(
      and(
        eq(appUser.tenantId, tenantId),
        eq(appUser.id, userId),
        sql`${hash} = ANY(${appUser.mfaRecoveryHashes})`,
      ),
    )
    .returning({ id: appUser.id });
  return rows.length === 1;
}

export async function setPendingSecret(db: Conn, tenantId: string, userId: string, secret: string) {
  await db
    .update(appUser)
    .set({ mfaPendingSecret: secret })
    .where(and(eq(appUser.tenantId, tenantId), eq(appUser.id, userId)));
}

export async function enableUserMfa(
  tx: Tx,
  tenantId: string,
  userId: string,
  values: { secret: string; step: number; recoveryHashes: string[]; now: Date },
) {
  await tx
    .update(appUser)
    .set({
      mfaSecret: values.secret,
      mfaPendingSecret: null,
      mfaEnabledAt: values.now,
      mfaLastStep: values.step,
      mfaRecoveryHashes: values.recoveryHashes,
    })
    .where(and(eq(appUser.tenantId, tenantId), eq(appUser.id, userId)));
}

/** An administrator's reset (a lost phone): the account enrols again at its next login. */
export async function clearUserMfa(tx: Tx, tenantId: string, userId: string) {
  await tx
    .update(appUser)
    .set({
      mfaSecret: null,
      mfaPendingSecret: null,
      mfaEnabledAt: null,
      mfaLastStep: null,
      mfaRecoveryHashes: null,
    })
    .where(and(eq(appUser.tenantId, tenantId), eq(appUser.id, userId)));
}

export async function markSessionMfaVerified(db: Conn, tenantId: string, tokenHash: string) {
  await db
    .update(session)
    .set({ mfaVerified: true })
    .where(and(eq(session.tenantId, tenantId), eq(session.tokenHash, tokenHash)));
}

/**
 * The migration path for secrets stored before encryption at rest: every plaintext secret (and
 * pending secret) is sealed in place. Run at each start; a no-op once all are sealed.
 */
export async function sealLegacyMfaSecrets(db: Db, seal: (account: Account, secret: string) => string) {
  const rows = await db
    .select({
      tenantId: appUser.tenantId,
      userId: appUser.id,
      secret: appUser.mfaSecret,
      pending: appUser.mfaPendingSecret,
    })
    .from(appUser)
    .where(
      or(
        and(isNotNull(appUser.mfaSecret), notLike(appUser.mfaSecret, 'v1:%')),
        and(isNotNull(appUser.mfaPendingSecret), notLike(appUser.mfaPendingSecret, 'v1:%')),
      ),
    );
  for (const r of rows) {
    const legacy = (v: string | null) => v !== null && !isSealed(v);
    await db
      .update(appUser)
      .set({
        ...(legacy(r.secret) ? { mfaSecret: seal(r, r.secret as string) } : {}),
        ...(legacy(r.pending) ? { mfaPendingSecret: seal(r, r.pending as string) } : {}),
      })
      .where(and(eq(appUser.tenantId, r.tenantId), eq(appUser.id, r.userId)));
  }
  return rows.length;
}
