// Issue 12, rule 12: a province's own title as data (Hà Nội QĐ 71/2025 has "Công dân Thủ đô ưu tú"), judged by
// the engine like the law's awards, versioned by dates in force.
import { describe, expect, it } from 'vitest';
import { evaluateAward } from './engine';
import { forecast } from './forecast';
import { judgeAward } from './judge';
import { ruleSetAt } from './registry';
import {
  knowsAward,
  type TenantAward,
  tenantAwardsInForce,
  validateCriterion,
  withTenantAwards,
} from './tenant-awards';
import type { AwardCode } from './types';

const CITATION = 'Quyết định 71/2025/QĐ-UBND của tỉnh, Điều 5';
const v1: TenantAward = {
  code: 'CONG_DAN_UU_TU',
  version: 1,
  name: 'Công dân ưu tú tỉnh Sơn Hà',
  level: 'BO_TINH',
  category: 'DANH_HIEU',
  kind: 'CONG_TRANG',
  subjectTypes: ['individual'],
  decider: 'CHU_TICH_UBND_TINH',
  criteria: {
    op: 'all',
    of: [
      {
        op: 'consecutiveYears',
        evidence: { type: 'rating', min: 'HTXSNV' },
        years: 2,
        citation: CITATION,
      },
      { op: 'attested', text: 'Có đóng góp nổi bật cho tỉnh', citation: CITATION },
    ],
  },
  coefficient: 1.0,
  citation: CITATION,
  effectiveFrom: '2025-07-01',
  effectiveTo: null,
};
const history = {
  subject: { type: 'individual' as const },
  ratings: [
    { year: 2024, rating: 'HTXSNV' as const },
    { year: 2025, rating: 'HTXSNV' as const },
  ],
};

describe("a tenant's own award", () => {
  it('is evaluated by the engine with the province’s citation and money', () => {
    const rs = withTenantAwards(ruleSetAt('2025-12-31'), [v1], '2025-12-31');
    expect(knowsAward(rs, 'CONG_DAN_UU_TU')).toBe(true);
    const verdict = evaluateAward(history, { award: 'CONG_DAN_UU_TU' as AwardCode, year: 2025 }, rs);
    expect(verdict.eligible).toBe(true);
    expect(verdict.reasons.every((r) => r.citation === CITATION || !r.citation.includes('71/2025'))).toBe(
      true,
    );
    expect(verdict.reasons.some((r) => r.citation === CITATION)).toBe(true);
    // 1.0 × 2,340,000 on the decision date.
    expect(verdict.amountVnd).toBe(2_340_000);
    const short = evaluateAward(
      { ...history, ratings: [{ year: 2025, rating: 'HTXSNV' as const }] },
      { award: 'CONG_DAN_UU_TU' as AwardCode, year: 2025 },
      rs,
    );
    expect(short.eligible).toBe(false);
  });
  it('in a subject’s history, counts for "one achievement, one award" and never breaks a reason text', () => {
    // The server loads a person's awards of the province's own codes too (it skipped them before):
    // the law's one-achievement rule (Law 2022, Điều 5.2.c) must see them, under their name.
    const rs = withTenantAwards(ruleSetAt('2025-12-31'), [v1], '2025-12-31');
    const h = {
      ...history,
      awards: [
        { award: 'CONG_DAN_UU_TU' as AwardCode, year: 2025, achievementId: 'a-1' },
        { award: 'CONG_DAN_UU_TU' as AwardCode, year: 2024, kind: 'DOT_XUAT' as const },
      ],
    };
    const judged = judgeAward(h, { award: 'BK_BO_TINH', year: 2025, achievementId: 'a-1' }, rs);
    expect(judged.eligible).toBe(false);
    expect(judged.duplicates.map((d) => d.text).join()).toContain('Công dân ưu tú tỉnh Sơn Hà năm 2025');
    // Law awards whose reasons list awards set aside, and the forecast, read such a history too.
    for (const award of ['CSTD_BO_TINH', 'BK_BO_TINH', 'LDTT'] as const) {
      expect(evaluateAward(h, { award, year: 2025 }, rs).reasons.length).toBeGreaterThan(0);
    }
    expect(() => forecast(h, 2025)).not.toThrow();
  });
  it('takes the version in force on the date; before its first day it is unknown', () => {
    const v2 = { ...v1, version: 2, coefficient: 1.5, effectiveFrom: '2026-01-01' };
    const closed = { ...v1, effectiveTo: '2025-12-31' };
    expect(tenantAwardsInForce([closed, v2], '2025-12-31')[0]?.version).toBe(1);
    expect(tenantAwardsInForce([closed, v2], '2026-06-01')[0]?.version).toBe(2);
    expect(knowsAward(withTenantAwards(ruleSetAt('2025-06-30'), [v1], '2025-06-30'), 'CONG_DAN_UU_TU')).toBe(
      false,
    );
  });
  it('cannot take a law code, and criteria must use the combinators with a citation', () => {
    const clash = { ...v1, code: 'GIAY_KHEN', name: 'Giấy khen giả' };
    expect(withTenantAwards(ruleSetAt('2025-12-31'), [clash], '2025-12-31').awards.GIAY_KHEN.name).toBe(
      'Giấy khen',
    );
    expect(validateCriterion(v1.criteria)).toEqual([]);
    expect(validateCriterion({ op: 'eval', code: 'x' })[0]?.message).toContain('Không có phép');
    expect(validateCriterion({ op: 'ratingAtLeast', min: 'HTXSNV' })[0]?.path).toBe('criteria.citation');
    expect(validateCriterion({ op: 'all', of: [] })[0]?.path).toBe('criteria.of');
  });
});
