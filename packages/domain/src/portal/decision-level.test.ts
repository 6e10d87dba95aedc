import { describe, expect, it } from 'vitest';
import { awardCodesOfLevel, decisionLevel } from './decision-level';

describe('decision level', () => {
  it('is the highest level among the awards a decision gives', () => {
    expect(decisionLevel(['GIAY_KHEN', 'LDTT'])).toBe('CO_SO');
    expect(decisionLevel(['GIAY_KHEN', 'BK_BO_TINH'])).toBe('BO_TINH');
    expect(decisionLevel(['BK_TTG', 'BK_BO_TINH'])).toBe('NHA_NUOC');
    expect(decisionLevel(['KHONG_CO'])).toBeNull();
  });
  it('lists the codes of a level for the honour board filter', () => {
    expect(awardCodesOfLevel('BO_TINH')).toContain('BK_BO_TINH');
    expect(awardCodesOfLevel('BO_TINH')).not.toContain('GIAY_KHEN');
  });
});
