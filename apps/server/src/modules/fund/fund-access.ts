import { type FundPermission, fundPolicy } from '@vinhdanh/domain/auth/policies/fund';
import type { TenantRef } from '../../lib/access';
import { AppError } from '../../lib/errors';
import { todayVn } from '../../platform/clock';

/** The fund for requireAccess: the tenant's, kept from its root (the domain's fund policy). */
export const FUND: TenantRef<FundPermission> = { tenantPolicy: fundPolicy };

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
