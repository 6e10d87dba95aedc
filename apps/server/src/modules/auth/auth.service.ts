import { createHash, randomBytes } from 'node:crypto';
import { isMfaRequired } from '@vinhdanh/domain/auth/mfa-policy';
import type { Actor } from '@vinhdanh/domain/auth/policy';
import type { Role } from '@vinhdanh/domain/auth/roles';
import type { Deps } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { appendAudit } from '../../platform/audit/append-audit';
import {
  clearFailedLogins,
  deleteSession,
  findActiveSession,
  findUserForLogin,
  insertSession,
  reserveLoginAttempt,
} from './auth.repository';
import type { LoginInput } from './auth.schemas';
import { argon2Hasher, type PasswordHasher } from './password';
import { cachedSession, cacheSession, forgetSession, sharedSessionLookup } from './session-cache';
import { createUnknownLogins } from './unknown-logins';

export const MAX_FAILED_ATTEMPTS = 5;
export const LOCKOUT_MS = 5 * 60 * 1000;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * A session token is "<tenant id>.<256 random bits>", so the session lookup can go straight to the
 * tenant's shard on Citus. The whole string is hashed. Tokens without the prefix (issued before)
 * still work: their tenant is null and the lookup searches every tenant.
 */
export function newSessionToken(tenantId: string): string {
  return `${tenantId}.${randomBytes(32).toString('base64url')}`;
}

export function tokenTenant(token: string): string | null {
  const dot = token.indexOf('.');
  const prefix = dot > 0 ? token.slice(0, dot) : '';
  return UUID.test(prefix) ? prefix : null;
}

/** Unknown usernames, counted in memory only; one table per process. */
const unknownLogins = createUnknownLogins(MAX_FAILED_ATTEMPTS, LOCKOUT_MS);

type LoginUser = NonNullable<Awaited<ReturnType<typeof findUserForLogin>>>;

/**
 * Checks the password with the lockout held atomically: the attempt is counted before the
 * password check, so concurrent attempts can check at most MAX_FAILED_ATTEMPTS passwords.
 */
export async function login(deps: Deps, input: LoginInput, requestId: string, now = new Date()) {
  const passwords = deps.passwords ?? argon2Hasher;
  const user = await findUserForLogin(deps.db, input.username);
  if (!user) return refuseUnknown(passwords, input, now);
  const attempt = await reserveLoginAttempt(
    deps.db,
    user.tenantId,
    user.id,
    now,
    MAX_FAILED_ATTEMPTS,
    LOCKOUT_MS,
  );
  if (!attempt) throw new AppError('ACCOUNT_LOCKED');
  if (!(await passwords.verify(user.passwordHash, input.password))) {
    const locked = attempt.lockedUntil !== null;
    await deps.db.transaction((tx) =>
      appendAudit(tx, {
        tenantId: user.tenantId,
        actorId: user.id,
        action: locked ? 'auth.locked' : 'auth.loginFailed',
        entityType: 'user',
        entityId: user.id,
        requestId,
      }),
    );
    throw new AppError(locked ? 'ACCOUNT_LOCKED' : 'INVALID_CREDENTIALS');
  }
  // Told only to someone who knows the password.
  if (user.disabledAt) {
    await clearFailedLogins(deps.db, user.tenantId, user.id);
    throw new AppError('ACCOUNT_DISABLED');
  }
  return startSession(deps, user, requestId, now);
}

/** The same answers as for a known username, after one dummy password check. */
async function refuseUnknown(passwords: PasswordHasher, input: LoginInput, now: Date): Promise<never> {
  const name = input.username.toLowerCase();
  if (unknownLogins.isLocked(name, now.getTime())) throw new AppError('ACCOUNT_LOCKED');
  await passwords.verify(await passwords.dummyHash(), input.password);
  throw new AppError(unknownLogins.fail(name, now.getTime()) ? 'ACCOUNT_LOCKED' : 'INVALID_CREDENTIALS');
}

