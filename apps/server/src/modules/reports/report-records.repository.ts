import type { ReportSource } from '@vinhdanh/domain/reports/report-sources';
import { type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { queryRows } from '../../db/query-rows';
import { type FactScope, SOURCES } from './report-facts.repository';

// The records behind a figure: the same FROM and WHERE as the count, plus the cell's condition,
// so the list always has exactly as many rows as the number clicked.

export type ReportRecordRow = {
  id: string;
  kind: 'AWARD' | 'MOVEMENT';
  /** Person, collective or household name; the movement's title. */
  name: string;
  subject_type: string | null;
  subject_id: string | null;
  unit_id: string;
  unit_name: string;
  code: string;
  award_kind: string | null;
  year: number;
  decision_number: string | null;
  decision_date: string | null;
};

const SELECT: Record<ReportSource, SQL> = {
  AWARD: sql`SELECT a.id, 'AWARD' AS kind, COALESCE(p.full_name, h.head_name, c.name, u.name) AS name,
      a.subject_type, a.subject_id, u.id AS unit_id, u.name AS unit_name, a.award_code AS code,
      a.kind AS award_kind, COALESCE(EXTRACT(YEAR FROM a.decision_date)::int, a.year) AS year,
      a.decision_number, a.decision_date::text AS decision_date`,
  MOVEMENT: sql`SELECT m.id, 'MOVEMENT' AS kind, m.title AS name, NULL AS subject_type, NULL AS subject_id,
      u.id AS unit_id, u.name AS unit_name, m.form AS code, NULL AS award_kind, m.year,
      NULL AS decision_number, m.start_date::text AS decision_date`,
};
const ORDER: Record<ReportSource, SQL> = {
  AWARD: sql`ORDER BY a.decision_date DESC NULLS LAST, COALESCE(p.name_sort, u.name) COLLATE "C", a.id`,
  MOVEMENT: sql`ORDER BY m.start_date DESC NULLS LAST, m.title COLLATE "C", m.id`,
};

export async function listFactRecords(
  db: Db | Tx,
  source: ReportSource,
  scope: FactScope,
  condition: SQL,
  limit: number,
  offset: number,
): Promise<{ rows: ReportRecordRow[]; total: number }> {
  const s = SOURCES[source];
  const where = sql`${s.where(scope)} AND ${condition}`;
  const rows = await queryRows<ReportRecordRow>(
    db,
    sql`${SELECT[source]} ${s.from} WHERE ${where} ${ORDER[source]} LIMIT ${limit} OFFSET ${offset}`,
  );
  const [count] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n ${s.from} WHERE ${where}`);
  return { rows, total: Number(count?.n ?? 0) };
}
