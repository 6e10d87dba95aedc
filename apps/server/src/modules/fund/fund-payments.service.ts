import { awardName } from '@vinhdanh/domain/documents/award-phrases';
import { signedAmount } from '@vinhdanh/domain/fund/fund-catalogue';
import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { award, awardRevocation } from '../../db/schema/index';
import { requireAccess } from '../../lib/access';
import type { RequestContext } from '../../lib/context';
import { rethrowUnique } from '../../lib/db-errors';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { appendAudit } from '../../platform/audit/append-audit';
import { computeDecisionMoneySummary } from '../documents/index';
import { findDecision } from '../records/index';
import {
  awardEntries,
  awardsAwaitingRecovery,
  decisionsAwaitingPayment,
  insertEntry,
} from './fund.repository';
import type { ConfirmPaymentInput, RecoveryInput } from './fund.schemas';
import { entryDateOf, FUND } from './fund-access';

const AWAITING_LIMIT = 100;

/**
 * What a decision still owes: its standing awards with money, at the amounts of the decision's
 * money summary (ND 152, Điều 49 applied there, once), less those with a standing payment.
 */
async function unpaidItems(
  db: Db | Tx,
  tenantId: string,
  d: { id: string; number: string; signedOn: string; issuer: string },
) {
  const summary = await computeDecisionMoneySummary(db, tenantId, d);
  const withMoney = summary.items.filter((i) => !i.isRevoked && (i.payableVnd ?? 0) > 0);
  const paid = await awardEntries(
    db,
    tenantId,
    'PAYMENT',
    withMoney.map((i) => i.awardId),
  );
  const entries = new Map<string, typeof paid>();
  for (const e of paid) entries.set(e.awardId, [...(entries.get(e.awardId) ?? []), e]);
  return {
    summary,
    items: withMoney.map((i) => {
      const own = entries.get(i.awardId) ?? [];
      return {
        ...i,
        payableVnd: i.payableVnd ?? 0,
        isPaid: own.some((e) => e.isStanding),
        // The next payment number: a second confirmation computes the same and the unique key stops it.
        nextSeq: own.reduce((max, e) => Math.max(max, e.awardSeq), 0) + 1,
      };
    }),
  };
}

/** Decisions with money still to pay, and revoked awards whose money is to be paid back. */
export async function getAwaiting(db: Db, ctx: RequestContext) {
  await requireAccess(db, ctx, 'fund:read', FUND);
  const tenantId = ctx.actor.tenantId;
  const decisions = [];
  for (const d of await decisionsAwaitingPayment(db, tenantId, AWAITING_LIMIT)) {
    const { items } = await unpaidItems(db, tenantId, {
      id: d.id,
      number: d.number,
      signedOn: d.signed_on,
      issuer: d.issuer,
    });
    const open = items.filter((i) => !i.isPaid);
    if (open.length === 0) continue;
    decisions.push({
      decisionId: d.id,
      number: d.number,
      signedOn: d.signed_on,
      issuer: d.issuer,
      awaitingCount: open.length,
      awaitingVnd: open.reduce((s, i) => s + i.payableVnd, 0),
      items: open.map((i) => ({
        awardId: i.awardId,
        name: i.name,
        unitLine: i.unitLine,
        awardCode: i.awardCode,
        awardName: i.awardName,
        payableVnd: i.payableVnd,
        note: i.note,
      })),
    });
  }
  const recoveries = (await awardsAwaitingRecovery(db, tenantId)).map((r) => ({
    awardId: r.award_id,
    name: r.payee ?? '',
    awardCode: r.award_code,
    awardName: awardName(r.award_code),
    decisionId: r.decision_id,
    decisionNumber: r.decision_number,
    revokedOn: r.revoked_on,
    paidVnd: Number(r.paid_vnd),
  }));
  return { decisions, recoveries };
}

/**
 * Finance confirms that a decision's money was paid: one PAYMENT line per award (all awaiting
 * ones, or those chosen), at the amount of the decision's money summary. An award already paid is
 * refused (FUND_ALREADY_PAID), also when two confirmations race: both compute the same payment
 * number and the unique key (tenant, award, kind, number) lets one through.
 */
