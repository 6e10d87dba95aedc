import type { AwardHitRow } from './award-search.repository';

export function presentAwardHit(r: AwardHitRow) {
  return {
    id: r.id,
    subjectType: r.subject_type,
    subjectId: r.subject_id,
    subjectName: r.subject_name,
    unitId: r.unit_id,
    unitName: r.unit_name,
    awardCode: r.award_code,
    kind: r.kind,
    year: Number(r.year),
    periodStartYear: r.period_start_year === null ? null : Number(r.period_start_year),
    achievement: r.achievement,
    decisionId: r.decision_id,
    decisionNumber: r.decision_number,
    decisionDate: r.decision_date,
    amountVnd: r.amount_vnd === null ? null : Number(r.amount_vnd),
    isRevoked: r.is_revoked,
    revokedOn: r.revoked_on,
    revocationGround: r.revocation_ground,
    initiativesUsed: r.initiatives_used,
    version: Number(r.version),
  };
}
export type AwardHit = ReturnType<typeof presentAwardHit>;
