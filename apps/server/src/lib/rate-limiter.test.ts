import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limiter';

describe('rate limiter', () => {
  it('allows up to the limit per window and per client, then again in the next window', () => {
    const limiter = createRateLimiter(3, 60_000);
    const hits = [0, 1, 2, 3].map((i) => limiter.allow('a', 1000 + i));
    expect(hits).toEqual([true, true, true, false]);
    expect(limiter.allow('b', 1004)).toBe(true);
    expect(limiter.allow('a', 61_000)).toBe(true);
  });

  it('cannot be reset by flooding it with made-up keys', () => {
    const limiter = createRateLimiter(1, 60_000);
    for (let i = 0; i < 10_500; i++) limiter.allow(`k${i}`, 1);
    // Recent windows survive the flood: only the oldest make room for new keys.
    expect(limiter.allow('k9000', 2)).toBe(false);
    expect(limiter.allow('k10499', 2)).toBe(false);
  });
});
