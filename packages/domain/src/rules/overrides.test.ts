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
  it('lets a province put an award before its council that the decree does not (councilVotes)', () => {
    // Bắc Ninh QĐ 86/2025: its council considers every award item and decides by majority.
    const result = validateOverrides(rs, {
      councilVotes: { BK_TTG: { thresholdPct: 50, denominator: 'PRESENT' } },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const own = ruleSetWithOverrides(rs, result.overrides);
    expect(own.awards.BK_TTG.councilVote).toEqual({ thresholdPct: 50, denominator: 'PRESENT' });
    // The decree's own council awards stay.
    expect(own.awards.CSTDTQ.councilVote).toEqual(rs.awards.CSTDTQ.councilVote);
    expect(rs.awards.BK_TTG.councilVote).toBeNull();
  });
  it('refuses a council rule for an unknown award or with a threshold out of range', () => {
    const result = validateOverrides(rs, {
      councilVotes: {
        BK_XYZ: { thresholdPct: 50, denominator: 'PRESENT' },
        BK_TTG: { thresholdPct: 150, denominator: 'HALF' },
      },
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues).toEqual(
        expect.arrayContaining([
          { path: 'councilVotes.BK_XYZ', message: 'Không có tham số này trong bộ quy tắc' },
          { path: 'councilVotes.BK_TTG.thresholdPct', message: 'Phải lớn hơn 0 và không quá 100' },
          { path: 'councilVotes.BK_TTG.denominator', message: 'Phải là ALL_MEMBERS hoặc PRESENT' },
        ]),
      );
  });
  it('refuses anything but an object', () => {
    expect(validateOverrides(rs, [1, 2]).ok).toBe(false);
  });
});
