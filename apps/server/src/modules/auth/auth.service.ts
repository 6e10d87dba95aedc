import { createHash, randomBytes } from 'node:crypto';
import type { Actor } from '@vinhdanh/domain/auth/policy';
import type { Role } from '@vinhdanh/domain/auth/roles';
import type { Deps } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { appendAudit } from '../audit/audit.repository';
import {
  deleteSession,
  findActiveSession,
  findUserForLogin,
  insertSession,
  recordFailedLogin,
} from './auth.repository';
import type { LoginInput } from './auth.schemas';
import { dummyPasswordHash, verifyPassword } from './password';

export const MAX_FAILED_ATTEMPTS = 5;
export const LOCKOUT_MS = 5 * 60 * 1000;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function login(deps: Deps, input: LoginInput, requestId: string, now = new Date()) {
  const { db, config } = deps;
  const user = await findUserForLogin(db, input.username);
  if (!user) {
    await verifyPassword(await dummyPasswordHash(), input.password);
    throw new AppError('INVALID_CREDENTIALS');
  }
  if (user.lockedUntil && user.lockedUntil > now) throw new AppError('ACCOUNT_LOCKED');
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    const attempts = user.failedAttempts + 1;
    const locked = attempts >= MAX_FAILED_ATTEMPTS;
    await db.transaction(async (tx) => {
      await recordFailedLogin(
        tx,
        user.tenantId,
        user.id,
        locked ? 0 : attempts,
        locked ? new Date(now.getTime() + LOCKOUT_MS) : null,
      );
      await appendAudit(tx, {
        tenantId: user.tenantId,
        actorId: user.id,
        action: locked ? 'auth.locked' : 'auth.loginFailed',
        entityType: 'user',
        entityId: user.id,
        requestId,
      });
    });
    throw new AppError(locked ? 'ACCOUNT_LOCKED' : 'INVALID_CREDENTIALS');
  }
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await db.transaction(async (tx) => {
    await recordFailedLogin(tx, user.tenantId, user.id, 0, null);
    await insertSession(tx, {
      tenantId: user.tenantId,
      tokenHash: hashToken(token),
      userId: user.id,
      csrfToken,
      expiresAt: new Date(now.getTime() + config.sessionHours * 3600_000),
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
  return { token, csrfToken };
}

export async function logout(deps: Deps, tenantId: string, tokenHash: string) {
  await deleteSession(deps.db, tenantId, tokenHash);
}

export async function resolveSession(deps: Deps, token: string, now = new Date()) {
  const row = await findActiveSession(deps.db, hashToken(token), now);
  if (!row) return null;
  const actor: Actor = {
    userId: row.userId,
    tenantId: row.tenantId,
    roles: row.roles as Role[],
    scopePath: row.scopePath,
  };
  return {
    actor,
    session: { tokenHash: row.tokenHash, csrfToken: row.csrfToken, tenantId: row.tenantId },
    row,
  };
}
