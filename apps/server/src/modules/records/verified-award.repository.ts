import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { award, awardVerification, decision, tenant } from '../../db/schema/index';
import { type SubjectFields, subjectLabel } from './decision-awards.repository';

/**
 * The subject's names as one JSON scalar subquery per kind, correlated to the award's row. Each is
 * planned on its own, a join of at most two tables: joined into the outer statement as left joins
 * (seven of them), PostgreSQL spent ~4 ms choosing a join order (decision 022). A COLLECTIVE is an
 * org unit or a team; the keys are those of SubjectFields. `tenantId` is the code's tenant when it
 * names one: on Citus a subquery filtered by a constant tenant routes to that shard, while one
 * correlated to the outer row's tenant_id made the statement a task on every shard.
 */
const subjectFields = (tenantId: SQL) => sql<SubjectFields | null>`CASE ${award.subjectType}
  WHEN 'PERSON' THEN (SELECT json_build_object('personName', p.full_name, 'position', p.position, 'personUnitName', u.name)
    FROM person p LEFT JOIN org_unit u ON u.tenant_id = p.tenant_id AND u.id = p.unit_id
    WHERE p.tenant_id = ${tenantId} AND p.id = ${award.subjectId})
  WHEN 'COLLECTIVE' THEN coalesce(
    (SELECT json_build_object('unitName', u.name) FROM org_unit u
      WHERE u.tenant_id = ${tenantId} AND u.id = ${award.subjectId}),
    (SELECT json_build_object('teamName', c.name, 'teamUnitName', u.name)
      FROM collective c LEFT JOIN org_unit u ON u.tenant_id = c.tenant_id AND u.id = c.unit_id
      WHERE c.tenant_id = ${tenantId} AND c.id = ${award.subjectId}))
  WHEN 'HOUSEHOLD' THEN (SELECT json_build_object('householdName', h.head_name, 'householdAddress', h.address)
    FROM household h WHERE h.tenant_id = ${tenantId} AND h.id = ${award.subjectId})
END`;

/**
 * The award a certificate's code names, with its decision, its tenant and its subject's name and
 * unit line (as listDecisionAwards gives them), in one statement. `codeTenant` is the tenant the
 * code names (one shard on Citus), null for older codes, looked up by code alone. No row for an
 * unknown code, nor for an award without a decision or whose decision is gone.
 */
export async function findVerifiedAward(db: Db, code: string, codeTenant: string | null) {
  const [row] = await db
    .select({
      tenantId: awardVerification.tenantId,
      registryNumber: awardVerification.registryNumber,
      awardCode: award.awardCode,
      achievement: award.achievement,
      year: award.year,
      isRevoked: award.isRevoked,
      revokedOn: award.revokedOn,
      tenantName: tenant.name,
      decisionNumber: decision.number,
      decisionDate: decision.signedOn,
      issuer: decision.issuer,
      subject: subjectFields(codeTenant ? sql`${codeTenant}` : sql`${award.tenantId}`),
    })
    .from(awardVerification)
    .innerJoin(
      award,
      and(eq(award.tenantId, awardVerification.tenantId), eq(award.id, awardVerification.awardId)),
    )
    .innerJoin(decision, and(eq(decision.tenantId, award.tenantId), eq(decision.id, award.decisionId)))
    .innerJoin(tenant, eq(tenant.tenantId, awardVerification.tenantId))
    .where(
      and(
        codeTenant ? eq(awardVerification.tenantId, codeTenant) : undefined,
        eq(awardVerification.code, code),
      ),
    )
    .limit(1);
  if (!row) return undefined;
  const { subject, ...rest } = row;
  return { ...rest, ...subjectLabel(subject ?? {}) };
}
