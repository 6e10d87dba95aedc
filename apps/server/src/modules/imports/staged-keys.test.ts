import { describe, expect, it } from 'vitest';
import { FirstSeen, IdSeries } from './staged-keys';

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

  it('gives valid, distinct, increasing UUIDv7 ids stamped with the import time', () => {
    const now = Date.UTC(2026, 10, 21, 8, 30);
    const series = new IdSeries(now);
    // Enough ids to carry the counter across its four-digit table at least once.
    const ids = Array.from({ length: 70_000 }, () => series.take());
    for (const id of ids) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    expect(Number.parseInt(ids[0]!.replace(/-/g, '').slice(0, 12), 16)).toBe(now);
  });
});
