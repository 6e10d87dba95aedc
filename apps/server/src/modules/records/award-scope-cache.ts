import { is } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { LRUCache } from 'lru-cache';
import type { Db, Tx } from '../../db/client';
import { lruPerHandle } from '../../platform/per-handle';
import { isCurrentRead, loadShared, type ReadStamp } from '../../platform/tenant-read-generation';

/**
 * The award search's unit scopes, kept a few seconds in this process (docs/decisions/021): which
 * units a path prefix holds (or that it holds every unit of the tenant) was one statement of every
 * search request, for a set that changes only when a unit is created or moved.
 *
 * Keyed by the database handle, then the tenant and the prefix (two apps in one process never
 * share an entry). Forgotten as the people list's pages are (platform/tenant-read-generation.ts):
 * every write request of the API forgets its tenant's scopes after it committed, so a unit created
 * or moved through this process is searched at once; one created or moved by another process (a
 * second server, the CLI) within VINHDANH_PAGE_CACHE_SECONDS. A transaction is never served nor
 * stored: it may see its own uncommitted units.
 */

/** The units under a prefix as a uuid[] literal, or null when the prefix holds every unit of the tenant. */
export type UnitScope = string | null;

/** Characters of unit ids kept per database handle (about 8 MB at most). */
const MAX_CHARS = 4_000_000;

type Entry = ReadStamp & { units: UnitScope };

const caches = new WeakMap<object, LRUCache<string, Entry>>();

export async function cachedUnitScope(
  db: Db | Tx,
  tenantId: string,
  pathPrefix: string,
  seconds: number,
  load: () => Promise<UnitScope>,
): Promise<UnitScope> {
  if (seconds <= 0 || is(db, PgTransaction)) return load();
  const key = `${tenantId}\u0000${pathPrefix}`;
  const entry = caches.get(db)?.get(key);
  if (entry && isCurrentRead(entry, tenantId)) return entry.units;
  return loadShared(db, `scope\u0000${key}`, tenantId, load, (units, stamp) =>
    store(db, key, units, seconds, stamp),
  );
}

function store(db: object, key: string, units: UnitScope, seconds: number, stamp: ReadStamp) {
  const cache = lruPerHandle(caches, db, MAX_CHARS, (e, k) => (e.units?.length ?? 0) + k.length + 64);
  if ((units?.length ?? 0) <= MAX_CHARS / 10) cache.set(key, { units, ...stamp }, { ttl: seconds * 1000 });
}
