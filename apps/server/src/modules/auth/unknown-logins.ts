// Login answers an unknown username exactly as it answers a known one, lockout included, so
// the answers do not reveal which usernames exist. The counts live in memory only: a row per
// made-up username would have no tenant, and anyone could fill the table with them.

export type UnknownLogins = {
  /** Whether this username is "locked" as a known one would be after `max` failures. */
  isLocked(username: string, now: number): boolean;
  /** Counts a failure; true when it is the one that locks. */
  fail(username: string, now: number): boolean;
};

const MAX_TRACKED = 10_000;

export function createUnknownLogins(max: number, lockMs: number): UnknownLogins {
  const entries = new Map<string, { failures: number; lockedUntil: number }>();
  const get = (name: string, now: number) => {
    const e = entries.get(name);
    if (e?.lockedUntil && e.lockedUntil <= now) {
      entries.delete(name);
      return undefined;
    }
    return e;
  };
  return {
    isLocked: (name, now) => (get(name, now)?.lockedUntil ?? 0) > now,
    fail(name, now) {
      const e = get(name, now) ?? { failures: 0, lockedUntil: 0 };
      e.failures += 1;
      if (e.failures >= max) e.lockedUntil = now + lockMs;
      entries.delete(name);
      // Bounded: the oldest usernames go first.
      if (entries.size >= MAX_TRACKED) entries.delete(entries.keys().next().value as string);
      entries.set(name, e);
      return e.lockedUntil > 0;
    },
  };
}
