import type { LRUCache } from 'lru-cache';
import { lruPerHandle } from '../../platform/per-handle';
import { isCurrentRead, loadShared, type ReadStamp } from '../../platform/tenant-read-generation';

/**
 * Pages of the people list (and its name search, the same route), kept a few seconds in this
 * process as the JSON the route sends (docs/decisions/021): a repeated read of the same page does
 * no database work. Keyed by the database handle, then the tenant, the reader's scope and the
 * normalized query; the answer holds nothing else that depends on the reader (sensitive fields are
 * always masked, rows carry no allowedActions).
 *
 * Forgotten by every write request of the API (platform/tenant-read-generation.ts): a page stored
 * before the forget is a miss, and a read that ran across one is not stored. Another process (a
 * second server, the CLI) is not seen until the entry expires (VINHDANH_PAGE_CACHE_SECONDS,
 * default 2; 0: off).
 */

/** Characters of JSON kept per database handle (UTF-16 units; about 32 MB at most). */
const MAX_CHARS = 16_000_000;

type Entry = ReadStamp & {
  body: string;
  /** The path the page was read under (the scope or the chosen unit's), re-authorized on a hit. */
  prefix: string;
};

// Two apps in one process (the tests' workers, each on its own copy of the demo with the same
// tenant ids) never share an entry.
const caches = new WeakMap<object, LRUCache<string, Entry>>();

function keyOf(tenantId: string, key: readonly unknown[]) {
  return `${tenantId}\u0000${JSON.stringify(key)}`;
}

export type CachedPage = { body: string; prefix: string };

/**
 * The page from the cache when a current copy is there; otherwise `load` reads it (or the read of
 * it already under way, when no forget happened since it started) and it is stored. With 0 seconds
 * every call loads.
 */
export async function cachedPage(
  db: object,
  tenantId: string,
  key: readonly unknown[],
  seconds: number,
  load: () => Promise<CachedPage>,
): Promise<CachedPage> {
  if (seconds <= 0) return load();
  const k = keyOf(tenantId, key);
  const entry = caches.get(db)?.get(k);
  if (entry && isCurrentRead(entry, tenantId)) return entry;
  return loadShared(db, `page\u0000${k}`, tenantId, load, (page, stamp) =>
    store(db, k, page, seconds, stamp),
  );
}

function store(db: object, k: string, page: CachedPage, seconds: number, stamp: ReadStamp) {
  const cache = lruPerHandle(caches, db, MAX_CHARS, (entry, key) => entry.body.length + key.length + 64);
  if (page.body.length > MAX_CHARS / 100) return;
  cache.set(k, { ...page, ...stamp }, { ttl: seconds * 1000 });
}
