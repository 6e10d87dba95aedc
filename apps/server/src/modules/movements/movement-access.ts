import type { Permission } from '@vinhdanh/domain/auth/permissions';
import { authorize } from '../../lib/authorize';
import type { RequestContext } from '../../lib/context';
import { AppError } from '../../lib/errors';

/**
 * Reading something launched or organised by a unit: allowed inside the actor's subtree, and
 * also from below it, because a movement or cluster of the province applies to its units.
 */
export function authorizeReadFromAbove(ctx: RequestContext, permission: Permission, ownerPath: string) {
  authorize(ctx.actor, permission);
  const scope = ctx.actor.scopePath;
  if (!ownerPath.startsWith(scope) && !scope.startsWith(ownerPath)) throw new AppError('FORBIDDEN');
}
