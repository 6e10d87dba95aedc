import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { shuffle, tallyOf } from './ballot-box';
import { newSalt, open, seal, useBallotSecret } from './ballot-key';

const box = {
  tenantId: '0193c0de-0000-7000-8000-000000000001',
  boxId: '0193c0de-0000-7000-8000-000000000002',
  salt: newSalt(),
};
const q = '0193c0de-0000-7000-8000-000000000003';

describe('sealed choices', () => {
  it('open what was sealed for the same box and question, and nothing else', () => {
    const s = seal(box, q, 'ABSTAIN');
    expect(open(box, q, s)).toBe('ABSTAIN');
    // Bound to the question and the box: a sealed row moved to another item does not open.
    expect(open(box, '0193c0de-0000-7000-8000-000000000004', s)).toBeNull();
    expect(open({ ...box, boxId: q }, q, s)).toBeNull();
    // Without the box's salt (destroyed at close) the key cannot be derived.
    expect(open({ ...box, salt: newSalt() }, q, s)).toBeNull();
  });

  it('seal every choice to the same length, so the size says nothing', () => {
    const lengths = ['YES', 'NO', 'ABSTAIN', box.boxId].map(
      (c) => Buffer.from(seal(box, q, c), 'base64').length,
    );
    expect(new Set(lengths).size).toBe(1);
    // Two seals of the same choice differ (random IV): equal choices cannot be grouped.
    expect(seal(box, q, 'YES')).not.toBe(seal(box, q, 'YES'));
  });

  it('cannot be opened under another server secret (a restart without VINHDANH_BALLOT_SECRET)', () => {
    const s = seal(box, q, 'YES');
    useBallotSecret(randomBytes(32));
    expect(open(box, q, s)).toBeNull();
  });
});

describe('opening the box', () => {
  it('shuffles every element exactly once and tallies per question and choice', () => {
    const xs = [1, 2, 3, 4, 5];
    // pick(n) = 0: each element swaps with the first, a known permutation.
    expect(shuffle(xs, () => 0)).toEqual([2, 3, 4, 5, 1]);
    expect([...shuffle(xs)].sort()).toEqual(xs);
    const t = tallyOf([
      { questionId: 'a', choice: 'YES' },
      { questionId: 'a', choice: 'YES' },
      { questionId: 'b', choice: 'NO' },
    ]);
    expect(t.get('a')?.get('YES')).toBe(2);
    expect(t.get('b')?.get('NO')).toBe(1);
  });
});
