import { z } from '@hono/zod-openapi';
import { TENANT_AWARD_CODE } from '@vinhdanh/domain/rules/tenant-awards';

/**
 * An award code at the edge: its shape only. Award codes are an open list (the law's, the state's and the
 * province's own, issue 12), so whether the code exists is checked by the service against the catalogue in
 * force for the tenant (`requireAward`, error AWARD_NOT_IN_CATALOGUE), not by an enum here.
 */
export const awardCodeField = (message = 'Danh hiệu, hình thức khen thưởng không có trong danh mục') =>
  z.string({ error: message }).trim().regex(TENANT_AWARD_CODE, message);
