import { isCitizen } from '@vinhdanh/domain/auth/roles';
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { oidcInvitation } from '../../db/schema/index';
import { requireAccess } from '../../lib/access';
import { authorize } from '../../lib/authorize';
import type { RequestContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { appendAudit } from '../../platform/audit/append-audit';
import { userRef } from '../users/index';
import { insertInvitation } from './oidc.repository';
import { invitationHash, newInvitationCode } from './oidc-login.service';

/** An invitation is good for a week: long enough to reach the officer, short enough to go stale. */
export const INVITATION_DAYS = 7;

/**
 * An administrator invites an existing officer account (in their scope) to link a provider login.
 * The code is shown once; a new code replaces any unused one of the same account.
 */
export async function createOidcInvitation(db: Db, ctx: RequestContext, userId: string, now = new Date()) {
  authorize(ctx.actor, 'user:manage');
  const code = newInvitationCode();
  const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 86_400_000);
  await db.transaction(async (tx) => {
    const user = await requireAccess(tx, ctx, 'user:manage', userRef(userId));
    if (isCitizen(user.roles)) throw new AppError('FORBIDDEN');
    if (user.disabledAt) throw new AppError('ACCOUNT_DISABLED');
    await tx
      .update(oidcInvitation)
      .set({ expiresAt: now })
      .where(
        and(
          eq(oidcInvitation.tenantId, ctx.actor.tenantId),
          eq(oidcInvitation.userId, userId),
          isNull(oidcInvitation.usedAt),
        ),
      );
    await insertInvitation(tx, {
      tenantId: ctx.actor.tenantId,
      id: newId(),
      userId,
      codeHash: invitationHash(code),
      createdBy: ctx.actor.userId,
      expiresAt,
    });
    await appendAudit(tx, {
      tenantId: ctx.actor.tenantId,
      actorId: ctx.actor.userId,
      action: 'user.oidcInvited',
      entityType: 'user',
      entityId: userId,
      requestId: ctx.requestId,
    });
  });
  return { code, expiresAt: expiresAt.toISOString() };
}
