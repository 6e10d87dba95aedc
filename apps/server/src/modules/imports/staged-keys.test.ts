import { describe, expect, it } from 'vitest';
import { FirstSeen } from './staged-keys';

describe('staged import keys', () => {
  it('numbers distinct keys in order of first appearance and keeps the first value', () => {
    const seen = new FirstSeen<string>();
    expect(seen.idOf(['u1', 'b', ''], () => 'first b')).toBe(0);
    expect(seen.idOf(['u1', 'a', ''], () => 'first a')).toBe(1);
    expect(seen.idOf(['u1', 'b', ''], () => 'second b')).toBe(0);
    // A part differing anywhere is another key, even where a joined string would collide.
    expect(seen.idOf(['u1', 'b', 'x'], () => 'b with x')).toBe(2);
    expect(seen.idOf(['u1b', '', ''], () => 'joined alike')).toBe(3);
    expect(seen.values).toEqual(['first b', 'first a', 'b with x', 'joined alike']);
  });
});
