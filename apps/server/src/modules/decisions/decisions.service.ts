import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { orgUnit, proposalDecision } from '../../db/schema/index';
import { requireAccess } from '../../lib/access';
import { authorize } from '../../lib/authorize';
import type { RequestContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { type ProposalRow, proposalRef, runCommand } from '../proposals/index';
import { recordAwardRevocation } from './award-revocation';
import { isNumberInRegister, nextDecisionNumber } from './decision-number.repository';
import { assertAfterCouncil, isDeputyPosition, signerAtDecidingUnit } from './decision-safeguards';
import { externalDecisionEffect, type Issued, registerDecision, writeAwards } from './decision-writes';
import type { ExternalDecisionInput, IssueDecisionInput, RevokeInput } from './decisions.schemas';

/** The deciding unit: the last level of the proposal's route. Its register holds the number. */
async function deciderUnit(tx: Tx, p: ProposalRow) {
  const unitId = p.levels[p.levels.length - 1] ?? p.submittingUnitId;
  const [u] = await tx
    .select({ name: orgUnit.name })
    .from(orgUnit)
    .where(and(eq(orgUnit.tenantId, p.tenantId), eq(orgUnit.id, unitId)));
  return { issuer: u?.name ?? '', issuerUnitId: unitId };
}

/** The decider's decision: next number of the yearly register, awards with their money. */
export async function issueDecision(db: Db, ctx: RequestContext, input: IssueDecisionInput) {
  const proposal = await requireAccess(db, ctx, 'decision:issue', proposalRef(input.proposalId, 'DECIDER'));
  let issued: Issued | undefined;
  const view = await runCommand(db, ctx, {
    proposal,
    expectedVersion: input.expectedVersion,
    command: { type: 'issueDecision', approvedItems: input.approvedItemIds.length },
    detail: {
      approvedItems: input.approvedItemIds.length,
      signedOn: input.signedOn,
      signerUserId: input.signerUserId ?? ctx.actor.userId,
    },
    effect: async (tx, p) => {
      await assertAfterCouncil(tx, p, input.signedOn);
      const signer = await signerAtDecidingUnit(tx, p, input.signerUserId ?? ctx.actor.userId);
      const year = Number(input.signedOn.slice(0, 4));
      const decider = await deciderUnit(tx, p);
      const printed = (n: number) => `${n}/${input.symbol ?? 'QĐ-UBND'}`;
      const seq = await nextDecisionNumber(tx, p.tenantId, year, (n) =>
        isNumberInRegister(tx, p.tenantId, decider.issuerUnitId, printed(n), year),
      );
      const d: Issued = { id: newId(), number: printed(seq), signedOn: input.signedOn, seq };
      await registerDecision(tx, {
        tenantId: p.tenantId,
        id: d.id,
        number: d.number,
        signedOn: d.signedOn,
        ...decider,
        signer: input.signer ?? signer.fullName,
        signerPosition: signer.positionTitle,
        signedAsDeputy: input.signedAsDeputy ?? isDeputyPosition(signer.positionTitle),
      });
      await tx
        .insert(proposalDecision)
        .values({ tenantId: p.tenantId, decisionId: d.id, proposalId: p.id, year, seq });
      await writeAwards(tx, p, input.approvedItemIds, d);
      issued = d;
      return { decisionId: d.id };
    },
  });
  if (!issued) throw new AppError('INTERNAL');
  return { decision: issued, proposal: view };
}

/** The upper level's decision on a proposal the province proposed up (Law 2022, Điều 83.2). */
export async function recordExternalDecision(db: Db, ctx: RequestContext, input: ExternalDecisionInput) {
  const proposal = await requireAccess(db, ctx, 'decision:issue', proposalRef(input.proposalId, 'DECIDER'));
  let issued: Issued | undefined;
  const view = await runCommand(db, ctx, {
    proposal,
    expectedVersion: input.expectedVersion,
    command: { type: 'recordExternalDecision', approvedItems: input.approvedItemIds.length },
    detail: { number: input.number, issuer: input.issuer, approvedItems: input.approvedItemIds.length },
    effect: externalDecisionEffect(ctx, input, (d) => {
      issued = d;
    }),
  });
  if (!issued) throw new AppError('INTERNAL');
  return { decision: issued, proposal: view };
}

/**
 * Revokes one award of a decision (Law 2022, Điều 93, khoản 2, a–d): the award is marked revoked
 * (the engine then ignores it), and the recovery of certificate and money is recorded.
 */
export async function revokeDecisionItem(
  db: Db,
  ctx: RequestContext,
  decisionId: string,
  input: RevokeInput,
  isSigned: (db: Db, tenantId: string, decisionId: string) => Promise<boolean> = async () => false,
) {
  // The role first; the proposal the decision answered decides the scope (its deciding level).
  authorize(ctx.actor, 'decision:revoke');
  const tenantId = ctx.actor.tenantId;
  const [link] = await db
    .select()
    .from(proposalDecision)
    .where(and(eq(proposalDecision.tenantId, tenantId), eq(proposalDecision.decisionId, decisionId)));
  if (!link) throw new AppError('DECISION_NOT_FOUND');
  const p = await requireAccess(db, ctx, 'decision:revoke', proposalRef(link.proposalId, 'DECIDER'));
  // A signed decision cannot be changed: its award is revoked by a signed revocation decision
  // (POST /decisions/{id}/revocation-decisions, signing module).
  if (await isSigned(db, tenantId, decisionId)) throw new AppError('REVOCATION_DECISION_REQUIRED');
  return runCommand(db, ctx, {
    proposal: p,
    expectedVersion: p.version,
    command: { type: 'revoke' },
    detail: { awardId: input.awardId, ground: input.ground, reason: input.reason },
    effect: async (tx) => {
      await recordAwardRevocation(tx, ctx, {
        awardId: input.awardId,
        decisionId,
        ground: input.ground.toUpperCase() as 'A' | 'B' | 'C' | 'D',
        revokedOn: input.revokedOn,
        reason: input.reason,
        recoverCertificate: input.recoverCertificate,
        recoverMoney: input.recoverMoney,
      });
      return undefined;
    },
  });
}
