import type { FundEntryKind } from '@vinhdanh/domain/fund/fund-catalogue';
import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { queryRows } from '../../db/query-rows';
import { fundEntry } from '../../db/schema/index';

// SQL of the fund's ledger; tenant on every query. An entry "stands" while no REVERSAL cancels it.

type Conn = Db | Tx;

export type FundEntryInsert = typeof fundEntry.$inferInsert;

export async function insertEntry(db: Conn, values: FundEntryInsert) {
  await db.insert(fundEntry).values(values);
}

const STANDING = (alias: string) =>
  sql.raw(`NOT EXISTS (SELECT 1 FROM fund_entry r WHERE r.tenant_id = ${alias}.tenant_id
    AND r.reverses_entry_id = ${alias}.id)`);

export type AwardEntry = {
  awardId: string;
  id: string;
  awardSeq: number;
  amountVnd: number;
  payee: string | null;
  isStanding: boolean;
};

/** The payments (or recoveries) of these awards, each with whether it still stands. */
export async function awardEntries(
  db: Conn,
  tenantId: string,
  kind: Extract<FundEntryKind, 'PAYMENT' | 'RECOVERY'>,
  awardIds: string[],
): Promise<AwardEntry[]> {
  if (awardIds.length === 0) return [];
  const rows = await queryRows<{
    award_id: string;
    id: string;
    award_seq: number;
    amount_vnd: string | number;
    payee: string | null;
    standing: boolean;
  }>(
    db,
    sql`SELECT e.award_id, e.id, e.award_seq, e.amount_vnd, e.payee, ${STANDING('e')} AS standing
        FROM fund_entry e
        WHERE e.tenant_id = ${tenantId} AND e.kind = ${kind}
          AND e.award_id IN (${sql.join(
            awardIds.map((id) => sql`${id}::uuid`),
            sql`, `,
          )})`,
  );
  return rows.map((r) => ({
    awardId: r.award_id,
    id: r.id,
    awardSeq: Number(r.award_seq),
    amountVnd: Math.abs(Number(r.amount_vnd)),
    payee: r.payee,
    isStanding: r.standing,
  }));
}

export type EntryRow = {
  id: string;
  year: number;
  entry_date: string;
  kind: FundEntryKind;
  flow: 'IN' | 'OUT';
  amount_vnd: string | number;
  source: string | null;
  award_id: string | null;
  award_code: string | null;
  decision_id: string | null;
  decision_number: string | null;
  payee: string | null;
  voucher_no: string | null;
  description: string;
  reverses_entry_id: string | null;
  is_reversed: boolean;
  created_by_name: string | null;
  created_at: string | Date;
};

const ENTRY_SELECT = sql`SELECT e.id, e.year, e.entry_date::text AS entry_date, e.kind, e.flow, e.amount_vnd,
    e.source, e.award_id, e.award_code, e.decision_id, d.number AS decision_number, e.payee, e.voucher_no,
    e.description, e.reverses_entry_id, NOT ${STANDING('e')} AS is_reversed,
    u.full_name AS created_by_name, e.created_at
  FROM fund_entry e
  LEFT JOIN decision d ON d.tenant_id = e.tenant_id AND d.id = e.decision_id
  LEFT JOIN app_user u ON u.tenant_id = e.tenant_id AND u.id = e.created_by`;

export async function findEntry(db: Conn, tenantId: string, id: string): Promise<EntryRow | undefined> {
  const [row] = await queryRows<EntryRow>(
    db,
    sql`${ENTRY_SELECT} WHERE e.tenant_id = ${tenantId} AND e.id = ${id}`,
  );
  return row;
}

/** The year's entries in the order they were booked. */
export async function listYearEntries(db: Conn, tenantId: string, year: number): Promise<EntryRow[]> {
  return queryRows<EntryRow>(
    db,
    sql`${ENTRY_SELECT} WHERE e.tenant_id = ${tenantId} AND e.year = ${year}
        ORDER BY e.entry_date, e.created_at, e.id`,
  );
}

/** Opening balance (all earlier years), money in and money out of the year; reversals net out. */
export async function yearSums(db: Conn, tenantId: string, year: number) {
  const [row] = await queryRows<{ opening: string | null; in_vnd: string | null; out_vnd: string | null }>(
    db,
    sql`SELECT COALESCE(sum(amount_vnd) FILTER (WHERE year < ${year}), 0) AS opening,
               COALESCE(sum(amount_vnd) FILTER (WHERE year = ${year} AND flow = 'IN'), 0) AS in_vnd,
               COALESCE(-sum(amount_vnd) FILTER (WHERE year = ${year} AND flow = 'OUT'), 0) AS out_vnd
        FROM fund_entry WHERE tenant_id = ${tenantId} AND year <= ${year}`,
  );
  return {
    opening: Number(row?.opening ?? 0),
    inVnd: Number(row?.in_vnd ?? 0),
    outVnd: Number(row?.out_vnd ?? 0),
  };
}