export async function confirmPayment(db: Db, ctx: RequestContext, input: ConfirmPaymentInput) {
  await requireAccess(db, ctx, 'fund:manage', FUND);
  const tenantId = ctx.actor.tenantId;
  const { entryDate, year } = entryDateOf(input.entryDate);
  const d = await findDecision(db, tenantId, input.decisionId);
  if (!d) throw new AppError('DECISION_NOT_FOUND');
  if (entryDate < d.signedOn) {
    throw new AppError('INVALID_INPUT', [
      { path: 'entryDate', message: 'Ngày chi không được trước ngày ký quyết định' },
    ]);
  }
  return db
    .transaction(async (tx) => {
      const { items } = await unpaidItems(tx, tenantId, d);
      if (items.length === 0) throw new AppError('FUND_NOTHING_TO_PAY');
      const wanted = input.awardIds ? new Set(input.awardIds) : null;
      // Chosen awards must be the decision's awards with money; without a choice, all still unpaid.
      const chosen = wanted ? items.filter((i) => wanted.has(i.awardId)) : items.filter((i) => !i.isPaid);
      if (wanted && chosen.length !== wanted.size) throw new AppError('FUND_NOTHING_TO_PAY');
      if (chosen.length === 0 || chosen.some((i) => i.isPaid)) throw new AppError('FUND_ALREADY_PAID');
      const entryIds: string[] = [];
      for (const item of chosen) {
        const id = newId();
        entryIds.push(id);
        await insertEntry(tx, {
          tenantId,
          id,
          year,
          entryDate,
          kind: 'PAYMENT',
          flow: 'OUT',
          amountVnd: signedAmount('PAYMENT', item.payableVnd),
          awardId: item.awardId,
          awardCode: item.awardCode,
          decisionId: d.id,
          payee: item.name,
          awardSeq: item.nextSeq,
          voucherNo: input.voucherNo || null,
          description: `Chi tiền thưởng ${item.awardName} theo Quyết định số ${d.number}`,
          createdBy: ctx.actor.userId,
        });
      }
      const paidVnd = chosen.reduce((s, i) => s + i.payableVnd, 0);
      await appendAudit(tx, {
        tenantId,
        actorId: ctx.actor.userId,
        action: 'fund.pay',
        entityType: 'decision',
        entityId: d.id,
        after: {
          awardIds: chosen.map((i) => i.awardId),
          paidVnd,
          entryDate,
          voucherNo: input.voucherNo ?? null,
        },
        requestId: ctx.requestId,
      });
      return { paidCount: chosen.length, paidVnd, entryIds };
    })
    .catch(rethrowUnique('FUND_ALREADY_PAID'));
}

/**
 * A revoked award's money paid back into the fund (Law 2022, Điều 93): a RECOVERY receipt of what
 * the fund paid for it. Only when the revocation decided the money is recovered and it was paid.
 */
export async function recordRecovery(db: Db, ctx: RequestContext, input: RecoveryInput) {
  await requireAccess(db, ctx, 'fund:manage', FUND);
  const tenantId = ctx.actor.tenantId;
  const { entryDate, year } = entryDateOf(input.entryDate);
  const id = newId();
  await db
    .transaction(async (tx) => {
      const [a] = await tx
        .select({
          id: award.id,
          awardCode: award.awardCode,
          decisionId: award.decisionId,
          decisionNumber: award.decisionNumber,
          isRevoked: award.isRevoked,
          recoverAmountVnd: awardRevocation.recoverAmountVnd,
        })
        .from(award)
        .leftJoin(
          awardRevocation,
          and(eq(awardRevocation.tenantId, award.tenantId), eq(awardRevocation.awardId, award.id)),
        )
        .where(and(eq(award.tenantId, tenantId), eq(award.id, input.awardId)));
      if (!a) throw new AppError('RECORD_NOT_FOUND');
      if (!a.isRevoked || a.recoverAmountVnd === null) throw new AppError('FUND_NOT_TO_RECOVER');
      const payment = (await awardEntries(tx, tenantId, 'PAYMENT', [a.id])).find((e) => e.isStanding);
      if (!payment) throw new AppError('FUND_NOT_PAID');
      const recoveries = await awardEntries(tx, tenantId, 'RECOVERY', [a.id]);
      if (recoveries.some((r) => r.isStanding)) throw new AppError('FUND_ALREADY_RECOVERED');
      await insertEntry(tx, {
        tenantId,
        id,
        year,
        entryDate,
        kind: 'RECOVERY',
        flow: 'IN',
        amountVnd: signedAmount('RECOVERY', payment.amountVnd),
        awardId: a.id,
        awardCode: a.awardCode,
        decisionId: a.decisionId,
        payee: payment.payee,
        awardSeq: recoveries.reduce((max, r) => Math.max(max, r.awardSeq), 0) + 1,
        voucherNo: input.voucherNo || null,
        description:
          `Thu hồi tiền thưởng ${awardName(a.awardCode)} theo Quyết định số ${a.decisionNumber ?? ''}`.trim(),
        createdBy: ctx.actor.userId,
      });
      await appendAudit(tx, {
        tenantId,
        actorId: ctx.actor.userId,
        action: 'fund.recover',
        entityType: 'award',
        entityId: a.id,
        after: { entryId: id, amountVnd: payment.amountVnd, entryDate, voucherNo: input.voucherNo ?? null },
        requestId: ctx.requestId,
      });
    })
    .catch(rethrowUnique('FUND_ALREADY_RECOVERED'));
  return { entryId: id };
}
