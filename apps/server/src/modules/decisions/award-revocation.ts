import type { Tx } from '../../db/client';
import { awardRevocation } from '../../db/schema/index';
import type { RequestContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { appendAudit } from '../../platform/audit/append-audit';
import { markAwardRevoked } from '../records/index';

export type AwardRevocation = {
  awardId: string;
  /** The decision the award was given by; null for an award recorded without one in the system. */
  decisionId: string | null;
  /** Law 2022, Điều 93, khoản 2, điểm a–d. */
  ground: 'A' | 'B' | 'C' | 'D';
  revokedOn: string;
  reason: string;
  recoverCertificate: boolean;
  recoverMoney: boolean;
  /** What started it, kept in the audit event (a complaint's conclusion names its case). */
  origin?: Record<string, string>;
  /** The signed revocation decision that records it (an award of a signed decision). */
  revocationDecisionId?: string;
};

/**
 * The per-award revocation (thu hồi khen thưởng): the award is marked revoked with its legal
 * ground, the revocation is recorded (certificate and money to recover) and audited. The caller
 * has checked who may revoke; this runs inside the caller's transaction.
 */
export async function recordAwardRevocation(tx: Tx, ctx: RequestContext, r: AwardRevocation) {
  const tenantId = ctx.actor.tenantId;
  const a = await markAwardRevoked(
    tx,
    tenantId,
    r.awardId,
    { revokedOn: r.revokedOn, ground: r.ground },
    r.decisionId ? { decisionId: r.decisionId } : {},
  );
  if (!a) throw new AppError('AWARD_ALREADY_REVOKED');
  await tx.insert(awardRevocation).values({
    tenantId,
    id: newId(),
    awardId: a.id,
    decisionId: r.decisionId,
    ground: r.ground,
    revokedOn: r.revokedOn,
    reason: r.reason,
    recoverCertificate: r.recoverCertificate,
    recoverAmountVnd: r.recoverMoney ? a.amountVnd : null,
    decidedBy: ctx.actor.userId,
    revocationDecisionId: r.revocationDecisionId ?? null,
  });
  await appendAudit(tx, {
    tenantId,
    actorId: ctx.actor.userId,
    action: 'award.revoke',
    entityType: 'award',
    entityId: a.id,
    after: {
      ground: r.ground.toLowerCase(),
      revokedOn: r.revokedOn,
      ...r.origin,
      ...(r.revocationDecisionId ? { revocationDecisionId: r.revocationDecisionId } : {}),
    },
    requestId: ctx.requestId,
  });
  return a;
}
