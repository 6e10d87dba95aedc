import { awardName } from '@vinhdanh/domain/documents/award-phrases';
import {
  FUND_ENTRY_KIND_NAMES,
  FUND_SOURCE_CATALOGUE,
  type FundSource,
} from '@vinhdanh/domain/fund/fund-catalogue';
import type { EntryRow } from './fund.repository';

/** One ledger row as the API and the export show it; amounts are signed (in +, out −). */
export function presentEntry(r: EntryRow) {
  const source = r.source as FundSource | null;
  return {
    id: r.id,
    year: Number(r.year),
    entryDate: r.entry_date,
    kind: r.kind,
    kindName: FUND_ENTRY_KIND_NAMES[r.kind],
    flow: r.flow,
    amountVnd: Number(r.amount_vnd),
    source,
    sourceName: source ? FUND_SOURCE_CATALOGUE[source].name : null,
    awardId: r.award_id,
    awardCode: r.award_code,
    awardName: r.award_code ? awardName(r.award_code) : null,
    decisionId: r.decision_id,
    decisionNumber: r.decision_number,
    payee: r.payee,
    voucherNo: r.voucher_no,
    description: r.description,
    reversesEntryId: r.reverses_entry_id,
    isReversed: r.is_reversed,
    createdByName: r.created_by_name,
    createdAt: r.created_at instanceof Date ? r.created_at.toISOString() : String(r.created_at),
  };
}

export type FundEntryView = ReturnType<typeof presentEntry>;
