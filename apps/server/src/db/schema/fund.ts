import { FUND_ENTRY_KINDS, FUND_SOURCES } from '@vinhdanh/domain/fund/fund-catalogue';
import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/**
 * The emulation fund's ledger (Quỹ thi đua, khen thưởng), one per tenant, kept by year. Append-only:
 * a correction is a REVERSAL row that cancels one earlier row with the opposite amount (a trigger
 * refuses UPDATE and DELETE). Amounts are signed: money in positive, money out negative.
 */
export const fundEntry = pgTable(
  'fund_entry',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    /** The fiscal year the entry belongs to: the year of its voucher date. */
    year: integer('year').notNull(),
    entryDate: date('entry_date', { mode: 'string' }).notNull(),
    kind: text('kind', { enum: FUND_ENTRY_KINDS }).notNull(),
    /** The side of the ledger: a reversal keeps the side of the entry it cancels. */
    flow: text('flow', { enum: ['IN', 'OUT'] }).notNull(),
    amountVnd: bigint('amount_vnd', { mode: 'number' }).notNull(),
    /** Receipts (and their reversals): where the money came from. */
    source: text('source', { enum: FUND_SOURCES }),
    /** Payments and recoveries (and their reversals): the award whose money moved. */
    awardId: uuid('award_id'),
    awardCode: text('award_code'),
    decisionId: uuid('decision_id'),
    /** Who was paid (or paid back), as printed on the voucher when the entry was made. */
    payee: text('payee'),
    /**
     * The n-th payment (or recovery) of the award. One award is paid once: a second confirmation
     * takes the same number and the unique key refuses it; after a reversal the next number is free.
     */
    awardSeq: integer('award_seq'),
    /** The entry a REVERSAL cancels; an entry is cancelled at most once. */
    reversesEntryId: uuid('reverses_entry_id'),
    voucherNo: text('voucher_no'),
    description: text('description').notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('fund_entry_award_seq_uq').on(t.tenantId, t.awardId, t.kind, t.awardSeq),
    uniqueIndex('fund_entry_reverses_uq').on(t.tenantId, t.reversesEntryId),
    index('fund_entry_year_idx').on(t.tenantId, t.year),
    check('fund_entry_amount_sign', sql`(${t.flow} = 'IN') = (${t.amountVnd} > 0) OR ${t.kind} = 'REVERSAL'`),
  ],
);
