// Rule 12 of issue 12: the national catalogue beyond the yearly chains (ND 152, Điều 51, 52, 54; Điều 9).
import { describe, expect, it } from 'vitest';
import { ruleSetAt } from './registry';
import { lawAwardName, STATE_AWARDS, stateAward } from './state-awards';
import { AWARD_CODES } from './types';

describe('state awards catalogue', () => {
  it('every entry has a decider, a citation with its article and its money article', () => {
    const codes = new Set<string>();
    for (const a of STATE_AWARDS) {
      expect(codes.has(a.code), a.code).toBe(false);
      codes.add(a.code);
      expect((AWARD_CODES as readonly string[]).includes(a.code)).toBe(false);
      expect(a.deciders.length).toBeGreaterThan(0);
      expect(a.citation).toContain('Điều');
      expect(a.moneyCitation).toMatch(/Nghị định 152\/2025\/NĐ-CP, Điều 5[124]/);
      expect(a.judged).toContain('Hội đồng xác nhận');
    }
  });
  it('Huân chương are decided by the President, money under Điều 51, ×2 for collectives', () => {
    const hc = stateAward('HC_SAO_VANG');
    expect(hc).toMatchObject({ deciders: ['CHU_TICH_NUOC'], coefficient: 46, collectiveMultiplier: 2 });
    expect(hc?.moneyCitation).toBe('Nghị định 152/2025/NĐ-CP, Điều 51');
    // ND 152, Điều 51 quotes Huân chương Lao động for collectives at 18/15/9: the engine's HCLĐ agrees.
    const rs = ruleSetAt('2025-09-01');
    expect(rs.awards.HCLD1.coefficient).toBe(9);
  });
  it('state honorary titles pay under Điều 52: Anh hùng 15.5 (31 for a collective)', () => {
    const ah = stateAward('AHLD');
    expect(ah).toMatchObject({ coefficient: 15.5, collectiveMultiplier: 2, category: 'DANH_HIEU' });
    expect(ah?.moneyCitation).toContain('Điều 52');
  });
  it('Kỷ niệm chương of a province or ministry: at most 0.6 × base salary (Điều 54.1)', () => {
    expect(stateAward('KNC_BO_TINH')).toMatchObject({
      coefficient: 0.6,
      ceiling: true,
      deciders: ['BO_TRUONG', 'CHU_TICH_UBND_TINH'],
    });
  });
  it('quá trình cống hiến cites ND 152 Điều 9 and the women rule of Điều 4.7', () => {
    expect(stateAward('CONG_HIEN')?.citation).toContain('Điều 9');
    expect(stateAward('CONG_HIEN')?.citation).toContain('Điều 4, khoản 7');
  });
  it('names every code the statistical forms count, from the catalogue', () => {
    for (const code of ['HCDL3', 'NGUT', 'KNC_BO_TINH', 'HC_DUNG_CAM', 'HUY_CHUONG_TNXP', 'BMVNAH', 'LDTT'])
      expect(lawAwardName(code), code).toBeTruthy();
    expect(lawAwardName('HCDL3')).toBe('Huân chương Độc lập hạng Ba');
    expect(lawAwardName('NO_SUCH')).toBeUndefined();
  });
});
