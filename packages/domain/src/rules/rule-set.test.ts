import { describe, expect, it } from 'vitest';
import { baseSalaryAt } from './base-salary';
import { checkCase } from './case';
import { evaluateAward } from './engine';
import { roundedAmount } from './money';
import { RULE_SETS, ruleSetAt } from './registry';
import { ruleSetWithOverrides } from './rule-set';
import type { History } from './types';

describe('rule set lookup by decision date', () => {
  it.each([
    ['2019-01-01', 'LTDKT-2013+ND-91-2017'],
    ['2023-12-31', 'LTDKT-2013+ND-91-2017'],
    ['2024-01-01', 'LTDKT-2022+ND-98-2023'],
    ['2025-06-30', 'LTDKT-2022+ND-98-2023'],
    ['2025-07-01', 'LTDKT-2022+ND-152-2025'],
    ['2030-01-01', 'LTDKT-2022+ND-152-2025'],
  ])('%s → %s', (date, id) => expect(ruleSetAt(date).id).toBe(id));
  it('rejects impossible dates', () => expect(() => ruleSetAt('2024-02-30')).toThrow());
  it('rule sets are ordered and contiguous', () => {
    expect(RULE_SETS.map((r) => r.effectiveTo)).toEqual(['2023-12-31', '2025-06-30', null]);
  });
});

describe('base salary and money', () => {
  it.each([
    ['2019-06-30', null],
    ['2019-07-01', 1_490_000],
    ['2023-06-30', 1_490_000],
    ['2023-07-01', 1_800_000],
    ['2024-06-30', 1_800_000],
    ['2024-07-01', 2_340_000],
  ])('%s → %s', (date, amount) => expect(baseSalaryAt(date)).toBe(amount));
  it('rounds up to 10,000 đ in integer arithmetic', () => {
    expect(roundedAmount(0.3, 2_340_000)).toBe(710_000);
    expect(roundedAmount(1.0, 2_340_000)).toBe(2_340_000);
    expect(roundedAmount(0.3, 1_490_000)).toBe(450_000);
    expect(roundedAmount(0.8, 1_800_000)).toBe(1_440_000);
    expect(roundedAmount(1.5, 2_340_000, 2)).toBe(7_020_000);
  });
  it('collectives receive twice the individual amount for Bằng khen', () => {
    const rs = ruleSetAt('2025-09-10');
    const v = evaluateAward({ subject: { type: 'collective' } }, { award: 'BK_BO_TINH', year: 2025 }, rs, {
      decisionDate: '2025-09-10',
    });
    expect(v.amountVnd).toBe(7_020_000);
  });
  it('no coefficient → null', () => {
    const v = checkCase({ target: { award: 'GD_VH', year: 2024 }, subject: { type: 'household' } });
    expect(v.amountVnd).toBeNull();
  });
});

