import { INDICATOR_DEFS } from '@vinhdanh/domain/reports/fairness-indicators';
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/query-rows';
import { AWARD_FIELDS, type FactScope, SOURCES } from './report-facts.repository';
import { filterToSql } from './report-filter.sql';

// The figures of the year-end summary, each a SQL aggregate over the scope's subtree (no rows are
// counted in Node). Awards and movements use the statistical forms' own FROM and WHERE, so the
// summary and forms 0601–0603 count the same facts; the six-month version narrows them to the
// decisions (or launches) dated by 30 June.

export type SummaryScope = FactScope & { year: number; from: string; to: string; isFullYear: boolean };

const like = (prefix: string) => `${prefix.replace(/[\\%_]/g, '\\$&')}%`;

/** Awards inside the period: the forms' year rule, and for a half year a decision dated in it. */
function awardWhere(s: SummaryScope): SQL {
  const base = SOURCES.AWARD.where(s);
  return s.isFullYear ? base : sql`${base} AND a.decision_date BETWEEN ${s.from} AND ${s.to}`;
}

export type AwardCodeCount = {
  awardCode: string;
  persons: number;
  collectives: number;
  dotXuatPersons: number;
  dotXuatCollectives: number;
};

/** Standing awards of the period by award code: individuals, collectives (households with them), đột xuất. */
export async function countAwardsByCode(db: Db, s: SummaryScope): Promise<AwardCodeCount[]> {
  const rows = await queryRows<Record<string, unknown>>(
    db,
    sql`SELECT a.award_code,
          count(*) FILTER (WHERE a.subject_type = 'PERSON')::int AS persons,
          count(*) FILTER (WHERE a.subject_type <> 'PERSON')::int AS collectives,
          count(*) FILTER (WHERE a.subject_type = 'PERSON' AND a.kind = 'DOT_XUAT')::int AS dx_persons,
          count(*) FILTER (WHERE a.subject_type <> 'PERSON' AND a.kind = 'DOT_XUAT')::int AS dx_collectives
        ${SOURCES.AWARD.from}
        WHERE ${awardWhere(s)}
        GROUP BY a.award_code`,
  );
  return rows.map((r) => ({
    awardCode: String(r.award_code),
    persons: Number(r.persons),
    collectives: Number(r.collectives),
    dotXuatPersons: Number(r.dx_persons),
    dotXuatCollectives: Number(r.dx_collectives),
  }));
}

/** The direct workers' share (same filters as the fairness view): members and base. */
export async function countDirectWorkers(db: Db, s: SummaryScope): Promise<{ count: number; base: number }> {
  const d = INDICATOR_DEFS.DIRECT_WORKER;
  const [row] = await queryRows<{ base: number; count: number }>(
    db,
    sql`SELECT count(*) FILTER (WHERE COALESCE(${filterToSql(d.base, AWARD_FIELDS)}, FALSE))::int AS base,
               count(*) FILTER (WHERE COALESCE(${filterToSql(d.member, AWARD_FIELDS)}, FALSE))::int AS count
        ${SOURCES.AWARD.from}
        WHERE ${awardWhere(s)}`,
  );
  return { count: Number(row?.count ?? 0), base: Number(row?.base ?? 0) };
}

export type MovementLine = {
  title: string;
  form: 'THUONG_XUYEN' | 'CHUYEN_DE';
  state: string;
  startDate: string | null;
  endDate: string | null;
  registrations: number;
  awards: number;
};

/** Movements launched in the period (as 0601 counts them), each with its registrations and standing awards. */
export async function listMovementResults(db: Db, s: SummaryScope, limit: number) {
  const m = SOURCES.MOVEMENT;
  const inPeriod = s.isFullYear
    ? m.where(s)
    : sql`${m.where(s)} AND (m.start_date IS NULL OR m.start_date <= ${s.to})`;
  const totals = await queryRows<{ form: string; n: number }>(
    db,
    sql`SELECT m.form, count(*)::int AS n ${m.from} WHERE ${inPeriod} GROUP BY m.form`,
  );
  const rows = await queryRows<Record<string, unknown>>(
    db,
    sql`SELECT m.title, m.form, m.state, m.start_date::text AS start_date, m.end_date::text AS end_date,
          (SELECT count(*)::int FROM registration r
            WHERE r.tenant_id = m.tenant_id AND r.movement_id = m.id) AS registrations,
          (SELECT count(*)::int FROM award_movement am
             JOIN award aw ON aw.tenant_id = am.tenant_id AND aw.id = am.award_id AND NOT aw.is_revoked
            WHERE am.tenant_id = m.tenant_id AND am.movement_id = m.id) AS awards
        ${m.from} WHERE ${inPeriod}
        ORDER BY m.form DESC, m.start_date NULLS LAST, m.title COLLATE "C"
        LIMIT ${limit}`,
  );
  const byForm = Object.fromEntries(totals.map((t) => [t.form, Number(t.n)]));
  return {
    regular: byForm.THUONG_XUYEN ?? 0,
    thematic: byForm.CHUYEN_DE ?? 0,
    lines: rows.map(
      (r): MovementLine => ({
        title: String(r.title),
        form: r.form as MovementLine['form'],
        state: String(r.state),
        startDate: (r.start_date as string | null) ?? null,
        endDate: (r.end_date as string | null) ?? null,
        registrations: Number(r.registrations),
        awards: Number(r.awards),
      }),
    ),
  };
}

