import {
  AWARD_KINDS,
  type AwardCode,
  type AwardKind,
  type CollectiveKind,
  DISCIPLINE_FORMS,
  type DisciplineForm,
  type History,
  HOLD_REASONS,
  type HoldReason,
  type SubjectGroup,
} from '@vinhdanh/domain/rules/types';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/query-rows';
import { orgUnit } from '../../db/schema/index';
import { loadSubjectRecords, type PersonFacts } from '../../db/subject-records.repository';
import { leadershipOf } from '../clusters/index';

const asKind = (k: string): AwardKind =>
  (AWARD_KINDS as readonly string[]).includes(k) ? (k as AwardKind) : 'CONG_TRANG';
const isForm = (f: string): f is DisciplineForm => (DISCIPLINE_FORMS as readonly string[]).includes(f);
const isHold = (r: string): r is HoldReason => (HOLD_REASONS as readonly string[]).includes(r);

type Mutable = {
  subject: History['subject'];
  ratings: NonNullable<History['ratings']>[number][];
  awards: NonNullable<History['awards']>[number][];
  initiatives: NonNullable<History['initiatives']>[number][];
  disciplines: NonNullable<History['disciplines']>[number][];
  holds: NonNullable<History['holds']>[number][];
  members?: History['members'];
  clusterLeader: NonNullable<History['clusterLeader']>[number][];
};

/**
 * Loads the records every subject of a batch has, in one statement (`db` may be a transaction),
 * and the people among them when `people` is set: their facts are returned for the caller to
 * start each history with, before the records are added here.
 */
async function loadRecords(
  db: Db,
  tenantId: string,
  ids: string[],
  histories: Map<string, Mutable>,
  start?: (people: PersonFacts[]) => void,
) {
  const records = await loadSubjectRecords(db, tenantId, ids, {
    initiativesOf: { authors: ids },
    people: start !== undefined,
  });
  start?.(records.people);
  const { ratings, awards, initiatives, disciplines, holds } = records;
  for (const r of ratings) histories.get(r.subjectId)?.ratings.push({ year: r.year, rating: r.rating });
  for (const a of awards) {
    // Every award counts, the province's own codes too (issue 12, rule 12): they were skipped, so
    // "one achievement, one award" could not see them. A code is checked when the award is written
    // (the law's catalogue or the tenant's), and the engine names an unknown one by its code.
    histories.get(a.subjectId)?.awards.push({
      id: a.id,
      award: a.awardCode as AwardCode,
      year: a.year,
      kind: asKind(a.kind),
      decisionDate: a.decisionDate,
      revoked: a.isRevoked,
      // CV 5007/BNV-TĐKT III.5.c: the engine skips these for any other award.
      initiativesUsed: a.initiativesUsed,
    });
  }
  for (const i of initiatives) {
    histories.get(i.subjectId ?? '')?.initiatives.push({
      id: i.id,
      year: i.year,
      type: i.type,
      scope: i.scope,
      applied: i.isApplied,
      accepted: i.isAccepted,
    });
  }
  for (const d of disciplines) {
    if (isForm(d.form))
      histories.get(d.subjectId)?.disciplines.push({ form: d.form, from: d.fromDate, to: d.toDate });
  }
  for (const h of holds) {
    if (isHold(h.reason))
      histories.get(h.subjectId)?.holds.push({ reason: h.reason, from: h.fromDate, to: h.toDate });
  }
}

const empty = (subject: History['subject']): Mutable => ({
  subject,
  ratings: [],
  awards: [],
  initiatives: [],
  disciplines: [],
  holds: [],
  clusterLeader: [],
});

/** The rules engine's kind of collective for an org-unit type. */
function collectiveKindOf(type: (typeof orgUnit.$inferSelect)['type']): CollectiveKind {
  if (type === 'XA_PHUONG') return 'COMMUNE';
  if (type === 'THON_TO_DAN_PHO') return 'VILLAGE';
  return 'AGENCY';
}

export async function loadPersonHistories(
  db: Db,
  tenantId: string,
  ids: string[],
): Promise<Map<string, History>> {
  const histories = new Map<string, Mutable>();
  if (ids.length === 0) return histories;
  // The people's own facts come in the same statement as their records.
  await loadRecords(db, tenantId, ids, histories, (people) => {
    for (const p of people) {
      histories.set(
        p.id,
        empty({ type: 'individual', recruitedOn: p.recruitedOn, group: p.subjectGroup as SubjectGroup }),
      );
    }
  });
  return histories;
}

