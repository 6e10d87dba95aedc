import { ui } from '../../../i18n/ui';
import type { FundReceiptInput, FundSource } from '../api/fund.types';

const r = ui.fund.receipt;

// The receipt form's values and its checks, the server's rules (fund.schemas.ts) said in the
// officer's words before anything is sent; the server checks again.

export type ReceiptFormValues = {
  source: FundSource | null;
  amountVnd: number | string;
  entryDate: string | null;
  voucherNo: string;
  description: string;
};

/** Up to a thousand billion đồng in one receipt, as the server allows. */
const MAX_VND = 1_000_000_000_000;

export const receiptValidation = (today: string) => ({
  source: (v: FundSource | null) => (v ? null : r.sourceRequired),
  amountVnd: (v: number | string) => {
    if (v === '' || v === null || v === undefined) return r.amountRequired;
    const n = Number(v);
    if (!Number.isFinite(n)) return r.amountRequired;
    if (!Number.isInteger(n)) return r.amountWhole;
    if (n < 1) return r.amountPositive;
    if (n > MAX_VND) return r.amountTooLarge;
    return null;
  },
  // A voucher is not dated in the future: the money has moved when it is booked.
  entryDate: (v: string | null) => (!v ? r.dateRequired : v > today ? r.dateFuture : null),
  voucherNo: (v: string) => (v.trim().length > 50 ? r.voucherTooLong : null),
  description: (v: string) =>
    v.trim().length === 0 ? r.descriptionRequired : v.trim().length > 500 ? r.descriptionTooLong : null,
});

/** The request body from valid form values. */
export function toReceiptInput(v: ReceiptFormValues): FundReceiptInput {
  return {
    source: v.source as FundSource,
    amountVnd: Number(v.amountVnd),
    entryDate: v.entryDate ?? undefined,
    voucherNo: v.voucherNo.trim() || undefined,
    description: v.description.trim(),
  };
}
