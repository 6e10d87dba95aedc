import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateAward } from './engine';
import { historyArb } from './history.arbitrary';
import { judgeAward, judgeSubject } from './judge';
import { RULE_SETS, ruleSetAt } from './registry';
import type { History } from './types';

// The seen case of issue 11.3: eligible for Bằng khen tỉnh on the record, and already holding it for
// that year. The person page and "Gợi ý đề nghị" said "Đủ điều kiện", the dossier check "Không đủ".
const year = 2025;
const ruleSet = ruleSetAt(`${year}-12-31`);
const record: History = {
  subject: { type: 'individual', recruitedOn: '2015-01-01' },
  ratings: [2022, 2023, 2024, 2025].map((y) => ({ year: y, rating: 'HTXSNV' as const })),
  initiatives: [2022, 2023, 2024, 2025].map((y) => ({
    year: y,
    type: 'SANG_KIEN' as const,
    scope: 'CO_SO' as const,
  })),
  awards: [2022, 2023, 2024, 2025].flatMap((y) => [
    { award: 'LDTT' as const, year: y },
    { award: 'CSTDCS' as const, year: y },
  ]),
};
const holding: History = { ...record, awards: [...(record.awards ?? []), { award: 'BK_BO_TINH', year }] };
const byAward = (h: History) => new Map(judgeSubject(h, year, ruleSet).map((v) => [v.award, v]));

describe('one eligibility truth (judge)', () => {
  it('the record alone meets Bằng khen tỉnh', () => {
    expect(evaluateAward(holding, { award: 'BK_BO_TINH', year }, ruleSet).eligible).toBe(true);
    expect(judgeAward(record, { award: 'BK_BO_TINH', year }, ruleSet).eligible).toBe(true);
  });

  it('a Bằng khen already held for the year is not eligible again, citing Điều 5, on both entry points', () => {
    const one = judgeAward(holding, { award: 'BK_BO_TINH', year }, ruleSet);
    const all = byAward(holding).get('BK_BO_TINH');
    for (const v of [one, all]) {
      expect(v?.eligible).toBe(false);
      const unmet = v?.reasons.filter((r) => !r.met) ?? [];
      expect(unmet.map((r) => r.citation)).toEqual([ruleSet.citations.oneAchievement]);
      expect(unmet[0]?.citation).toMatch(/Điều 5$/);
      expect(unmet[0]?.text).toContain('năm 2025');
    }
    expect(one.duplicates.map((d) => d.rule)).toEqual(['SAME_TITLE_SAME_PERIOD']);
  });

  it('a title held for the year still feeds the higher forms of the same review', () => {
    const v = byAward(holding);
    expect(v.get('LDTT')?.eligible).toBe(false);
    expect(v.get('CSTDCS')?.eligible).toBe(false);
    // CSTĐ tỉnh needs the CSTĐ cơ sở of the year: held, so it counts, and it is not held itself.
    expect(v.get('CSTD_BO_TINH')?.eligible).toBe(
      evaluateAward(holding, { award: 'CSTD_BO_TINH', year }, ruleSet).eligible,
    );
  });

  it('a revoked award of the year does not block', () => {
    const revoked: History = {
      ...record,
      awards: [...(record.awards ?? []), { award: 'BK_BO_TINH', year, revoked: true }],
    };
    expect(judgeAward(revoked, { award: 'BK_BO_TINH', year }, ruleSet).eligible).toBe(true);
  });

  it('a one-off award with the dossier achievement already rewarded is a duplicate (dossier only)', () => {
    const h: History = {
      ...record,
      awards: [{ award: 'GIAY_KHEN', year, kind: 'DOT_XUAT', achievement: 'Cứu người trong lũ' }],
    };
    const target = { award: 'BK_BO_TINH' as const, year, kind: 'DOT_XUAT' as const };
    expect(judgeAward(h, { ...target, achievement: 'Cứu  người trong lũ' }, ruleSet).eligible).toBe(false);
    expect(judgeAward(h, { ...target, achievement: 'Khác' }, ruleSet).duplicates).toEqual([]);
  });

  it('judgeSubject gives judgeAward’s verdict for every award, with and without texts', () => {
    fc.assert(
      fc.property(
        historyArb,
        fc.integer({ min: 2019, max: 2026 }),
        fc.constantFrom(...RULE_SETS),
        (h, y, rs) => {
          const all = judgeSubject(h, y, rs);
          const fast = judgeSubject(h, y, rs, { explain: false });
          all.forEach((v, i) => {
            expect(v).toEqual(judgeAward(h, { award: v.award, year: y }, rs));
            expect(fast[i]?.eligible).toBe(v.eligible);
            expect(fast[i]?.held).toBe(v.held);
          });
        },
      ),
      { numRuns: 150 },
    );
  });
});
