import { awardLevel, DECISION_LEVELS, type DecisionLevel } from '@vinhdanh/domain/portal/decision-level';
import { AWARD_CODES } from '@vinhdanh/domain/rules/types';
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/query-rows';

// Published decisions: a decision is public when its level (the highest level of its awards)
// is among the tenant's published levels. Only decision facts leave here; awardees come from the
// award search, which carries no ID numbers or birth dates.

/** CASE award_code → rank of its level (0 cơ sở, 1 bộ/tỉnh, 2 Nhà nước). */
const LEVEL_RANK: SQL = sql.join(
  [
    sql`CASE a.award_code`,
    ...AWARD_CODES.map((code) => {
      const level = awardLevel(code);
      return sql` WHEN ${code} THEN ${level ? DECISION_LEVELS.indexOf(level) : -1}::int`;
    }),
    sql` ELSE -1 END`,
  ],
  sql``,
);

export type PublicDecisionRow = {
  id: string;
  number: string;
  signed_on: string;
  issuer: string;
  signer: string | null;
  level_rank: number;
  awards: number;
  revoked: number;
};

const ranksOf = (levels: readonly DecisionLevel[]) => levels.map((l) => DECISION_LEVELS.indexOf(l));

function publishedDecisions(tenantId: string, levels: readonly DecisionLevel[], decisionId?: string): SQL {
  const ranks = ranksOf(levels);
  const inRanks = ranks.length
    ? sql.join(
        ranks.map((r) => sql`${r}::int`),
        sql`, `,
      )
    : sql`-99`;
  return sql`
    SELECT d.id, d.number, d.signed_on::text AS signed_on, d.issuer, d.signer,
           max(${LEVEL_RANK})::int AS level_rank, count(*)::int AS awards,
           count(*) FILTER (WHERE a.is_revoked)::int AS revoked
      FROM decision d
      JOIN award a ON a.tenant_id = d.tenant_id AND a.decision_id = d.id
     WHERE d.tenant_id = ${tenantId} ${decisionId ? sql`AND d.id = ${decisionId}` : sql``}
     GROUP BY d.id, d.number, d.signed_on, d.issuer, d.signer
    HAVING max(${LEVEL_RANK}) IN (${inRanks})`;
}

export async function listPublishedDecisions(
  db: Db,
  tenantId: string,
  levels: readonly DecisionLevel[],
  opts: { year?: number | undefined; limit: number; offset: number },
): Promise<{ rows: PublicDecisionRow[]; total: number }> {
  const base = publishedDecisions(tenantId, levels);
  const yearFilter = opts.year ? sql`WHERE extract(year from signed_on::date) = ${opts.year}` : sql``;
  const rows = await queryRows<PublicDecisionRow>(
    db,
    sql`SELECT * FROM (${base}) pd ${yearFilter} ORDER BY signed_on DESC, number DESC, id LIMIT ${opts.limit} OFFSET ${opts.offset}`,
  );
  const [count] = await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM (${base}) pd ${yearFilter}`,
  );
  return { rows, total: Number(count?.n ?? 0) };
}

export async function findPublishedDecision(
  db: Db,
  tenantId: string,
  levels: readonly DecisionLevel[],
  decisionId: string,
): Promise<PublicDecisionRow | undefined> {
  const [row] = await queryRows<PublicDecisionRow>(db, publishedDecisions(tenantId, levels, decisionId));
  return row;
}

export const levelOfRank = (rank: number): DecisionLevel | null => DECISION_LEVELS[rank] ?? null;
