import { LRUCache } from 'lru-cache';

/**
 * Pages of the people list (and its name search, the same route), kept a few seconds in this
 * process as the JSON the route sends (docs/decisions/021): a repeated read of the same page does
 * no database work. Keyed by the database handle, then the tenant, the reader's scope and the
 * normalized query; the answer holds nothing else that depends on the reader (sensitive fields are
 * always masked, rows carry no allowedActions).
 *
 * Invalidation in this process: every write request of the API forgets its tenant's pages after
 * its handler returned, i.e. after its transactions committed (app.ts); a write request without a
 * signed-in user forgets every tenant's. Each forget bumps a generation: an entry stored before it
 * is a miss, and a read that ran across it is not stored, so a read racing a write cannot put the
 * old page back. Another process (a second server, the CLI) is not seen until the entry expires,
 * which is why the lifetime is seconds (VINHDANH_PAGE_CACHE_SECONDS, default 2; 0: off).
 */

/** Characters of JSON kept per database handle (UTF-16 units; about 32 MB at most). */
const MAX_CHARS = 16_000_000;

type Entry = {
  body: string;
  /** The path the page was read under (the scope or the chosen unit's), re-authorized on a hit. */
  prefix: string;
  generation: number;
  tenantGeneration: number;
};

// Two apps in one process (the tests' workers, each on its own copy of the demo with the same
// tenant ids) never share an entry.
const caches = new WeakMap<object, LRUCache<string, Entry>>();

/** Bumped when every tenant's pages are forgotten. */
let generation = 0;
/** Bumped when one tenant's pages are forgotten. One number per tenant that ever wrote. */
const tenantGenerations = new Map<string, number>();

export type PageStamp = { generation: number; tenantGeneration: number };

/** Taken before the database is read; the page is stored only if no forget happened since. */
function pageStamp(tenantId: string): PageStamp {
  return { generation, tenantGeneration: tenantGenerations.get(tenantId) ?? 0 };
}

function current(entry: PageStamp, tenantId: string) {
  return entry.generation === generation && entry.tenantGeneration === (tenantGenerations.get(tenantId) ?? 0);
}

function keyOf(tenantId: string, key: readonly unknown[]) {
  return `${tenantId}\u0000${JSON.stringify(key)}`;
}

export type CachedPage = { body: string; prefix: string };

// Reads of a page under way: when a page expires under load, the readers that miss it at once wait
// for one read of the database instead of each sending its own.
const inFlight = new WeakMap<object, Map<string, { stamp: PageStamp; page: Promise<CachedPage> }>>();

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
  if (entry && current(entry, tenantId)) return entry;
  const stamp = pageStamp(tenantId);
  let flights = inFlight.get(db);
  if (!flights) {
    flights = new Map();
    inFlight.set(db, flights);
  }
  const flying = flights.get(k);
  if (flying && current(flying.stamp, tenantId)) return flying.page;
  const page = load();
  flights.set(k, { stamp, page });
  try {
    const loaded = await page;
    store(db, k, loaded, seconds, stamp, tenantId);
    return loaded;
  } finally {
    if (flights.get(k)?.page === page) flights.delete(k);
  }
}

function store(db: object, k: string, page: CachedPage, seconds: number, stamp: PageStamp, tenantId: string) {
  if (!current(stamp, tenantId)) return;
  let cache = caches.get(db);
  if (!cache) {
    cache = new LRUCache<string, Entry>({
      maxSize: MAX_CHARS,
      sizeCalculation: (entry, key) => entry.body.length + key.length + 64,
    });
    caches.set(db, cache);
  }
  if (page.body.length > MAX_CHARS / 100) return;
  cache.set(k, { ...page, ...stamp }, { ttl: seconds * 1000 });
}

/** Something a tenant's people list shows may have changed (and committed): forget its pages. */
export function forgetPeoplePages(tenantId: string | undefined) {
  if (tenantId === undefined) generation += 1;
  else tenantGenerations.set(tenantId, (tenantGenerations.get(tenantId) ?? 0) + 1);
}
