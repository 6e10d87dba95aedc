import type { Permission } from '@vinhdanh/domain/auth/permissions';
import { type Actor, decide } from '@vinhdanh/domain/auth/policy';
import { AppError } from './errors';

/** The first line of every service function: the policy decides, or the call stops here. */
export function authorize(
  actor: Actor,
  permission: Permission,
  resource?: { tenantId: string; path: string },
) {
  const decision = decide(
    actor,
    permission,
    resource && { tenantId: resource.tenantId, unitPath: resource.path },
  );
  if (!decision.allowed) throw new AppError('FORBIDDEN');
}
