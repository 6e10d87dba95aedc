import { and, asc, eq, gte, isNull } from 'drizzle-orm';
import type { Db } from '../db/client';
import { appUser, decision, orgUnit } from '../db/schema/index';
import type { RequestContext } from '../lib/context';
import { AppError } from '../lib/errors';
import { addReceipt, confirmPayment } from '../modules/fund/index';
import { currentYearVn, todayVn } from '../platform/clock';

const FUND_YEARS = 5;
/** The treasury pays some weeks after the decision is signed. */
const PAYMENT_DELAY_DAYS = 20;

const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The province's emulation fund over the dashboard's five years, kept by the demo's finance
 * officer through the fund's own services (so the ledger is what the console would write): the
 * money of every provincial decision paid some weeks after signing, and each year's budget
 * allocation a little above what that year paid. Without it the leader's "Đã chi từ Quỹ" series
 * and the fund page would be empty on a fresh demo.
 */
export async function seedDemoFund(db: Db, tenantId: string) {
  const [keeper] = await db
    .select({ id: appUser.id })
    .from(appUser)
    .where(and(eq(appUser.tenantId, tenantId), eq(appUser.username, 'ketoan')));
  const [root] = await db
    .select({ path: orgUnit.path })
    .from(orgUnit)
    .where(and(eq(orgUnit.tenantId, tenantId), isNull(orgUnit.parentId)));
  if (!keeper || !root) throw new Error('demo fund: the finance account or the province root is missing');
  const ctx: RequestContext = {
    actor: { userId: keeper.id, tenantId, roles: ['FINANCE'], scopePath: root.path },
    requestId: 'demo-seed',
  };
  const today = todayVn();
  const firstYear = currentYearVn() - FUND_YEARS + 1;
  const decisions = await db
    .select({ id: decision.id, signedOn: decision.signedOn })
    .from(decision)
    .where(
      and(
        eq(decision.tenantId, tenantId),
        eq(decision.issuer, 'UBND'),
        gte(decision.signedOn, `${firstYear}-01-01`),
      ),
    )
    .orderBy(asc(decision.signedOn), asc(decision.number));
  const paidByYear = new Map<number, number>();
  const vouchersByYear = new Map<number, number>();
  for (const d of decisions) {
    const later = addDays(d.signedOn, PAYMENT_DELAY_DAYS);
    const entryDate = later < today ? later : today;
    if (entryDate < d.signedOn) continue;
    const year = Number(entryDate.slice(0, 4));
    const voucher = (vouchersByYear.get(year) ?? 0) + 1;
    try {
      const { paidVnd } = await confirmPayment(db, ctx, {
        decisionId: d.id,
        entryDate,
        voucherNo: `PC-${String(voucher).padStart(2, '0')}/${year}`,
      });
      vouchersByYear.set(year, voucher);
      paidByYear.set(year, (paidByYear.get(year) ?? 0) + paidVnd);
    } catch (error) {
      // A decision whose awards carry no money has nothing to pay.
      if (!(error instanceof AppError && error.code === 'FUND_NOTHING_TO_PAY')) throw error;
    }
  }
  for (let year = firstYear; year <= currentYearVn(); year += 1) {
    const paid = paidByYear.get(year) ?? 0;
    // Whole millions, 15% above the year's payments plus a standing 200 million.
    const amountVnd = Math.ceil((paid * 1.15) / 1_000_000) * 1_000_000 + 200_000_000;
    await addReceipt(db, ctx, {
      source: 'BUDGET',
      amountVnd,
      entryDate: `${year}-01-05` <= today ? `${year}-01-05` : today,
      voucherNo: `PT-NS/${year}`,
      description: `Ngân sách tỉnh cấp cho Quỹ thi đua, khen thưởng năm ${year}`,
    });
  }
}
