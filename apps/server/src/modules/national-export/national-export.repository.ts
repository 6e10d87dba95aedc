import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { queryRows } from '../../db/query-rows';

export type AwardExportRow = {
  id: string;
  version: number;
  award_code: string;
  kind: string;
  year: number;
  period_start_year: number | null;
  achievement: string | null;
  amount_vnd: number | null;
  is_revoked: boolean;
  revoked_on: string | null;
  revocation_ground: 'A' | 'B' | 'C' | 'D' | null;
  changed_at: string;
  decision_number: string | null;
  decision_date: string | null;
  issuer: string | null;
  signer: string | null;
  subject_type: 'PERSON' | 'COLLECTIVE' | 'HOUSEHOLD';
  subject_id: string;
  full_name: string | null;
  gender: 'NAM' | 'NU' | null;
  birth_year: number | null;
  citizen_id: string | null;
  position: string | null;
  unit_code: string | null;
  unit_name: string | null;
  head_name: string | null;
};

/** Timestamps travel as text with microseconds, so a cursor never loses the rows of its last millisecond. */
const iso = (column: string) =>
  sql.raw(`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`);

export async function findTenantByCode(db: Db, code: string) {
  const rows = await queryRows<{ tenant_id: string; code: string; name: string; kind: string }>(
    db,
    sql`SELECT tenant_id, code, name, kind FROM tenant WHERE code = ${code}`,
  );
  return rows[0];
}

/**
 * The cursor's upper bound: now, or just before the start of the oldest transaction still running
 * in this database, whichever is earlier. Rows get `changed_at = now()` of their transaction, so
 * every row at or below this bound was written by a transaction that has already ended, and a run
 * that starts later cannot find a row here that this run missed. Only client backends count:
 * autovacuum and other background workers never write awards, and an autoanalyze that began
 * before a fresh award would otherwise hide that award from the run.
 */
export async function exportUpperBound(tx: Tx): Promise<string> {
  const [row] = await queryRows<{ until: string }>(
    tx,
    sql`SELECT ${iso(`least(now(), (SELECT min(xact_start) - interval '1 microsecond' FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid() AND xact_start IS NOT NULL
            AND backend_type = 'client backend'))`)} AS until`,
  );
  return row!.until;
}

/** One page of awards changed in (since, until], in cursor order, with decision and subject. */
export async function findChangedAwards(
  tx: Tx,
  tenantId: string,
  range: { since: string | null; until: string },
  after: { changedAt: string; id: string } | null,
  limit: number,
): Promise<AwardExportRow[]> {
  return queryRows<AwardExportRow>(
    tx,
    sql`SELECT a.id, a.version, a.award_code, a.kind, a.year, a.period_start_year, a.achievement,
          a.amount_vnd, a.is_revoked, a.revoked_on::text AS revoked_on, a.revocation_ground,
          ${iso('a.changed_at')} AS changed_at,
          coalesce(d.number, a.decision_number) AS decision_number,
          coalesce(d.signed_on, a.decision_date)::text AS decision_date, d.issuer, d.signer,
          a.subject_type, a.subject_id,
          coalesce(p.full_name, c.name) AS full_name, p.gender,
          extract(year FROM p.birth_date)::int AS birth_year, p.citizen_id, p.position,
          coalesce(pu.code, c.code, hu.code) AS unit_code, coalesce(pu.name, c.name, hu.name) AS unit_name,
          h.head_name
        FROM award a
        LEFT JOIN decision d ON d.tenant_id = a.tenant_id AND d.id = a.decision_id
        LEFT JOIN person p ON a.subject_type = 'PERSON' AND p.tenant_id = a.tenant_id AND p.id = a.subject_id
        LEFT JOIN org_unit pu ON pu.tenant_id = p.tenant_id AND pu.id = p.unit_id
        LEFT JOIN org_unit c ON a.subject_type = 'COLLECTIVE' AND c.tenant_id = a.tenant_id AND c.id = a.subject_id
        LEFT JOIN household h ON a.subject_type = 'HOUSEHOLD' AND h.tenant_id = a.tenant_id AND h.id = a.subject_id
        LEFT JOIN org_unit hu ON hu.tenant_id = h.tenant_id AND hu.id = h.unit_id
        WHERE a.tenant_id = ${tenantId}
          AND a.changed_at <= ${range.until}::timestamptz
          AND (${range.since}::timestamptz IS NULL OR a.changed_at > ${range.since}::timestamptz)
          AND (${after?.changedAt ?? null}::timestamptz IS NULL
               OR (a.changed_at, a.id) > (${after?.changedAt ?? null}::timestamptz, ${after?.id ?? null}::uuid))
        ORDER BY a.changed_at, a.id
        LIMIT ${limit}`,
  );
}