/** Money in by source; an IN entry with no source is a recovery (or its reversal). */
export async function inBySource(db: Conn, tenantId: string, year: number) {
  return queryRows<{ key: string; amount: string }>(
    db,
    sql`SELECT COALESCE(source, 'RECOVERY') AS key, sum(amount_vnd) AS amount
        FROM fund_entry WHERE tenant_id = ${tenantId} AND year = ${year} AND flow = 'IN'
        GROUP BY 1 ORDER BY 1`,
  );
}

/** Money out by award: the net amount and the number of payments that still stand. */
export async function outByAward(db: Conn, tenantId: string, year: number) {
  return queryRows<{ award_code: string; n: number; amount: string }>(
    db,
    sql`SELECT award_code, (count(*) FILTER (WHERE kind = 'PAYMENT') - count(*) FILTER (WHERE kind = 'REVERSAL'))::int AS n,
               -sum(amount_vnd) AS amount
        FROM fund_entry WHERE tenant_id = ${tenantId} AND year = ${year} AND flow = 'OUT'
        GROUP BY 1 ORDER BY 1`,
  );
}

/**
 * Issued decisions (from the workflow, so not the history imported from before the system) with
 * at least one standing award that carries money and has no standing payment. Newest first.
 */
export async function decisionsAwaitingPayment(db: Conn, tenantId: string, limit: number) {
  return queryRows<{ id: string; number: string; signed_on: string; issuer: string }>(
    db,
    sql`SELECT d.id, d.number, d.signed_on::text AS signed_on, d.issuer
        FROM decision d
        WHERE d.tenant_id = ${tenantId}
          AND EXISTS (SELECT 1 FROM proposal_decision pd WHERE pd.tenant_id = d.tenant_id AND pd.decision_id = d.id)
          AND EXISTS (
            SELECT 1 FROM award a
            WHERE a.tenant_id = d.tenant_id AND a.decision_id = d.id AND NOT a.is_revoked
              AND COALESCE(a.amount_vnd, 0) > 0
              AND NOT EXISTS (
                SELECT 1 FROM fund_entry p WHERE p.tenant_id = a.tenant_id AND p.award_id = a.id
                  AND p.kind = 'PAYMENT' AND ${STANDING('p')}))
        ORDER BY d.signed_on DESC, d.number
        LIMIT ${limit}`,
  );
}

/**
 * Revoked awards whose recovery of money was decided, paid from the fund (a standing payment) and
 * not yet paid back (no standing recovery).
 */
export async function awardsAwaitingRecovery(db: Conn, tenantId: string) {
  return queryRows<{
    award_id: string;
    award_code: string;
    decision_id: string | null;
    decision_number: string | null;
    revoked_on: string | null;
    payee: string | null;
    paid_vnd: string;
  }>(
    db,
    sql`SELECT a.id AS award_id, a.award_code, a.decision_id, a.decision_number, a.revoked_on::text AS revoked_on,
               p.payee, -p.amount_vnd AS paid_vnd
        FROM award a
        JOIN award_revocation v ON v.tenant_id = a.tenant_id AND v.award_id = a.id AND v.recover_amount_vnd IS NOT NULL
        JOIN fund_entry p ON p.tenant_id = a.tenant_id AND p.award_id = a.id AND p.kind = 'PAYMENT' AND ${STANDING('p')}
        WHERE a.tenant_id = ${tenantId} AND a.is_revoked
          AND NOT EXISTS (SELECT 1 FROM fund_entry q WHERE q.tenant_id = a.tenant_id AND q.award_id = a.id
                            AND q.kind = 'RECOVERY' AND ${STANDING('q')})
        ORDER BY a.revoked_on DESC NULLS LAST, a.id`,
  );
}

/** Money in and money out of each year in the range (reversals net out), and the balance at its end. */
export async function flowsByYear(db: Conn, tenantId: string, yearFrom: number, yearTo: number) {
  const rows = await queryRows<{ year: number; in_vnd: string | null; out_vnd: string | null }>(
    db,
    sql`SELECT year, COALESCE(sum(amount_vnd) FILTER (WHERE flow = 'IN'), 0) AS in_vnd,
               COALESCE(-sum(amount_vnd) FILTER (WHERE flow = 'OUT'), 0) AS out_vnd
        FROM fund_entry WHERE tenant_id = ${tenantId} AND year BETWEEN ${yearFrom} AND ${yearTo}
        GROUP BY year ORDER BY year`,
  );
  const [closing] = await queryRows<{ total: string | null }>(
    db,
    sql`SELECT COALESCE(sum(amount_vnd), 0) AS total FROM fund_entry
        WHERE tenant_id = ${tenantId} AND year <= ${yearTo}`,
  );
  return {
    years: rows.map((r) => ({ year: Number(r.year), inVnd: Number(r.in_vnd), outVnd: Number(r.out_vnd) })),
    closingVnd: Number(closing?.total ?? 0),
  };
}
