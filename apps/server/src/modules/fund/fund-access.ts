import type { Permission } from '@vinhdanh/domain/auth/permissions';
import { tenantRootPath } from '@vinhdanh/domain/auth/policy';
import { authorize } from '../../lib/authorize';
import type { RequestContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { todayVn } from '../../platform/clock';

/**
 * The fund is the tenant's (the deciding level pays from its own fund), so only actors scoped to
 * the tenant's root read or keep it: a unit's officer sees no province money.
 */
export function authorizeFund(ctx: RequestContext, permission: Extract<Permission, `fund:${string}`>) {
  authorize(ctx.actor, permission, { tenantId: ctx.actor.tenantId, path: tenantRootPath(ctx.actor) });
}

/** The voucher date (today in Vietnam unless given) and the fiscal year it books into. */
export function entryDateOf(given: string | undefined): { entryDate: string; year: number } {
  const entryDate = given ?? todayVn();
  if (Number.isNaN(Date.parse(`${entryDate}T00:00:00Z`))) {
    throw new AppError('INVALID_INPUT', [{ path: 'entryDate', message: 'Ngày chứng từ không hợp lệ' }]);
  }
  // A voucher is not dated in the future: the money has moved when it is booked.
  if (entryDate > todayVn()) {
    throw new AppError('INVALID_INPUT', [
      { path: 'entryDate', message: 'Ngày chứng từ không được sau ngày hôm nay' },
    ]);
  }
  return { entryDate, year: Number(entryDate.slice(0, 4)) };
}
