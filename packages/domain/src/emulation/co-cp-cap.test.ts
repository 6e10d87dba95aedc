import { describe, expect, it } from 'vitest';
import { ruleSetAt } from '../rules/registry';
import type { RuleSet } from '../rules/rule-set';
import { checkCoCpCap } from './co-cp-cap';

const rs = ruleSetAt('2025-12-31');

function withCap(ruleSet: RuleSet, pct: number, rounding: 'FLOOR' | 'CEIL'): RuleSet {
  const quotas = ruleSet.params.quotas.map((q) => (q.award === 'CO_CP' ? { ...q, pct, rounding } : q));
  return { ...ruleSet, params: { ...ruleSet.params, quotas } };
}

describe('Cờ thi đua Chính phủ cap (≤ 20% of cluster leaders)', () => {
  it('lets a province with 12 cluster leaders propose at most 2 (20% × 12 = 2.4, floored)', () => {
    const cap = checkCoCpCap(rs, 12, 2);
    expect(cap.limit).toBe(2);
    expect(cap.ok).toBe(true);
    expect(checkCoCpCap(rs, 12, 3).ok).toBe(false);
    expect(cap.result?.text).toContain('làm tròn xuống');
    expect(cap.result?.citation.length).toBeGreaterThan(0);
  });

  it('follows the rule set parameter: a different share or rounding gives a different cap', () => {
    expect(checkCoCpCap(withCap(rs, 25, 'FLOOR'), 12, 3)).toMatchObject({ limit: 3, ok: true });
    expect(checkCoCpCap(withCap(rs, 20, 'CEIL'), 12, 3)).toMatchObject({ limit: 3, ok: true });
  });

  it('has no cap when the rule set carries no Cờ CP quota', () => {
    const none = { ...rs, params: { ...rs.params, quotas: [] } };
    expect(checkCoCpCap(none, 12, 5)).toEqual({ limit: null, result: null, ok: true });
  });
});
