import { describe, expect, it } from 'vitest';
import { detectOutliers, median } from './outliers';

describe('outliers', () => {
  it('computes a median', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('flags an assessor far from the median of the others, and only them', () => {
    const scores = [
      { assessorId: 'x', memberId: 'm', total: 90 },
      { assessorId: 'y', memberId: 'm', total: 88 },
      { assessorId: 'z', memberId: 'm', total: 60 },
    ];
    const flags = detectOutliers(scores, 10);
    expect(flags).toEqual([{ assessorId: 'z', memberId: 'm', total: 60, median: 88, deviation: -28 }]);
  });

  it('needs three assessors and respects the threshold', () => {
    expect(
      detectOutliers(
        [
          { assessorId: 'x', memberId: 'm', total: 0 },
          { assessorId: 'y', memberId: 'm', total: 100 },
        ],
        5,
      ),
    ).toEqual([]);
    const scores = [
      { assessorId: 'x', memberId: 'm', total: 90 },
      { assessorId: 'y', memberId: 'm', total: 88 },
      { assessorId: 'z', memberId: 'm', total: 80 },
    ];
    expect(detectOutliers(scores, 10)).toEqual([]);
    expect(detectOutliers(scores, 5).map((f) => f.assessorId)).toEqual(['z']);
    expect(detectOutliers(scores, 7).map((f) => f.assessorId)).toEqual(['z']);
    expect(detectOutliers(scores, 8)).toEqual([]);
  });
});
