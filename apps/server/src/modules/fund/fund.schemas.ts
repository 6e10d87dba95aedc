import { z } from '@hono/zod-openapi';
import { FUND_ENTRY_KINDS, FUND_SOURCES } from '@vinhdanh/domain/fund/fund-catalogue';

const isoDate = z
  .string({ error: 'Vui lòng chọn ngày chứng từ' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày chứng từ không hợp lệ (YYYY-MM-DD)');
const voucherNo = z.string().trim().max(50, 'Số chứng từ tối đa 50 ký tự').optional();
const uuid = z.uuid({ error: 'Mã không hợp lệ' });

export const fundYearQuery = z.object({
  year: z.coerce
    .number({ error: 'Năm phải là số' })
    .int()
    .min(2000, 'Năm không hợp lệ')
    .max(2100, 'Năm không hợp lệ')
    .optional(),
});

export const receiptInput = z
  .object({
    source: z.enum(FUND_SOURCES, { error: 'Chọn nguồn thu' }),
    // VND are whole numbers; one receipt of up to a thousand billion đồng.
    amountVnd: z
      .number({ error: 'Số tiền phải là số' })
      .int('Số tiền phải là số nguyên (đồng)')
      .min(1, 'Số tiền phải lớn hơn 0')
      .max(1_000_000_000_000, 'Số tiền quá lớn'),
    entryDate: isoDate.optional(),
    voucherNo,
    description: z.string().trim().min(1, 'Vui lòng nhập nội dung thu').max(500, 'Nội dung tối đa 500 ký tự'),
  })
  .openapi('FundReceiptInput');
export type ReceiptInput = z.infer<typeof receiptInput>;

export const confirmPaymentInput = z
  .object({
    decisionId: uuid,
    /** Only these awards of the decision; all awaiting awards when absent. */
    awardIds: z.array(uuid).min(1, 'Chọn ít nhất một khen thưởng').max(5000).optional(),
    entryDate: isoDate.optional(),
    voucherNo,
  })
  .openapi('FundConfirmPaymentInput');
export type ConfirmPaymentInput = z.infer<typeof confirmPaymentInput>;

export const recoveryInput = z
  .object({ awardId: uuid, entryDate: isoDate.optional(), voucherNo })
  .openapi('FundRecoveryInput');
export type RecoveryInput = z.infer<typeof recoveryInput>;

export const reversalInput = z
  .object({
    reason: z.string().trim().min(5, 'Vui lòng nêu lý do đảo bút toán (ít nhất 5 ký tự)').max(500),
    entryDate: isoDate.optional(),
  })
  .openapi('FundReversalInput');
export type ReversalInput = z.infer<typeof reversalInput>;

export const fundEntryOutput = z
  .object({
    id: z.string(),
    year: z.number(),
    entryDate: z.string(),
    kind: z.enum(FUND_ENTRY_KINDS),
    kindName: z.string(),
    flow: z.enum(['IN', 'OUT']),
    amountVnd: z.number(),
    source: z.enum(FUND_SOURCES).nullable(),
    sourceName: z.string().nullable(),
    awardId: z.string().nullable(),
    awardCode: z.string().nullable(),
    awardName: z.string().nullable(),
    decisionId: z.string().nullable(),
    decisionNumber: z.string().nullable(),
    payee: z.string().nullable(),
    voucherNo: z.string().nullable(),
    description: z.string(),
    reversesEntryId: z.string().nullable(),
    /** Cancelled by a later reversing entry. */
    isReversed: z.boolean(),
    createdByName: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('FundEntry');

const totals = z.object({
  openingVnd: z.number(),
  inVnd: z.number(),
  outVnd: z.number(),
  closingVnd: z.number(),
});

export const fundOverviewOutput = z
  .object({
    year: z.number(),
    totals,
    /** Money in by source (receipts) plus recoveries, net of reversals. */
    bySource: z.array(z.object({ key: z.string(), name: z.string(), amountVnd: z.number() })),
    /** Money paid out by award level, net of reversals and recoveries. */
    byLevel: z.array(
      z.object({ level: z.string(), name: z.string(), count: z.number(), amountVnd: z.number() }),
    ),
    byAward: z.array(
      z.object({
        awardCode: z.string(),
        awardName: z.string(),
        level: z.string(),
        count: z.number(),
        amountVnd: z.number(),
      }),
    ),
    entries: z.array(fundEntryOutput),
    sources: z.array(z.object({ key: z.enum(FUND_SOURCES), name: z.string(), citation: z.string() })),
  })
  .openapi('FundOverview');

export const awaitingDecisionOutput = z.object({
  decisionId: z.string(),
  number: z.string(),
  signedOn: z.string(),
  issuer: z.string(),
  awaitingCount: z.number(),
  awaitingVnd: z.number(),
  items: z.array(
    z.object({
      awardId: z.string(),
      name: z.string(),
      unitLine: z.string(),
      awardCode: z.string(),
      awardName: z.string(),
      payableVnd: z.number(),
      note: z.string().nullable(),
    }),
  ),
});
export const awaitingOutput = z
  .object({
    decisions: z.array(awaitingDecisionOutput),
    /** Revoked awards paid from the fund whose money is to be paid back. */
    recoveries: z.array(
      z.object({
        awardId: z.string(),
        name: z.string(),
        awardCode: z.string(),
        awardName: z.string(),
        decisionId: z.string().nullable(),
        decisionNumber: z.string().nullable(),
        revokedOn: z.string().nullable(),
        paidVnd: z.number(),
      }),
    ),
  })
  .openapi('FundAwaiting');

export const paymentResultOutput = z
  .object({ paidCount: z.number(), paidVnd: z.number(), entryIds: z.array(z.string()) })
  .openapi('FundPaymentResult');
