import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { appUser } from '../../db/schema/index';
import { requireAccess } from '../../lib/access';
import { authorize } from '../../lib/authorize';
import type { Deps, RequestContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { appendAudit } from '../../platform/audit/append-audit';
import { argon2Hasher, assertStrongPassword, deleteUserSessions, forgetUserSessions } from '../auth/index';
import { userLifeCycleRef } from './user-access';
import type { ResetPasswordInput } from './users.schemas';

// An administrator's hold on an account in their scope. Each change ends the user's sessions in
// the same transaction and, once it commits, drops them from this process's session cache, so
// the user is out at their next request (docs/decisions/018).

type Change = 'disable' | 'enable' | 'resetPassword' | 'resetMfa';

async function change(
  db: Db,
  ctx: RequestContext,
  id: string,
  kind: Change,
  fields: Partial<typeof appUser.$inferInsert>,
) {
  authorize(ctx.actor, 'user:manage');
  if (kind === 'disable' && id === ctx.actor.userId) throw new AppError('CANNOT_DISABLE_SELF');
  const done = await db.transaction(async (tx) => {
    // Only a system admin acts on a system admin's account (the domain's userLifeCyclePolicy).
    await requireAccess(tx, ctx, 'user:manage', userLifeCycleRef(id));
    await tx
      .update(appUser)
      .set(fields)
      .where(and(eq(appUser.tenantId, ctx.actor.tenantId), eq(appUser.id, id)));
    if (kind !== 'enable') await deleteUserSessions(tx, ctx.actor.tenantId, id);
    await appendAudit(tx, {
      tenantId: ctx.actor.tenantId,
      actorId: ctx.actor.userId,
      action: `user.${kind}`,
      entityType: 'user',
      entityId: id,
      requestId: ctx.requestId,
    });
    return { ok: true as const };
  });
  // After the commit: a lookup racing the transaction must not keep the old row (session-cache.ts).
  forgetUserSessions(ctx.actor.tenantId, id);
  return done;
}

export function disableUser(db: Db, ctx: RequestContext, id: string) {
  authorize(ctx.actor, 'user:manage');
  return change(db, ctx, id, 'disable', { disabledAt: new Date() });
}

export function enableUser(db: Db, ctx: RequestContext, id: string) {
  authorize(ctx.actor, 'user:manage');
  return change(db, ctx, id, 'enable', { disabledAt: null, failedAttempts: 0, lockedUntil: null });
}

/** A temporary password the user must replace at their next login; the lockout is lifted. */
export async function resetPassword(deps: Deps, ctx: RequestContext, id: string, input: ResetPasswordInput) {
  authorize(ctx.actor, 'user:manage');
  assertStrongPassword(input.temporaryPassword, 'temporaryPassword');
  const passwordHash = await (deps.passwords ?? argon2Hasher).hash(input.temporaryPassword);
  return change(deps.db, ctx, id, 'resetPassword', {
    passwordHash,
    mustChangePassword: true,
    failedAttempts: 0,
    lockedUntil: null,
  });
}

/**
 * A lost phone and lost recovery codes: the second factor is removed and the user's sessions end;
 * an account whose roles require one enrols again at its next login.
 */
export function resetMfa(db: Db, ctx: RequestContext, id: string) {
  authorize(ctx.actor, 'user:manage');
  return change(db, ctx, id, 'resetMfa', {
    mfaSecret: null,
    mfaPendingSecret: null,
    mfaEnabledAt: null,
    mfaLastStep: null,
    mfaRecoveryHashes: null,
  });
}
