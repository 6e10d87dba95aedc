// A fixed-window counter per key, held in memory by one server process. Public endpoints use it
// per client address (and login also per username) so nobody can walk a code space or a password
// list through them.

export type RateLimiter = { allow(key: string, now?: number): boolean };

/** How many keys one limiter tracks; past this, expired windows go first, then the oldest. */
const MAX_KEYS = 10_000;

export function createRateLimiter(maxPerWindow: number, windowMs: number): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  const evict = (now: number) => {
    for (const [key, w] of windows) if (now - w.start >= windowMs) windows.delete(key);
    // Still full: drop the oldest windows (a Map iterates in insertion order). Clearing them all
    // would let anyone reset every limit by sending 10,000 made-up keys.
    for (const key of windows.keys()) {
      if (windows.size < MAX_KEYS) break;
      windows.delete(key);
    }
  };
  return {
    allow(key, now = Date.now()) {
      const current = windows.get(key);
      if (!current || now - current.start >= windowMs) {
        if (windows.size >= MAX_KEYS) evict(now);
        windows.delete(key);
        windows.set(key, { start: now, count: 1 });
        return maxPerWindow >= 1;
      }
      current.count += 1;
      return current.count <= maxPerWindow;
    },
  };
}