describe('tenant overrides', () => {
  const t1: History = {
    subject: { type: 'individual' },
    ratings: [{ year: 2024, rating: 'HTXSNV' }],
    awards: [{ award: 'LDTT', year: 2024 }],
  };
  const nd98 = ruleSetAt('2024-12-31');
  it('the 2025 draft (HTXSNV and an initiative) is one parameter away', () => {
    expect(evaluateAward(t1, { award: 'CSTDCS', year: 2024 }, nd98).eligible).toBe(true);
    const draft = ruleSetWithOverrides(nd98, { cstdcsPath: 'HTXSNV_AND_INITIATIVE' });
    expect(draft.overridden).toBe(true);
    expect(evaluateAward(t1, { award: 'CSTDCS', year: 2024 }, draft).eligible).toBe(false);
    expect(nd98.overridden).toBe(false);
  });
  it('records merge one level deep', () => {
    const rs = ruleSetWithOverrides(nd98, { coefficients: { GD_VH: 0.1 }, ttldxs: { ldttPct: 80 } });
    expect(rs.awards.GD_VH.coefficient).toBe(0.1);
    expect(rs.awards.LDTT.coefficient).toBe(0.3);
    expect(rs.params.ttldxs).toMatchObject({ ldttPct: 80, completedPct: 100 });
  });
  it('a tenant can replace a delegated criterion (Giấy khen) wholesale', () => {
    const rs = ruleSetWithOverrides(nd98, {
      criteriaOverrides: {
        GIAY_KHEN: { op: 'ratingAtLeast', min: 'HTXSNV', citation: 'Quyết định 22/2024/QĐ-UBND, Điều 7' },
      },
    });
    const h: History = { subject: { type: 'individual' }, ratings: [{ year: 2024, rating: 'HTTNV' }] };
    expect(evaluateAward(h, { award: 'GIAY_KHEN', year: 2024 }, nd98).eligible).toBe(true);
    const v = evaluateAward(h, { award: 'GIAY_KHEN', year: 2024 }, rs);
    expect(v.eligible).toBe(false);
    expect(v.reasons[0]?.citation).toBe('Quyết định 22/2024/QĐ-UBND, Điều 7');
  });
  it('ND 98 chain kinds follow the only-CONG_TRANG default, and it can be switched off', () => {
    const h: History = {
      subject: { type: 'individual' },
      awards: [
        { award: 'CSTDCS', year: 2023, kind: 'CHUYEN_DE' },
        { award: 'CSTDCS', year: 2024 },
      ],
    };
    expect(evaluateAward(h, { award: 'BK_BO_TINH', year: 2024 }, nd98).eligible).toBe(false);
    const lax = ruleSetWithOverrides(nd98, { onlyMeritFeedsChains: false });
    expect(evaluateAward(h, { award: 'BK_BO_TINH', year: 2024 }, lax).eligible).toBe(true);
  });
});

describe('principles', () => {
  const nd98 = ruleSetAt('2024-12-31');
  it('recruitment: 6 months under ND 98, 10 months under ND 91', () => {
    const h = (recruitedOn: string): History => ({
      subject: { type: 'individual', recruitedOn },
      ratings: [
        { year: 2023, rating: 'HTTNV' },
        { year: 2024, rating: 'HTTNV' },
      ],
    });
    expect(evaluateAward(h('2024-07-01'), { award: 'LDTT', year: 2024 }, nd98).eligible).toBe(true);
    expect(evaluateAward(h('2024-07-02'), { award: 'LDTT', year: 2024 }, nd98).eligible).toBe(false);
    const nd91 = ruleSetAt('2023-12-31');
    expect(evaluateAward(h('2023-03-01'), { award: 'LDTT', year: 2023 }, nd91).eligible).toBe(true);
    expect(evaluateAward(h('2023-03-02'), { award: 'LDTT', year: 2023 }, nd91).eligible).toBe(false);
  });
  it('an ongoing discipline blocks, and a hold that ended before the decision does not', () => {
    const base: History = { subject: { type: 'individual' }, ratings: [{ year: 2024, rating: 'HTTNV' }] };
    const disciplined: History = {
      ...base,
      disciplines: [{ form: 'CANH_CAO', from: '2024-10-01', to: null }],
    };
    const v = evaluateAward(disciplined, { award: 'LDTT', year: 2024 }, nd98);
    expect(v.eligible).toBe(false);
    expect(v.reasons.some((r) => !r.met && r.text.includes('Đang trong thời gian chịu kỷ luật'))).toBe(true);
    const ended: History = {
      ...base,
      holds: [{ reason: 'KHIEU_NAI', from: '2024-01-01', to: '2024-06-30' }],
    };
    expect(evaluateAward(ended, { award: 'LDTT', year: 2024 }, nd98)).toMatchObject({
      eligible: true,
      held: false,
    });
  });
  it('titles are merit-only; forms given đột xuất are judged on the achievement', () => {
    const h: History = { subject: { type: 'individual' } };
    expect(evaluateAward(h, { award: 'LDTT', year: 2024, kind: 'DOT_XUAT' }, nd98).eligible).toBe(false);
    expect(evaluateAward(h, { award: 'BK_TTG', year: 2024, kind: 'DOT_XUAT' }, nd98).eligible).toBe(true);
  });
  it('a subject type outside the catalogue entry is not eligible and says why', () => {
    const v = evaluateAward({ subject: { type: 'collective' } }, { award: 'LDTT', year: 2024 }, nd98);
    expect(v.eligible).toBe(false);
    expect(v.reasons[0]?.text).toContain('chỉ xét tặng cho cá nhân');
  });
});