export type ClusterLine = {
  name: string;
  kind: 'CUM' | 'KHOI';
  members: number;
  headName: string | null;
  deputyName: string | null;
  leadingName: string | null;
};

/**
 * The year's clusters and blocks the subtree organises or takes part in: head and deputy (the
 * year's election when there is one) and the leading unit its members voted (suy tôn).
 */
export async function listClusterLeaders(db: Db, s: SummaryScope): Promise<ClusterLine[]> {
  const path = like(s.pathPrefix);
  const rows = await queryRows<Record<string, unknown>>(
    db,
    sql`SELECT c.name, c.kind,
          (SELECT count(*)::int FROM cluster_member cm WHERE cm.tenant_id = c.tenant_id AND cm.cluster_id = c.id) AS members,
          hu.name AS head_name, du.name AS deputy_name, lu.name AS leading_name
        FROM cluster c
        JOIN org_unit ou ON ou.tenant_id = c.tenant_id AND ou.id = c.organiser_unit_id
        LEFT JOIN LATERAL (
          SELECT l.head_unit_id, l.deputy_unit_id FROM cluster_leadership l
           WHERE l.tenant_id = c.tenant_id AND l.cluster_id = c.id AND l.term_year = c.year
           ORDER BY l.elected_on DESC LIMIT 1) el ON TRUE
        LEFT JOIN org_unit hu ON hu.tenant_id = c.tenant_id AND hu.id = COALESCE(el.head_unit_id, c.head_unit_id)
        LEFT JOIN org_unit du ON du.tenant_id = c.tenant_id
          AND du.id = CASE WHEN el.head_unit_id IS NULL THEN c.deputy_unit_id ELSE el.deputy_unit_id END
        LEFT JOIN org_unit lu ON lu.tenant_id = c.tenant_id AND lu.id = c.leading_unit_id
        WHERE c.tenant_id = ${s.tenantId} AND c.year = ${s.year}
          AND (ou.path LIKE ${path} OR EXISTS (
            SELECT 1 FROM cluster_member cm JOIN org_unit mu ON mu.tenant_id = cm.tenant_id AND mu.id = cm.unit_id
             WHERE cm.tenant_id = c.tenant_id AND cm.cluster_id = c.id AND mu.path LIKE ${path}))
        ORDER BY c.kind, c.name COLLATE "C"`,
  );
  return rows.map((r) => ({
    name: String(r.name),
    kind: r.kind as ClusterLine['kind'],
    members: Number(r.members),
    headName: (r.head_name as string | null) ?? null,
    deputyName: (r.deputy_name as string | null) ?? null,
    leadingName: (r.leading_name as string | null) ?? null,
  }));
}

export type ComplaintCounts = {
  received: number;
  khieuNai: number;
  toCao: number;
  transferred: number;
  concluded: number;
  upheld: number;
  partlyUpheld: number;
  rejected: number;
  pending: number;
};

/**
 * Complaints and denunciations about the subtree's emulation and commendation: received in the
 * period by kind (the handler's classification, else as filed), transferred, concluded in the
 * period by outcome, and those still being handled at its end.
 */
export async function countComplaints(db: Db, s: SummaryScope): Promise<ComplaintCounts> {
  const received = sql`c.received_on BETWEEN ${s.from} AND ${s.to}`;
  const concluded = sql`c.concluded_on BETWEEN ${s.from} AND ${s.to}`;
  const [r] = await queryRows<Record<string, unknown>>(
    db,
    sql`SELECT
          count(*) FILTER (WHERE ${received})::int AS received,
          count(*) FILTER (WHERE ${received} AND COALESCE(c.kind, c.filed_as) = 'KHIEU_NAI')::int AS khieu_nai,
          count(*) FILTER (WHERE ${received} AND COALESCE(c.kind, c.filed_as) = 'TO_CAO')::int AS to_cao,
          count(*) FILTER (WHERE ${received} AND c.state = 'TRANSFERRED')::int AS transferred,
          count(*) FILTER (WHERE ${concluded})::int AS concluded,
          count(*) FILTER (WHERE ${concluded} AND c.outcome = 'UPHELD')::int AS upheld,
          count(*) FILTER (WHERE ${concluded} AND c.outcome = 'PARTLY_UPHELD')::int AS partly,
          count(*) FILTER (WHERE ${concluded} AND c.outcome = 'REJECTED')::int AS rejected,
          count(*) FILTER (WHERE c.received_on <= ${s.to} AND c.state <> 'TRANSFERRED'
            AND (c.concluded_on IS NULL OR c.concluded_on > ${s.to}))::int AS pending
        FROM complaint c
        JOIN org_unit u ON u.tenant_id = c.tenant_id AND u.id = c.unit_id
        WHERE c.tenant_id = ${s.tenantId} AND u.path LIKE ${like(s.pathPrefix)}`,
  );
  const n = (k: string) => Number(r?.[k] ?? 0);
  return {
    received: n('received'),
    khieuNai: n('khieu_nai'),
    toCao: n('to_cao'),
    transferred: n('transferred'),
    concluded: n('concluded'),
    upheld: n('upheld'),
    partlyUpheld: n('partly'),
    rejected: n('rejected'),
    pending: n('pending'),
  };
}
