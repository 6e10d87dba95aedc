import { describe, expect, it } from 'vitest';
import { type RankInput, rankMembers } from './ranking';

const m = (unitName: string, total: number, crossTotal: number | null, penaltyPoints = 0): RankInput => ({
  unitId: unitName,
  unitName,
  total,
  crossTotal,
  standardPoints: total + penaltyPoints,
  penaltyPoints,
});

describe('rankMembers', () => {
  it('orders by total, highest first', () => {
    const r = rankMembers([m('B', 80, 80), m('A', 90, 90), m('C', 70, 70)], 'SHARED');
    expect(r.map((x) => [x.unitName, x.rank])).toEqual([
      ['A', 1],
      ['B', 2],
      ['C', 3],
    ]);
  });

  it('breaks a tie by the cross score when configured', () => {
    const r = rankMembers([m('Sở A', 90, 85), m('Sở B', 90, 88)], 'CROSS_SCORE');
    expect(r.map((x) => [x.unitName, x.rank])).toEqual([
      ['Sở B', 1],
      ['Sở A', 2],
    ]);
  });

  it('breaks a tie by fewer penalties when configured', () => {
    const r = rankMembers([m('Sở A', 90, 90, 5), m('Sở B', 90, 90, 1)], 'FEWER_PENALTIES');
    expect(r[0]!.unitName).toBe('Sở B');
    expect(r[1]!.rank).toBe(2);
  });

  it('shares the rank when the rule is SHARED or the tie-break is equal too (1, 1, 3)', () => {
    const r = rankMembers([m('Sở Ân', 90, 80), m('Sở Bình', 90, 85), m('Sở Cúc', 70, 70)], 'SHARED');
    expect(r.map((x) => x.rank)).toEqual([1, 1, 3]);
    const same = rankMembers([m('Sở Ân', 90, 80), m('Sở Bình', 90, 80)], 'CROSS_SCORE');
    expect(same.map((x) => x.rank)).toEqual([1, 1]);
  });
});