async function startSession(deps: Deps, user: LoginUser, requestId: string, now: Date) {
  const token = newSessionToken(user.tenantId);
  const csrfToken = randomBytes(24).toString('base64url');
  await deps.db.transaction(async (tx) => {
    await clearFailedLogins(tx, user.tenantId, user.id);
    await insertSession(tx, {
      tenantId: user.tenantId,
      tokenHash: hashToken(token),
      userId: user.id,
      csrfToken,
      // An account with a second factor gets a session that only lets it give the code.
      mfaVerified: user.mfaEnabledAt === null,
      expiresAt: new Date(now.getTime() + deps.config.sessionHours * 3600_000),
    });
    await appendAudit(tx, {
      tenantId: user.tenantId,
      actorId: user.id,
      action: 'auth.login',
      entityType: 'user',
      entityId: user.id,
      requestId,
    });
  });
  return {
    token,
    csrfToken,
    passwordChangeRequired: passwordChangeRequired(deps, user),
    mfaRequired: user.mfaEnabledAt !== null,
  };
}

/**
 * A session opened by an OpenID Connect login. The provider authenticated the user, so the session
 * asks no local password or second factor (see resolveSession and docs/security.md).
 */
export async function startProviderSession(
  deps: Deps,
  user: { tenantId: string; id: string },
  provider: string,
  requestId: string,
  now = new Date(),
) {
  const token = newSessionToken(user.tenantId);
  await deps.db.transaction(async (tx) => {
    await insertSession(tx, {
      tenantId: user.tenantId,
      tokenHash: hashToken(token),
      userId: user.id,
      csrfToken: randomBytes(24).toString('base64url'),
      mfaVerified: true,
      authMethod: `oidc:${provider}`,
      expiresAt: new Date(now.getTime() + deps.config.sessionHours * 3600_000),
    });
    await appendAudit(tx, {
      tenantId: user.tenantId,
      actorId: user.id,
      action: 'auth.oidcLogin',
      entityType: 'user',
      entityId: user.id,
      requestId,
    });
  });
  return token;
}

/**
 * Whether the account must enrol a second factor before anything else: its roles require one
 * (administrators, signers, and the roles the setting adds) and it has none. Demo accounts skip
 * it in the demo trial only, as they skip the forced password change.
 */
export function mfaEnrolmentRequired(
  deps: Deps,
  user: { roles: string[]; mfaEnabledAt: Date | null; demo: boolean },
) {
  if (user.mfaEnabledAt !== null) return false;
  if (user.demo && deps.config.demo) return false;
  return isMfaRequired(user.roles, deps.config.mfaExtraRoles);
}

/**
 * Whether the user must pick a new password before anything else: after an administrator's
 * reset, and for a demo account outside the demo trial (its password is published).
 */
export function passwordChangeRequired(deps: Deps, user: { mustChangePassword: boolean; demo: boolean }) {
  return user.mustChangePassword || (user.demo && !deps.config.demo);
}

export async function logout(deps: Deps, tenantId: string, tokenHash: string) {
  await deleteSession(deps.db, tenantId, tokenHash);
  forgetSession(tokenHash);
}

type SessionRow = NonNullable<Awaited<ReturnType<typeof findActiveSession>>>;

/**
 * The session row, from this process's short cache when it holds it (session-cache.ts); the
 * requests of one session that miss it at once share one lookup.
 */
async function findSession(deps: Deps, token: string, now: Date): Promise<SessionRow | undefined> {
  const tokenHash = hashToken(token);
  const cached = cachedSession<SessionRow>(tokenHash, now);
  if (cached) return cached;
  return sharedSessionLookup(tokenHash, async (startedAt) => {
    const row = await findActiveSession(deps.db, tokenTenant(token), tokenHash, now);
    if (row) cacheSession(row, deps.config.sessionCacheSeconds, startedAt);
    return row;
  });
}

export async function resolveSession(deps: Deps, token: string, now = new Date()) {
  const row = await findSession(deps, token, now);
  if (!row) return null;
  // A provider's login counts as the provider's authentication (docs/security.md, "Đăng nhập một
  // lần"): no local second factor is asked of it, nor a password the account may not even have.
  const viaProvider = row.authMethod.startsWith('oidc:');
  const actor: Actor = {
    userId: row.userId,
    tenantId: row.tenantId,
    roles: row.roles as Role[],
    scopePath: row.scopePath,
  };
  return {
    actor,
    session: {
      tokenHash: row.tokenHash,
      csrfToken: row.csrfToken,
      tenantId: row.tenantId,
      passwordChangeRequired: !viaProvider && passwordChangeRequired(deps, row),
      mfaPending: !viaProvider && !row.mfaVerified && row.mfaEnabledAt !== null,
      mfaEnrolmentRequired: !viaProvider && mfaEnrolmentRequired(deps, row),
      authMethod: row.authMethod,
    },
    row,
  };
}
