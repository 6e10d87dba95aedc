import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateAll, evaluateAward } from './engine';
import { historyArb, targetArb } from './history.arbitrary';
import { RULE_SETS } from './registry';
import { AWARD_KINDS } from './types';

describe('every reason cites an article', () => {
  it('over random histories, awards, kinds and rule sets', () => {
    fc.assert(
      fc.property(
        historyArb,
        targetArb,
        fc.constantFrom(...AWARD_KINDS),
        fc.constantFrom(...RULE_SETS),
        (h, t, kind, rs) => {
          const verdicts = [evaluateAward(h, { ...t, kind }, rs), ...evaluateAll(h, t.year, rs)];
          for (const v of verdicts) {
            expect(v.reasons.length).toBeGreaterThan(0);
            for (const r of v.reasons) {
              expect(r.citation).toContain('Điều');
              expect(r.text.length).toBeGreaterThan(0);
            }
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('every catalogue entry of every rule set cites an article for criteria and money', () => {
    for (const rs of RULE_SETS) {
      for (const a of Object.values(rs.awards)) {
        expect(a.citation).toContain('Điều');
        expect(a.moneyCitation).toContain('Điều');
      }
      for (const q of rs.params.quotas) expect(q.citation).toContain('Điều');
      for (const c of Object.values(rs.citations)) if (typeof c === 'string') expect(c).toContain('Điều');
    }
  });
});
