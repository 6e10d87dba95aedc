import { foldVietnamese } from '@vinhdanh/domain/text/fold';
import { type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { queryRows } from '../../db/query-rows';

export type AwardFilter = {
  /** Folded (diacritic-free, lower-case) name of the person, matched against person.name_search. */
  foldedName?: string | undefined;
  awardCode?: string | undefined;
  kind?: string | undefined;
  yearFrom?: number | undefined;
  yearTo?: number | undefined;
  decisionNumber?: string | undefined;
  decisionId?: string | undefined;
  /** Any of these codes (the public honour board filters by award level). */
  awardCodes?: readonly string[] | undefined;
  /** Leave revoked awards out (the honour board lists standing honours only). */
  excludeRevoked?: boolean | undefined;
  /** Awards given under this movement (award_movement). */
  movementId?: string | undefined;
};

export type AwardHitRow = {
  id: string;
  subject_type: 'PERSON' | 'COLLECTIVE' | 'HOUSEHOLD';
  subject_id: string;
  subject_name: string;
  unit_id: string;
  unit_name: string;
  award_code: string;
  kind: string;
  year: number;
  period_start_year: number | null;
  achievement: string | null;
  decision_id: string | null;
  decision_number: string | null;
  decision_date: string | null;
  amount_vnd: number | null;
  is_revoked: boolean;
  revoked_on: string | null;
  revocation_ground: string | null;
  initiatives_used: string[];
  version: number;
};

const escapeLike = (value: string) => value.replace(/[\\%_]/g, '\\$&');

// Unit, team and household names have no folded column: fold them in SQL with translate(),
// which both engines have (PGlite has no unaccent, and lower() under "C" is ASCII-only).
const LOWER = 'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ';
const ACCENTED = `${LOWER}${LOWER.toUpperCase()}ABCDEFGHIJKLMNOPQRSTUVWXYZ`;
const FOLDED = foldVietnamese(ACCENTED);
const foldedName = (expr: SQL) => sql`translate(${expr}, ${ACCENTED}, ${FOLDED})`;

// A person's award is scoped by the person's unit, a team's or household's by theirs,
// an org unit's by the unit itself.
const FROM = sql`
  FROM award a
  LEFT JOIN person p ON p.tenant_id = a.tenant_id AND p.id = a.subject_id AND a.subject_type = 'PERSON'
  LEFT JOIN collective c ON c.tenant_id = a.tenant_id AND c.id = a.subject_id AND a.subject_type = 'COLLECTIVE'
  LEFT JOIN household h ON h.tenant_id = a.tenant_id AND h.id = a.subject_id AND a.subject_type = 'HOUSEHOLD'
  JOIN org_unit u ON u.tenant_id = a.tenant_id
   AND u.id = CASE a.subject_type WHEN 'PERSON' THEN p.unit_id WHEN 'HOUSEHOLD' THEN h.unit_id
                                  ELSE COALESCE(c.unit_id, a.subject_id) END`;

function whereClause(tenantId: string, pathPrefix: string, f: AwardFilter): SQL {
  const parts: SQL[] = [sql`a.tenant_id = ${tenantId}`, sql`u.path LIKE ${`${escapeLike(pathPrefix)}%`}`];
  if (f.foldedName) {
    const person = sql`p.name_search LIKE ${`%${escapeLike(f.foldedName)}%`}`;
    const other = foldedName(sql`COALESCE(h.head_name, c.name, u.name)`);
    const unit = sql`(a.subject_type <> 'PERSON' AND ${other} LIKE ${`%${escapeLike(f.foldedName)}%`})`;
    parts.push(sql`(${person} OR ${unit})`);
  }
  if (f.awardCode) parts.push(sql`a.award_code = ${f.awardCode}`);
  if (f.kind) parts.push(sql`a.kind = ${f.kind}`);
  if (f.yearFrom !== undefined) parts.push(sql`a.year >= ${f.yearFrom}`);
  if (f.yearTo !== undefined) parts.push(sql`a.year <= ${f.yearTo}`);
  if (f.decisionNumber) {
    parts.push(sql`lower(a.decision_number) LIKE ${`%${escapeLike(f.decisionNumber.toLowerCase())}%`}`);
  }
  if (f.decisionId) parts.push(sql`a.decision_id = ${f.decisionId}`);
  if (f.awardCodes) {
    const codes = f.awardCodes.length
      ? sql.join(
          f.awardCodes.map((c) => sql`${c}`),
          sql`, `,
        )
      : sql`NULL`;
    parts.push(sql`a.award_code IN (${codes})`);
  }
  if (f.excludeRevoked) parts.push(sql`NOT a.is_revoked`);
  if (f.movementId) {
    parts.push(sql`EXISTS (SELECT 1 FROM award_movement am WHERE am.tenant_id = a.tenant_id
                     AND am.award_id = a.id AND am.movement_id = ${f.movementId})`);
  }
  return sql.join(parts, sql` AND `);
}

/** One page of awards under a path prefix, newest achievement year first, with the total. */
export async function searchAwardRows(
  db: Db | Tx,
  tenantId: string,
  pathPrefix: string,
  filter: AwardFilter,
  limit: number,
  offset: number,
): Promise<{ rows: AwardHitRow[]; total: number }> {
  const where = whereClause(tenantId, pathPrefix, filter);
  const rows = await queryRows<AwardHitRow>(
    db,
    sql`SELECT a.id, a.subject_type, a.subject_id, COALESCE(p.full_name, h.head_name, c.name, u.name) AS subject_name,
               u.id AS unit_id, u.name AS unit_name, a.award_code, a.kind, a.year, a.period_start_year,
               a.achievement, a.decision_id, a.decision_number, a.decision_date::text AS decision_date,
               a.amount_vnd, a.is_revoked, a.revoked_on::text AS revoked_on, a.revocation_ground,
               a.initiatives_used::text[] AS initiatives_used, a.version
        ${FROM}
        WHERE ${where}
        ORDER BY a.year DESC, COALESCE(p.name_sort, u.name) COLLATE "C", a.id
        LIMIT ${limit} OFFSET ${offset}`,
  );
  const [count] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n ${FROM} WHERE ${where}`);
  return { rows, total: Number(count?.n ?? 0) };
}
