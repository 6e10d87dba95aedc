import { and, eq } from 'drizzle-orm';
import { appUser } from '../../db/schema/index';
import { authorizeSelf } from '../../lib/access';
import type { Deps, RequestContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { appendAudit } from '../../platform/audit/append-audit';
import { clearFailedLogins, deleteUserSessions, reserveLoginAttempt } from './auth.repository';
import type { ChangePasswordInput } from './auth.schemas';
import { LOCKOUT_MS, MAX_FAILED_ATTEMPTS } from './auth.service';
import { argon2Hasher } from './password';
import { assertStrongPassword } from './password-policy';
import { forgetUserSessions } from './session-cache';

/**
 * The signed-in user picks a new password. The current one is checked under the same lockout
 * as login (a stolen session must not become a password oracle); every other session ends.
 */
export async function changePassword(
  deps: Deps,
  ctx: RequestContext,
  sessionTokenHash: string,
  input: ChangePasswordInput,
  now = new Date(),
) {
  const { tenantId, userId } = authorizeSelf(ctx);
  const passwords = deps.passwords ?? argon2Hasher;
  const [user] = await deps.db
    .select()
    .from(appUser)
    .where(and(eq(appUser.tenantId, tenantId), eq(appUser.id, userId)));
  if (!user) throw new AppError('UNAUTHENTICATED');
  assertStrongPassword(input.newPassword, 'newPassword', user.username);
  const attempt = await reserveLoginAttempt(deps.db, tenantId, userId, now, MAX_FAILED_ATTEMPTS, LOCKOUT_MS);
  if (!attempt) throw new AppError('ACCOUNT_LOCKED');
  if (!(await passwords.verify(user.passwordHash, input.currentPassword))) {
    throw new AppError(attempt.lockedUntil ? 'ACCOUNT_LOCKED' : 'WRONG_PASSWORD', [
      { path: 'currentPassword', message: 'Mật khẩu hiện tại không đúng.' },
    ]);
  }
  await clearFailedLogins(deps.db, tenantId, userId);
  if (await passwords.verify(user.passwordHash, input.newPassword)) throw new AppError('SAME_PASSWORD');
  const passwordHash = await passwords.hash(input.newPassword);
  await deps.db.transaction(async (tx) => {
    await tx
      // A demo account that changed its published password is an ordinary account from then on.
      .update(appUser)
      .set({ passwordHash, mustChangePassword: false, demo: false })
      .where(and(eq(appUser.tenantId, tenantId), eq(appUser.id, userId)));
    await deleteUserSessions(tx, tenantId, userId, sessionTokenHash);
    await appendAudit(tx, {
      tenantId,
      actorId: userId,
      action: 'user.passwordChanged',
      entityType: 'user',
      entityId: userId,
      requestId: ctx.requestId,
    });
  });
  // The other sessions ended, and this one no longer owes a password change.
  forgetUserSessions(tenantId, userId);
  return { ok: true as const };
}
