import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateAll, evaluateAward } from './engine';
import { caseArb } from './history.arbitrary';
import { RULE_SETS } from './registry';
import { AWARD_KINDS } from './types';

describe('every reason cites an article', () => {
  it('over random histories, awards, kinds and rule sets', () => {
    fc.assert(
      fc.property(
        caseArb,
        fc.constantFrom(...AWARD_KINDS),
        fc.constantFrom(...RULE_SETS),
        ([h, t], kind, rs) => {
          const verdicts = [evaluateAward(h, { ...t, kind }, rs), ...evaluateAll(h, t.year, rs)];
          // One expect per sample: tens of thousands of reasons, each checked with expect, made
          // the matcher, not the engine, the cost of this test.
          expect(verdicts.filter((v) => v.reasons.length === 0).map((v) => v.award)).toEqual([]);
          const uncited = verdicts
            .flatMap((v) => v.reasons)
            .filter((r) => !r.citation.includes('Điều') || !r.text);
          expect(uncited).toEqual([]);
        },
      ),
      { numRuns: 400 },
    );
    // 400 histories × 19 verdicts with texts: seconds on a shared 2-core machine.
  }, 30_000);

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
