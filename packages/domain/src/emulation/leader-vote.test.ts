import { describe, expect, it } from 'vitest';
import { decideLeader } from './leader-vote';

const c = (unitName: string, rank: number, votes: number) => ({ unitId: unitName, unitName, rank, votes });

describe('decideLeader', () => {
  it('the most votes wins', () => {
    const r = decideLeader([c('A', 2, 3), c('B', 1, 1)], 4);
    expect(r).toMatchObject({
      ok: true,
      winner: { unitId: 'A' },
      tieBroken: false,
      text: 'A dẫn đầu: 3/4 phiếu.',
    });
  });

  it('equal votes go to the better-ranked unit, and the result says so', () => {
    const r = decideLeader([c('A', 3, 2), c('B', 1, 2), c('C', 2, 0)], 4);
    expect(r.ok && r.winner.unitId).toBe('B');
    expect(r.ok && r.tieBroken).toBe(true);
    expect(r.ok && r.text).toContain('bằng phiếu với A');
  });

  it('equal votes and a shared rank: no winner', () => {
    expect(decideLeader([c('A', 1, 2), c('B', 1, 2)], 4)).toMatchObject({ ok: false, code: 'TIED' });
  });

  it('no ballots: no winner', () => {
    expect(decideLeader([c('A', 1, 0)], 0)).toMatchObject({ ok: false, code: 'NO_BALLOTS' });
  });
});
