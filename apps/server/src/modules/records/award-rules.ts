import { CATALOGUE } from '@vinhdanh/domain/rules/catalogue';
import { toDay } from '@vinhdanh/domain/rules/dates';
import { awardAmountVnd } from '@vinhdanh/domain/rules/money';
import type { AwardCode } from '@vinhdanh/domain/rules/types';
import type { Tx } from '../../db/client';
import { AppError } from '../../lib/errors';
import type { TenantRuleSets } from '../rule-params/tenant-rule-set';
import { findDecision, findDecisionByNumber } from './decisions.repository';
import type { Subject } from './subject';

const ENGINE_SUBJECT = { PERSON: 'individual', COLLECTIVE: 'collective', HOUSEHOLD: 'household' } as const;
const engineSubject = (type: Subject['type']) => ENGINE_SUBJECT[type];

/** The catalogue decides who may receive what; titles are given for merit only (Law 2022, Điều 7). */
export function checkAwardFits(subject: Subject, awardCode: AwardCode, kind: string) {
  const entry = CATALOGUE[awardCode];
  if (!entry.subjectTypes.includes(engineSubject(subject.type))) {
    const who = { PERSON: 'cá nhân', COLLECTIVE: 'tập thể', HOUSEHOLD: 'hộ gia đình' }[subject.type];
    throw new AppError('INVALID_INPUT', [
      { path: 'awardCode', message: `${entry.name} không xét cho ${who}` },
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
    engineSubject(subject.type),
    toDay(decisionDate),
  );
}

export type DecisionRef = {
  decisionId: string | null;
  decisionNumber: string | null;
  decisionDate: string | null;
};

/** Links the award to a registered decision when one is named or its number is known. */
export async function resolveDecisionRef(
  tx: Tx,
  tenantId: string,
  input: { decisionId?: string | null; decisionNumber?: string | null; decisionDate?: string | null },
): Promise<DecisionRef> {
  if (input.decisionId) {
    const found = await findDecision(tx, tenantId, input.decisionId);
    if (!found) throw new AppError('DECISION_NOT_FOUND');
    return { decisionId: found.id, decisionNumber: found.number, decisionDate: found.signedOn };
  }
  if (input.decisionNumber) {
    const found = await findDecisionByNumber(tx, tenantId, input.decisionNumber);
    if (found) {
      if (input.decisionDate && input.decisionDate !== found.signedOn) {
        throw new AppError('INVALID_INPUT', [
          { path: 'decisionDate', message: `Quyết định số ${found.number} được ký ngày ${found.signedOn}` },
        ]);
      }
      return { decisionId: found.id, decisionNumber: found.number, decisionDate: found.signedOn };
    }
  }
  return {
    decisionId: null,
    decisionNumber: input.decisionNumber ?? null,
    decisionDate: input.decisionDate ?? null,
  };
}
