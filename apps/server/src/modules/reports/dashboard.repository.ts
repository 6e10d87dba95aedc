import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/query-rows';
import { AWARD_LEVEL_SQL } from './fairness.repository';
import { AWARD_FIELDS, AWARD_UNIT_FROM, type FactScope, SOURCES } from './report-facts.repository';

// Dashboard figures, each one aggregate in SQL over the actor's subtree.

const escapeLike = (value: string) => value.replace(/[\\%_]/g, '\\$&');

/**
 * Awards and their money by year and level: the award's own columns, so the awards with their
 * subject's unit and no more (AWARD_UNIT_FROM), under the same conditions as the forms count them.
 */
export async function awardsByYearAndLevel(db: Db, scope: FactScope) {
  return queryRows<{ year: number; level: string; n: number; money: string | null }>(
    db,
    sql`SELECT ${AWARD_FIELDS.year} AS year, ${AWARD_LEVEL_SQL} AS level, count(*)::int AS n,
               COALESCE(sum(a.amount_vnd), 0)::bigint AS money
        ${AWARD_UNIT_FROM} WHERE ${SOURCES.AWARD.where(scope)} GROUP BY 1, 2 ORDER BY 1, 2`,
  );
}

/** Open dossiers received by offices inside the subtree, by state and by how close their deadline is. */
export async function proposalQueue(db: Db, tenantId: string, pathPrefix: string, today: string) {
  return queryRows<{ state: string; due: string; n: number }>(
    db,
    sql`SELECT p.state,
          CASE WHEN p.due_on IS NULL THEN 'NONE' WHEN p.due_on < ${today}::date THEN 'OVERDUE'
               WHEN p.due_on <= ${today}::date + 7 THEN 'WEEK' ELSE 'LATER' END AS due,
          count(*)::int AS n
        FROM proposal p
        JOIN org_unit u ON u.tenant_id = p.tenant_id AND u.id::text = p.levels->>p.level_index
        WHERE p.tenant_id = ${tenantId} AND u.path LIKE ${`${escapeLike(pathPrefix)}%`}
          AND p.state NOT IN ('DRAFT', 'UNIT_REVIEW', 'DECIDED', 'REJECTED', 'RETURNED')
        GROUP BY 1, 2`,
  );
}

/** People and collectives the last scan found eligible for the year and not on any dossier of that year. */
export async function eligibleNotProposed(db: Db, tenantId: string, pathPrefix: string, year: number) {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM eligibility_verdict v
        LEFT JOIN person p ON p.tenant_id = v.tenant_id AND p.id = v.subject_id AND v.subject_type = 'PERSON'
        JOIN org_unit u ON u.tenant_id = v.tenant_id AND u.id = COALESCE(p.unit_id, v.subject_id)
        WHERE v.tenant_id = ${tenantId} AND v.year = ${year} AND v.is_eligible AND NOT v.is_held
          AND u.path LIKE ${`${escapeLike(pathPrefix)}%`}
          AND NOT EXISTS (SELECT 1 FROM proposal_item i JOIN proposal pr ON pr.tenant_id = i.tenant_id AND pr.id = i.proposal_id
                          WHERE i.tenant_id = v.tenant_id AND i.subject_id = v.subject_id
                            AND i.award_code = v.award_code AND pr.year = v.year)`,
  );
  return Number(row?.n ?? 0);
}
