import { describe, expect, it } from 'vitest';
import { evaluateAll, evaluateAward } from './engine';
import { ruleSetAt } from './registry';
import type { History } from './types';

const ruleSet = ruleSetAt('2025-12-31');
const base: Omit<History, 'subject'> = { ratings: [{ year: 2025, rating: 'HTXSNV' }] };
const codes = (h: History) => evaluateAll(h, 2025, ruleSet).map((v) => v.award);

describe('collective kinds', () => {
  it('never offers an agency the commune or village titles', () => {
    const agency = codes({ ...base, subject: { type: 'collective', collectiveKind: 'AGENCY' } });
    expect(agency).not.toContain('XA_TIEU_BIEU');
    expect(agency).not.toContain('THON_VH');
    expect(agency).toContain('TTLDXS');
  });

  it('offers a commune "xã tiêu biểu" and a village "thôn văn hóa", not each other’s', () => {
    expect(codes({ ...base, subject: { type: 'collective', collectiveKind: 'COMMUNE' } })).toContain(
      'XA_TIEU_BIEU',
    );
    const village = codes({ ...base, subject: { type: 'collective', collectiveKind: 'VILLAGE' } });
    expect(village).toContain('THON_VH');
    expect(village).not.toContain('XA_TIEU_BIEU');
  });

  it('explains with a citation when asked directly about the wrong kind', () => {
    const v = evaluateAward(
      { ...base, subject: { type: 'collective', collectiveKind: 'AGENCY' } },
      { award: 'THON_VH', year: 2025 },
      ruleSet,
    );
    expect(v.eligible).toBe(false);
    expect(v.reasons[0]?.text).toContain('thôn, tổ dân phố');
    expect(v.reasons[0]?.citation).toMatch(/Điều/);
  });
});
