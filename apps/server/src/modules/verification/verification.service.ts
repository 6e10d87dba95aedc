import { awardName, certificateKind } from '@vinhdanh/domain/documents/award-phrases';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { award, awardVerification, decision, tenant } from '../../db/schema/index';
import { AppError } from '../../lib/errors';
import { listDecisionAwards } from '../records/index';
import { loadTenantRuleSets } from '../rule-params/index';
import { verificationCodeTenant } from './verification-codes.repository';

/**
 * What the public may learn from a certificate's code: who received what, by which decision,
 * and whether it stands. Nothing else about the person (no ids, no personal data).
 */
export async function verifyCode(db: Db, code: string) {
  // Newer codes name their tenant (one shard on Citus); older ones are looked up by code alone.
  const codeTenant = verificationCodeTenant(code);
  const [row] = await db
    .select({
      tenantId: awardVerification.tenantId,
      awardId: awardVerification.awardId,
      registryNumber: awardVerification.registryNumber,
      decisionId: award.decisionId,
      isRevoked: award.isRevoked,
      revokedOn: award.revokedOn,
      tenantName: tenant.name,
    })
    .from(awardVerification)
    .innerJoin(
      award,
      and(eq(award.tenantId, awardVerification.tenantId), eq(award.id, awardVerification.awardId)),
    )
    .innerJoin(tenant, eq(tenant.tenantId, awardVerification.tenantId))
    .where(
      and(
        codeTenant ? eq(awardVerification.tenantId, codeTenant) : undefined,
        eq(awardVerification.code, code),
      ),
    )
    .limit(1);
  if (!row?.decisionId) throw new AppError('VERIFICATION_NOT_FOUND');
  const [d] = await db
    .select()
    .from(decision)
    .where(and(eq(decision.tenantId, row.tenantId), eq(decision.id, row.decisionId)));
  const [subject] = await listDecisionAwards(db, row.tenantId, row.decisionId, row.awardId);
  if (!d || !subject) throw new AppError('VERIFICATION_NOT_FOUND');
  // The tenant's catalogue on the signing date: a province's own award is named, not shown as a code.
  const catalogue = (await loadTenantRuleSets(db, row.tenantId)).names(d.signedOn);
  return {
    code,
    status: row.isRevoked ? ('REVOKED' as const) : ('VALID' as const),
    revokedOn: row.revokedOn,
    recipientName: subject.name,
    unitLine: subject.unitLine,
    award: awardName(subject.awardCode, catalogue),
    certificateKind: certificateKind(subject.awardCode),
    achievement: subject.achievement,
    year: subject.year,
    decisionNumber: d.number,
    decisionDate: d.signedOn,
    issuer: d.issuer,
    registryNumber: row.registryNumber,
    tenantName: row.tenantName,
  };
}
