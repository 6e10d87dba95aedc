import { describe, expect, it } from 'vitest';
import { checkCase } from './case';
import { LAW_CASES } from './law-cases';

describe('law.md §13 worked cases through the engine', () => {
  it.each(LAW_CASES.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const verdict = checkCase(c.case);
    const e = c.expect;
    expect(verdict.award).toBe(c.case.target.award);
    expect(verdict.year).toBe(c.case.target.year);
    expect(verdict.eligible, JSON.stringify(verdict.reasons, null, 1)).toBe(e.eligible);
    expect(verdict.held).toBe(e.held ?? false);
    if (e.ruleSet) expect(verdict.ruleSet).toBe(e.ruleSet);
    if (e.amountVnd !== undefined) expect(verdict.amountVnd).toBe(e.amountVnd);
    const met = verdict.reasons.filter((r) => r.met).map((r) => r.text);
    const unmet = verdict.reasons.filter((r) => !r.met).map((r) => r.text);
    for (const s of e.metIncludes ?? [])
      expect(
        met.some((t) => t.includes(s)),
        `${s} in ${met.join(' | ')}`,
      ).toBe(true);
    for (const s of e.unmetIncludes ?? []) {
      expect(
        unmet.some((t) => t.includes(s)),
        `${s} in ${unmet.join(' | ')}`,
      ).toBe(true);
    }
    if (!e.eligible && !verdict.held) expect(unmet.length).toBeGreaterThan(0);
    for (const r of verdict.reasons) expect(r.citation).toContain('Điều');
  });
});
