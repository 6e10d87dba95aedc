// A fixed-window counter per client, held in memory by one server process. Enough to stop
// anyone walking the code space through this endpoint (the codes carry 128 bits anyway).

export type RateLimiter = { allow(client: string, now?: number): boolean };

export function createRateLimiter(maxPerWindow: number, windowMs: number): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    allow(client, now = Date.now()) {
      const current = windows.get(client);
      if (!current || now - current.start >= windowMs) {
        // Bounded memory: forget every window when too many clients are tracked.
        if (windows.size > 10_000) windows.clear();
        windows.set(client, { start: now, count: 1 });
        return true;
      }
      current.count += 1;
      return current.count <= maxPerWindow;
    },
  };
}
