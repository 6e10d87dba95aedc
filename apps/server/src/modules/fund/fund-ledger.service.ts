import { awardName } from '@vinhdanh/domain/documents/award-phrases';
import {
  FUND_SOURCE_CATALOGUE,
  FUND_SOURCES,
  type FundSource,
  fundTotals,
  signedAmount,
} from '@vinhdanh/domain/fund/fund-catalogue';
import { AWARD_LEVEL_NAMES, AWARD_LEVELS, awardLevelOf } from '@vinhdanh/domain/reports/award-levels';
import type { Db } from '../../db/client';
import { requireAccess } from '../../lib/access';
import type { RequestContext } from '../../lib/context';
import { rethrowUnique } from '../../lib/db-errors';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { appendAudit } from '../../platform/audit/append-audit';
import { currentYearVn } from '../../platform/clock';
import {
  awardEntries,
  findEntry,
  inBySource,
  insertEntry,
  listYearEntries,
  outByAward,
  yearSums,
} from './fund.repository';
import type { ReceiptInput, ReversalInput } from './fund.schemas';
import { entryDateOf, FUND } from './fund-access';
import { presentEntry } from './fund-present';
import { vnDate } from './fund-xlsx';

/** The year's balance, its receipts by source, its payments by award level and award, its entries. */
export async function getFundOverview(db: Db, ctx: RequestContext, year = currentYearVn()) {
  await requireAccess(db, ctx, 'fund:read', FUND);
  const tenantId = ctx.actor.tenantId;
  const sums = await yearSums(db, tenantId, year);
  const sources = await inBySource(db, tenantId, year);
  const awards = (await outByAward(db, tenantId, year)).map((r) => ({
    awardCode: r.award_code,
    awardName: awardName(r.award_code),
    level: awardLevelOf(r.award_code),
    count: Number(r.n),
    amountVnd: Number(r.amount),
  }));
  const sourceName = (key: string) =>
    key === 'RECOVERY' ? 'Thu hồi tiền thưởng' : (FUND_SOURCE_CATALOGUE[key as FundSource]?.name ?? key);
  return {
    year,
    totals: fundTotals(sums.opening, sums.inVnd, sums.outVnd),
    bySource: sources.map((s) => ({ key: s.key, name: sourceName(s.key), amountVnd: Number(s.amount) })),
    byLevel: AWARD_LEVELS.map((level) => {
      const rows = awards.filter((a) => a.level === level);
      return {
        level,
        name: AWARD_LEVEL_NAMES[level],
        count: rows.reduce((s, r) => s + r.count, 0),
        amountVnd: rows.reduce((s, r) => s + r.amountVnd, 0),
      };
    }),
    byAward: awards,
    entries: (await listYearEntries(db, tenantId, year)).map(presentEntry),
    sources: FUND_SOURCES.map((key) => ({ key, ...FUND_SOURCE_CATALOGUE[key] })),
  };
}

/** A receipt: budget allocation or another source. Audited. */
export async function addReceipt(db: Db, ctx: RequestContext, input: ReceiptInput) {
  await requireAccess(db, ctx, 'fund:manage', FUND);
  const tenantId = ctx.actor.tenantId;
  const { entryDate, year } = entryDateOf(input.entryDate);
  const id = newId();
  await db.transaction(async (tx) => {
    await insertEntry(tx, {
      tenantId,
      id,
      year,
      entryDate,
      kind: 'RECEIPT',
      flow: 'IN',
      amountVnd: signedAmount('RECEIPT', input.amountVnd),
      source: input.source,
      voucherNo: input.voucherNo || null,
      description: input.description,
      createdBy: ctx.actor.userId,
    });
    await appendAudit(tx, {
      tenantId,
      actorId: ctx.actor.userId,
      action: 'fund.receipt',
      entityType: 'fund_entry',
      entityId: id,
      after: {
        source: input.source,
        amountVnd: input.amountVnd,
        entryDate,
        voucherNo: input.voucherNo ?? null,
      },
      requestId: ctx.requestId,
    });
  });
  return presentEntry((await findEntry(db, tenantId, id))!);
}

/**
 * Cancels one entry with a reversing entry of the opposite amount on the same side of the ledger,
 * with the reason; the original stays as it was. After a payment's reversal the award may be paid
 * again; a payment whose money was recovered is reversed only after the recovery is.
 */
export async function reverseEntry(db: Db, ctx: RequestContext, entryId: string, input: ReversalInput) {
  await requireAccess(db, ctx, 'fund:manage', FUND);
  const tenantId = ctx.actor.tenantId;
  const { entryDate, year } = entryDateOf(input.entryDate);
  const id = newId();
  await db
    .transaction(async (tx) => {
      const original = await findEntry(tx, tenantId, entryId);
      if (!original) throw new AppError('FUND_ENTRY_NOT_FOUND');
      if (original.kind === 'REVERSAL') throw new AppError('FUND_REVERSAL_OF_REVERSAL');
      if (original.is_reversed) throw new AppError('FUND_ALREADY_REVERSED');
      if (original.kind === 'PAYMENT' && original.award_id) {
        const recoveries = await awardEntries(tx, tenantId, 'RECOVERY', [original.award_id]);
        if (recoveries.some((r) => r.isStanding)) throw new AppError('FUND_RECOVERY_STANDING');
      }
      await insertEntry(tx, {
        tenantId,
        id,
        year,
        entryDate,
        kind: 'REVERSAL',
        flow: original.flow,
        amountVnd: -Number(original.amount_vnd),
        source: original.source as FundSource | null,
        awardId: original.award_id,
        awardCode: original.award_code,
        decisionId: original.decision_id,
        payee: original.payee,
        reversesEntryId: original.id,
        voucherNo: original.voucher_no,
        description: `Đảo bút toán ngày ${vnDate(original.entry_date)}: ${input.reason}`,
        createdBy: ctx.actor.userId,
      });
      await appendAudit(tx, {
        tenantId,
        actorId: ctx.actor.userId,
        action: 'fund.reverse',
        entityType: 'fund_entry',
        entityId: original.id,
        before: { kind: original.kind, amountVnd: Number(original.amount_vnd), awardId: original.award_id },
        after: { reversalId: id, reason: input.reason, entryDate },
        requestId: ctx.requestId,
      });
    })
    // Two reversals of one entry at once: the unique key lets one through.
    .catch(rethrowUnique('FUND_ALREADY_REVERSED'));
  return presentEntry((await findEntry(db, tenantId, id))!);
}