/** A collective's history, with member statistics of the year computed from its people. */
export async function loadCollectiveHistories(db: Db, tenantId: string, unitIds: string[], year: number) {
  const histories = new Map<string, Mutable>();
  if (unitIds.length === 0) return histories as Map<string, History>;
  const units = await db
    .select({ id: orgUnit.id, type: orgUnit.type })
    .from(orgUnit)
    .where(and(eq(orgUnit.tenantId, tenantId), inArray(orgUnit.id, unitIds)));
  for (const u of units)
    histories.set(u.id, empty({ type: 'collective', collectiveKind: collectiveKindOf(u.type) }));
  await loadRecords(db, tenantId, unitIds, histories);
  // Leading a cluster or bloc: the winners of the closed suy tôn votes (Cờ thi đua, ND 152 Điều 26–27).
  for (const l of await leadershipOf(db, tenantId, unitIds))
    histories.get(l.unitId)?.clusterLeader.push({ year: l.year, organizer: l.organizer });
  // Each member's rating and awards of the year through the (subject, year) indexes: the EXISTS
  // filters this replaced let the planner hash the tenant's whole rating and award tables for one
  // unit (21 ms on the demo, 1.3 s at 100,000 people; issue 19).
  const stats = await queryRows<{
    unit_id: string;
    total: number;
    completed: number;
    ldtt: number;
    cstdcs: number;
  }>(
    db,
    sql`SELECT p.unit_id, count(*)::int AS total,
               count(*) FILTER (WHERE r.done)::int AS completed,
               count(*) FILTER (WHERE aw.ldtt)::int AS ldtt,
               count(*) FILTER (WHERE aw.cstdcs)::int AS cstdcs
          FROM person p
          LEFT JOIN LATERAL (
            SELECT true AS done FROM annual_rating r
             WHERE r.tenant_id = p.tenant_id AND r.subject_id = p.id AND r.year = ${year} AND r.rating <> 'KHTNV'
             LIMIT 1) r ON true
          LEFT JOIN LATERAL (
            SELECT bool_or(a.award_code = 'LDTT') AS ldtt, bool_or(a.award_code = 'CSTDCS') AS cstdcs FROM award a
             WHERE a.tenant_id = p.tenant_id AND a.subject_id = p.id AND a.year = ${year} AND NOT a.is_revoked) aw ON true
         WHERE p.tenant_id = ${tenantId} AND p.unit_id IN (${sql.join(
           unitIds.map((id) => sql`${id}::uuid`),
           sql`, `,
         )})
         GROUP BY p.unit_id`,
  );
  for (const s of stats) {
    const h = histories.get(s.unit_id);
    if (h) h.members = { total: s.total, completedDuties: s.completed, ldtt: s.ldtt, cstdcs: s.cstdcs };
  }
  return histories as Map<string, History>;
}

/**
 * Teams (tổ, nhóm) and households: their own ratings, awards and holds; no member statistics (a
 * team's members are not recorded), so criteria that need them stay unmet with the reason shown.
 */
export async function loadRecordHistories(
  db: Db,
  tenantId: string,
  ids: string[],
  subject: History['subject'],
): Promise<Map<string, History>> {
  const histories = new Map<string, Mutable>();
  if (ids.length === 0) return histories as Map<string, History>;
  for (const id of ids) histories.set(id, empty(subject));
  await loadRecords(db, tenantId, ids, histories);
  return histories as Map<string, History>;
}

/** Active units of a tenant (collectives that can be rewarded). */
export async function listActiveUnitIds(db: Db, tenantId: string, pathPrefix: string) {
  const rows = await db
    .select({ id: orgUnit.id })
    .from(orgUnit)
    .where(
      and(
        eq(orgUnit.tenantId, tenantId),
        eq(orgUnit.status, 'ACTIVE'),
        isNull(orgUnit.validTo),
        sql`${orgUnit.path} LIKE ${`${pathPrefix}%`}`,
      ),
    );
  return rows.map((r) => r.id);
}
