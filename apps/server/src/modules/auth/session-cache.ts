import { LRUCache } from 'lru-cache';
import { type Flights, joinOrStart } from '../../platform/in-flight';

/**
 * Resolved sessions, kept a few seconds in this process (docs/decisions/018): every signed-in
 * request looked its session up in the database, a third to a half of the queries of the common
 * reads. Bounded in size; each entry lives at most the configured seconds.
 *
 * Revocation in this process is immediate: logout, a password change, a disabled account, a role
 * change, a second factor's change and a moved unit call the forget functions below after their
 * transaction commits. Another process (a second server behind the same database) sees such a
 * change only when its own entry expires, which is why the lifetime is seconds, not minutes.
 */

export type CachedSession = {
  tenantId: string;
  tokenHash: string;
  userId: string;
  expiresAt: Date;
};

const MAX_ENTRIES = 10_000;

// One per process, keyed by the token's hash: tokens are random, so two apps in one process
// (the tests' workers) never share an entry, and forgetting one app's user costs another at most
// a miss.
const cache = new LRUCache<string, CachedSession>({ max: MAX_ENTRIES });

/**
 * Bumped by every forget. A lookup that started before a revocation committed may have read the
 * old row; it is not stored when the generation moved while it ran.
 */
let generation = 0;

export function cachedSession<T extends CachedSession>(tokenHash: string, now: Date): T | undefined {
  const row = cache.get(tokenHash);
  if (!row) return undefined;
  if (row.expiresAt <= now) {
    cache.delete(tokenHash);
    return undefined;
  }
  return row as T;
}

// Lookups under way, by token hash (platform/in-flight.ts): when a session's entry expires, the
// requests of that session that miss it at once (a page's parallel reads) share one statement.
const flights: Flights<number> = new Map();

/**
 * `lookup` once for the callers that miss the same session at once, unless a forget happened since
 * it began (then the caller looks again: the row it read may be the revoked one). `lookup` gets the
 * generation it started under, for cacheSession.
 */
export function sharedSessionLookup<T>(
  tokenHash: string,
  lookup: (startedAt: number) => Promise<T>,
): Promise<T> {
  const started = generation;
  return joinOrStart(
    flights,
    tokenHash,
    started,
    (g) => g === generation,
    () => lookup(started),
  );
}

export function cacheSession(row: CachedSession, seconds: number, startedAt: number) {
  if (seconds <= 0 || startedAt !== generation) return;
  cache.set(row.tokenHash, row, { ttl: seconds * 1000 });
}

/** One session ended (logout, a second factor given or refused). */
export function forgetSession(tokenHash: string) {
  generation += 1;
  cache.delete(tokenHash);
}

/** Everything about a user changed: password, roles, enabled, second factor. */
export function forgetUserSessions(tenantId: string, userId: string) {
  forgetWhere((row) => row.tenantId === tenantId && row.userId === userId);
}

/** The tenant's unit paths moved: every user's scope may have. */
export function forgetTenantSessions(tenantId: string) {
  forgetWhere((row) => row.tenantId === tenantId);
}

// A revocation is rare (an administrator's act), so a scan of at most MAX_ENTRIES is cheaper
// than keeping an index by user on every request.
function forgetWhere(match: (row: CachedSession) => boolean) {
  generation += 1;
  const keys = [...cache.entries()].filter(([, row]) => match(row)).map(([key]) => key);
  for (const key of keys) cache.delete(key);
}
