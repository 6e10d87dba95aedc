import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppressCells } from './suppression';

const cell = fc.integer({ min: 0, max: 30 }).map((people) => ({ people, count: people }));

describe('small-cell suppression', () => {
  it('hides every cell under 5 people and never leaves exactly one hidden cell beside a printed total', () => {
    fc.assert(
      fc.property(fc.array(cell, { minLength: 2, maxLength: 12 }), (cells) => {
        const hidden = suppressCells(cells, true);
        cells.forEach((c, i) => {
          if (c.people > 0 && c.people < 5) expect(hidden[i]).toBe(true);
        });
        expect(hidden.filter(Boolean).length).not.toBe(1);
      }),
    );
  });

  it('shows zeros and cells of 5 or more when nothing is small', () => {
    expect(
      suppressCells(
        [
          { people: 0, count: 0 },
          { people: 5, count: 7 },
          { people: 12, count: 12 },
        ],
        true,
      ),
    ).toEqual([false, false, false]);
    expect(
      suppressCells(
        [
          { people: 2, count: 2 },
          { people: 9, count: 9 },
          { people: 0, count: 0 },
        ],
        true,
      ),
    ).toEqual([true, false, true]);
  });
});
