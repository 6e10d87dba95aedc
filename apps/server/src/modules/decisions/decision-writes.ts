import { engineSubjectType } from '@vinhdanh/domain/records/subject-type';
import { toDay } from '@vinhdanh/domain/rules/dates';
import { awardAmountVnd } from '@vinhdanh/domain/rules/money';
import type { AwardCode } from '@vinhdanh/domain/rules/types';
import type { Db, Tx } from '../../db/client';
import { award, proposalDecision } from '../../db/schema/index';
import type { RequestContext } from '../../lib/context';
import { rethrowUnique } from '../../lib/db-errors';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { awardKindOf, listItems, type ProposalRow, updateItem } from '../proposals/index';
import { type DecisionRow, insertDecision, resolveDecisionIssuer } from '../records/index';
import { loadTenantRuleSets } from '../rule-params/index';
import { assertAfterCouncil, isDeputyPosition } from './decision-safeguards';
import type { ExternalDecisionInput } from './decisions.schemas';

// The writes of a decision inside its transition's transaction, after the caller's access check:
// the register entry, the awards with their money, and for the upper level's decision its link.

export type Issued = { id: string; number: string; signedOn: string; seq: number | null };

/**
 * The workflow's decisions go into the same register as decisions entered by hand (records), through
 * the same insert, so the records, timeline and search pages show them.
 */
export const registerDecision = (tx: Tx, row: DecisionRow) =>
  insertDecision(tx, row).catch(rethrowUnique('DUPLICATE_DECISION_NUMBER'));

/** Approved items must be ones the office found eligible and, where required, the council passed. */
export async function writeAwards(tx: Tx, p: ProposalRow, approvedIds: string[], d: Issued) {
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

/** The upper level's decision, as recorded by hand or from its decision package (upper-level-decision.ts). */
export type ExternalDecision = Omit<ExternalDecisionInput, 'proposalId' | 'expectedVersion'>;

/** The writes of an upper level's decision, inside the transition's transaction. */
export function externalDecisionEffect(
  ctx: RequestContext,
  input: ExternalDecision,
  done: (d: Issued) => void,
) {
  return async (tx: Tx, p: ProposalRow) => {
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
    done(d);
    return { decisionId: d.id };
  };
}
