import { awardName, certificateKind } from '@vinhdanh/domain/documents/award-phrases';
import type { Db } from '../../db/client';
import { AppError } from '../../lib/errors';
import { findVerifiedAward } from '../records/index';
import { loadTenantRuleSets } from '../rule-params/index';
import { verificationCodeTenant } from './verification-codes.repository';

/**
 * What the public may learn from a certificate's code: who received what, by which decision,
 * and whether it stands. Nothing else about the person (no ids, no personal data).
 */
export async function verifyCode(db: Db, code: string) {
  // Newer codes name their tenant (one shard on Citus); older ones are looked up by code alone.
  // One statement: the award, its decision, its tenant and its subject's names (decision 022).
  const row = await findVerifiedAward(db, code, verificationCodeTenant(code));
  if (!row) throw new AppError('VERIFICATION_NOT_FOUND');
  // The tenant's catalogue on the signing date: a province's own award is named, not shown as a code.
  // Kept a few seconds in memory (decision 019): no statement on a warm cache.
  const catalogue = (await loadTenantRuleSets(db, row.tenantId)).names(row.decisionDate);
  return {
    code,
    status: row.isRevoked ? ('REVOKED' as const) : ('VALID' as const),
    revokedOn: row.revokedOn,
    recipientName: row.name,
    unitLine: row.unitLine,
    award: awardName(row.awardCode, catalogue),
    certificateKind: certificateKind(row.awardCode),
    achievement: row.achievement,
    year: row.year,
    decisionNumber: row.decisionNumber,
    decisionDate: row.decisionDate,
    issuer: row.issuer,
    registryNumber: row.registryNumber,
    tenantName: row.tenantName,
  };
}
