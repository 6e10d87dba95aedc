import { describe, expect, it } from 'vitest';
import { validateOverrides } from './overrides';
import { ruleSetAt } from './registry';
import { ruleSetWithOverrides } from './rule-set';

const rs = ruleSetAt('2025-12-31');

describe('validateOverrides', () => {
  it('accepts a province’s own value for a documented parameter', () => {
    const result = validateOverrides(rs, { ldttMinMonths: 12, ttldtt: { ldttPct: 60 } });
    expect(result.ok).toBe(true);
    if (result.ok) expect(ruleSetWithOverrides(rs, result.overrides).params.ldttMinMonths).toBe(12);
  });
  it('names every unknown key and wrong type in Vietnamese', () => {
    const result = validateOverrides(rs, {
      ldttMinMonth: 12,
      holdsBlock: 'có',
      ttldtt: { ldttPct: '60', khongCo: 1 },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues).toEqual(
        expect.arrayContaining([
          { path: 'ldttMinMonth', message: 'Không có tham số này trong bộ quy tắc' },
          { path: 'holdsBlock', message: 'Phải là đúng/sai, nhận được chuỗi' },
          { path: 'ttldtt.ldttPct', message: 'Phải là số, nhận được chuỗi' },
          { path: 'ttldtt.khongCo', message: 'Không có tham số này trong bộ quy tắc' },
        ]),
      );
    }
  });
  it('refuses anything but an object', () => {
    expect(validateOverrides(rs, [1, 2]).ok).toBe(false);
  });
});
