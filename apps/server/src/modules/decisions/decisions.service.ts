import { engineSubjectType } from '@vinhdanh/domain/records/subject-type';
import { toDay } from '@vinhdanh/domain/rules/dates';
import { awardAmountVnd } from '@vinhdanh/domain/rules/money';
import type { AwardCode } from '@vinhdanh/domain/rules/types';
import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { award, orgUnit, proposalDecision } from '../../db/schema/index';
import { requireAccess } from '../../lib/access';
import { authorize } from '../../lib/authorize';
import type { RequestContext } from '../../lib/context';
import { rethrowUnique } from '../../lib/db-errors';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import {
  awardKindOf,
  listItems,
  type ProposalRow,
  proposalRef,
  runCommand,
  updateItem,
} from '../proposals/index';
import { type DecisionRow, insertDecision, resolveDecisionIssuer } from '../records/index';
import { loadTenantRuleSets } from '../rule-params/index';
import { recordAwardRevocation } from './award-revocation';
import { isNumberInRegister, nextDecisionNumber } from './decision-number.repository';
import { assertAfterCouncil, isDeputyPosition, signerAtDecidingUnit } from './decision-safeguards';
import type { ExternalDecisionInput, IssueDecisionInput, RevokeInput } from './decisions.schemas';

type Issued = { id: string; number: string; signedOn: string; seq: number | null };

/**
 * The workflow's decisions go into the same register as decisions entered by hand (records), through
 * the same insert, so the records, timeline and search pages show them.
 */
const registerDecision = (tx: Tx, row: DecisionRow) =>
  insertDecision(tx, row).catch(rethrowUnique('DUPLICATE_DECISION_NUMBER'));

/** Approved items must be ones the office found eligible and, where required, the council passed. */
async function writeAwards(tx: Tx, p: ProposalRow, approvedIds: string[], d: Issued) {
  const items = await listItems(tx, p.tenantId, p.id);
  const requirements = p.requirements as { councilVote: boolean };
  const ruleSet = (await loadTenantRuleSets(tx as Db, p.tenantId)).at(d.signedOn);
  for (const id of approvedIds) {
    const item = items.find((i) => i.id === id);
    if (!item) throw new AppError('PROPOSAL_ITEM_NOT_FOUND');
    const needsVote =
      requirements.councilVote && (ruleSet.awards[item.awardCode as AwardCode]?.councilVote ?? null) !== null;
    if (item.appraisedEligible !== true || (needsVote && item.councilPassed !== true)) {
      throw new AppError('INVALID_INPUT', [
        {
          path: 'approvedItemIds',
          message: `${item.subjectName}: chưa được thẩm định đủ điều kiện hoặc Hội đồng chưa thông qua`,
        },
      ]);
    }
  }
  for (const item of items) {
    if (!approvedIds.includes(item.id)) {
      await updateItem(tx, p.tenantId, item.id, { outcome: 'NOT_APPROVED' });
      continue;
    }
    // The engine's subject type: a household's money has its own multiplier (Law 2022, Điều 74).
    const subjectType = engineSubjectType(item.subjectType);
    // Coefficient × base salary on the decision date, rounded up to 10,000 đ (rule set's money rule).
    const amountVnd = awardAmountVnd(ruleSet, item.awardCode as AwardCode, subjectType, toDay(d.signedOn));
    const awardId = newId();
    await tx.insert(award).values({
      tenantId: p.tenantId,
      id: awardId,
      subjectType: item.subjectType,
      subjectId: item.subjectId,
      awardCode: item.awardCode,
      kind: awardKindOf(p.kind),
      year: p.year,
      decisionId: d.id,
      decisionNumber: d.number,
      decisionDate: d.signedOn,
      amountVnd,
      achievement: item.achievement,
    });
    await updateItem(tx, p.tenantId, item.id, { outcome: 'APPROVED', awardId });
  }
}

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
    effect: async (tx, p) => {
      await assertAfterCouncil(tx, p, input.signedOn);
      const d: Issued = { id: newId(), number: input.number, signedOn: input.signedOn, seq: null };
      await registerDecision(tx, {
        tenantId: p.tenantId,
        id: d.id,
        number: d.number,
        signedOn: d.signedOn,
        ...(await resolveDecisionIssuer(tx, ctx, 'decision:issue', { issuer: input.issuer })),
        signer: input.signer ?? null,
        signerPosition: input.signerPosition ?? null,
        signedAsDeputy: input.signedAsDeputy ?? isDeputyPosition(input.signerPosition ?? null),
      });
      await tx.insert(proposalDecision).values({
        tenantId: p.tenantId,
        decisionId: d.id,
        proposalId: p.id,
        year: Number(input.signedOn.slice(0, 4)),
        seq: null,
        isExternal: true,
      });
      await writeAwards(tx, p, input.approvedItemIds, d);
      issued = d;
      return { decisionId: d.id };
    },
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
