import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCompleteness, clampScore, missingMessage, type TemplateCriterion, totalScore } from './scoring';

const c = (id: string, kind: TemplateCriterion['kind'], maxPoints: number): TemplateCriterion => ({
  id,
  code: id.toUpperCase(),
  name: `Tiêu chí ${id}`,
  groupName: 'Nhóm I',
  kind,
  maxPoints,
});
const criteria = [
  c('a', 'STANDARD', 10),
  c('b', 'STANDARD', 20),
  c('bonus', 'BONUS', 5),
  c('pen', 'PENALTY', 5),
];

describe('clampScore', () => {
  it('keeps zero, caps at the maximum and floors negatives at zero', () => {
    expect(clampScore(0, 10)).toBe(0);
    expect(clampScore(12, 10)).toBe(10);
    expect(clampScore(-3, 10)).toBe(0);
    expect(clampScore(7.456, 10)).toBe(7.46);
    expect(clampScore(Number.NaN, 10)).toBe(0);
  });

  it('always lands in [0, max]', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), fc.integer({ min: 0, max: 1000 }), (v, max) => {
        const r = clampScore(v, max);
        return r >= 0 && r <= max;
      }),
    );
  });
});

describe('completeness', () => {
  it('counts zero as scored and ignores optional bonus and penalty items', () => {
    const r = checkCompleteness(
      criteria,
      new Map([
        ['a', 0],
        ['b', 15],
      ]),
    );
    expect(r.complete).toBe(true);
  });

  it('names what is missing in Vietnamese', () => {
    const r = checkCompleteness(
      criteria,
      new Map([
        ['a', 3],
        ['b', null],
      ]),
    );
    expect(r.missing.map((m) => m.id)).toEqual(['b']);
    expect(missingMessage(r.missing)).toBe('Chưa chấm 1 tiêu chí: B Tiêu chí b.');
  });
});

describe('totalScore', () => {
  it('adds standard and bonus, subtracts penalties, clamping each', () => {
    const values = new Map([
      ['a', 12],
      ['b', 15],
      ['bonus', 2],
      ['pen', 3],
    ]);
    expect(totalScore(criteria, values)).toBe(10 + 15 + 2 - 3);
  });
});
