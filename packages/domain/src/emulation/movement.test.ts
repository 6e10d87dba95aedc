import { describe, expect, it } from 'vitest';
import {
  awardKindFor,
  isParticipant,
  type MovementState,
  nextMovementStates,
  transitionMovement,
} from './movement';

const draft = { state: 'DRAFT' as const, startDate: '2025-01-01', endDate: '2025-12-31' };

describe('movement lifecycle', () => {
  it('walks draft → launched → interim → final → closed', () => {
    let m: { state: MovementState; startDate: string; endDate: string } = { ...draft };
    for (const to of ['LAUNCHED', 'INTERIM_REVIEW', 'FINAL_REVIEW', 'CLOSED'] as const) {
      const r = transitionMovement(m, to);
      expect(r).toEqual({ ok: true, state: to });
      m = { ...m, state: to };
    }
    expect(nextMovementStates('CLOSED')).toEqual([]);
  });

  it('lets a launched movement skip the interim review but never go back', () => {
    expect(transitionMovement({ ...draft, state: 'LAUNCHED' }, 'FINAL_REVIEW').ok).toBe(true);
    expect(transitionMovement({ ...draft, state: 'FINAL_REVIEW' }, 'LAUNCHED')).toEqual({
      ok: false,
      reason: 'INVALID_TRANSITION',
    });
    expect(transitionMovement(draft, 'CLOSED').ok).toBe(false);
  });

  it('refuses to launch without dates in order', () => {
    expect(transitionMovement({ ...draft, endDate: null }, 'LAUNCHED')).toEqual({
      ok: false,
      reason: 'MISSING_DATES',
    });
    expect(transitionMovement({ ...draft, endDate: '2024-12-31' }, 'LAUNCHED').ok).toBe(false);
  });

  it('tags awards of a thematic movement CHUYEN_DE', () => {
    expect(awardKindFor('CHUYEN_DE')).toBe('CHUYEN_DE');
    expect(awardKindFor('THUONG_XUYEN')).toBe('CONG_TRANG');
  });

  it('decides participation by tenant, subtree or list', () => {
    expect(isParticipant('TENANT', '/a/b/', null, [])).toBe(true);
    expect(isParticipant('SUBTREE', '/a/b/c/', '/a/b/', [])).toBe(true);
    expect(isParticipant('SUBTREE', '/a/x/', '/a/b/', [])).toBe(false);
    expect(isParticipant('LIST', '/a/x/', null, ['/a/b/', '/a/x/'])).toBe(true);
    expect(isParticipant('LIST', '/a/y/', null, ['/a/b/'])).toBe(false);
  });
});
