import { fundPolicy } from '@vinhdanh/domain/auth/policies/fund';
import type { Db } from '../../db/client';
import type { RequestContext } from '../../lib/context';
import { flowsByYear } from './fund.repository';

/**
 * What the leader's dashboard shows of the fund beside the awards' money: what the fund really
 * paid out (and took in) each year, and its balance at the end of the last year. Null for an actor
 * who may not read the fund (no permission, or scoped below the tenant's root): the dashboard
 * then leaves the block out instead of failing. Not a service entry point (the dashboard's service
 * asks the access layer first), so it lives outside the *.service.ts files the access scan judges.
 */
export async function getFundYears(db: Db, ctx: RequestContext, yearFrom: number, yearTo: number) {
  if (!fundPolicy(ctx.actor, 'fund:read').allowed) return null;
  const flows = await flowsByYear(db, ctx.actor.tenantId, yearFrom, yearTo);
  const at = (year: number) => flows.years.find((y) => y.year === year);
  return {
    byYear: Array.from({ length: yearTo - yearFrom + 1 }, (_, i) => yearFrom + i).map((year) => ({
      year,
      inVnd: at(year)?.inVnd ?? 0,
      paidVnd: at(year)?.outVnd ?? 0,
    })),
    closingVnd: flows.closingVnd,
  };
}
