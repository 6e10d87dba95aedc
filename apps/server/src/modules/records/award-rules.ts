import { decide } from '@vinhdanh/domain/auth/policy';
import { engineSubjectType, subjectTypeName } from '@vinhdanh/domain/records/subject-type';
import { toDay } from '@vinhdanh/domain/rules/dates';
import { awardAmountVnd } from '@vinhdanh/domain/rules/money';
import type { AwardCode } from '@vinhdanh/domain/rules/types';
import type { Tx } from '../../db/client';
import type { RequestContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import type { TenantRuleSets } from '../rule-params/index';
import { requireAward } from '../rule-params/index';
import { findDecisionsWithIssuerPath } from './decisions.repository';
import type { Subject } from './subject';

/**
 * The catalogue in force in the award's year (the law's, the state's and the province's own) decides what
 * exists and who may receive it; titles are given for merit only (Law 2022, Điều 7).
 */
export function checkAwardFits(
  ruleSets: TenantRuleSets,
  subject: Subject,
  awardCode: string,
  kind: string,
  year: number,
) {
  const entry = requireAward(ruleSets.names(`${year}-12-31`), awardCode, 'awardCode');
  if (!entry.subjectTypes.includes(engineSubjectType(subject.type))) {
    throw new AppError('INVALID_INPUT', [
      { path: 'awardCode', message: `${entry.name} không xét cho ${subjectTypeName(subject.type)}` },
    ]);
  }
  if (entry.category === 'DANH_HIEU' && kind !== 'CONG_TRANG') {
    throw new AppError('INVALID_INPUT', [
      { path: 'kind', message: 'Danh hiệu thi đua chỉ xét theo công trạng, hằng năm' },
    ]);
  }
}

/**
 * Money is the law's coefficient × the base salary on the decision date (ND 152,
 * ND 98): the rule set in force that day, with the tenant's parameters. Unknown
 * without a decision date.
 */
export function awardAmount(
  ruleSets: TenantRuleSets,
  subject: Subject,
  awardCode: AwardCode,
  decisionDate: string | null,
): number | null {
  if (!decisionDate) return null;
  return awardAmountVnd(
    ruleSets.at(decisionDate),
    awardCode,
    engineSubjectType(subject.type),
    toDay(decisionDate),
  );
}

export type DecisionRef = {
  decisionId: string | null;
  decisionNumber: string | null;
  decisionDate: string | null;
};

/**
 * Whether the actor may attach an award to the decision: its issuer must be a unit in the actor's
 * scope, or an issuer outside the tenant (the Prime Minister, a ministry), which no unit owns.
 * Linking writes into the decision's list of awards — what its verification page and its register
 * show — so a unit officer may not add their people to a sibling's or the province's decision.
 */
function decisionInReach(ctx: RequestContext, issuerPath: string | null, hasIssuerUnit: boolean) {
  if (!hasIssuerUnit) return true;
  if (issuerPath === null) return false;
  return decide(ctx.actor, 'record:write', { tenantId: ctx.actor.tenantId, unitPath: issuerPath }).allowed;
}

/**
 * Links the award to a registered decision when one is named or its number is known. A decision
 * named by id outside the actor's reach is refused (`DECISION_OUT_OF_SCOPE`); a number matching
 * only such decisions is kept as the text the officer typed, unlinked.
 */
export async function resolveDecisionRef(
  tx: Tx,
  ctx: RequestContext,
  input: { decisionId?: string | null; decisionNumber?: string | null; decisionDate?: string | null },
): Promise<DecisionRef> {
  const tenantId = ctx.actor.tenantId;
  if (input.decisionId) {
    const [found] = await findDecisionsWithIssuerPath(tx, tenantId, { id: input.decisionId });
    if (!found) throw new AppError('DECISION_NOT_FOUND');
    if (!decisionInReach(ctx, found.issuerPath, found.decision.issuerUnitId !== null))
      throw new AppError('DECISION_OUT_OF_SCOPE');
    const d = found.decision;
    return { decisionId: d.id, decisionNumber: d.number, decisionDate: d.signedOn };
  }
  if (input.decisionNumber) {
    const candidates = await findDecisionsWithIssuerPath(tx, tenantId, { number: input.decisionNumber });
    const reachable = candidates.filter((c) =>
      decisionInReach(ctx, c.issuerPath, c.decision.issuerUnitId !== null),
    );
    // The same number can live in several registers (issuers, years): the one signed on the date
    // given, else the latest.
    const found =
      reachable.find((c) => input.decisionDate && c.decision.signedOn === input.decisionDate) ?? reachable[0];
    if (found) {
      const d = found.decision;
      if (input.decisionDate && input.decisionDate !== d.signedOn) {
        throw new AppError('INVALID_INPUT', [
          { path: 'decisionDate', message: `Quyết định số ${d.number} được ký ngày ${d.signedOn}` },
        ]);
      }
      return { decisionId: d.id, decisionNumber: d.number, decisionDate: d.signedOn };
    }
  }
  return {
    decisionId: null,
    decisionNumber: input.decisionNumber ?? null,
    decisionDate: input.decisionDate ?? null,
  };
}
