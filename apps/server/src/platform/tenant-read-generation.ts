import { type Flights, joinOrStart } from './in-flight';
import { perHandle } from './per-handle';

/**
 * Generations of a tenant's cached reads (docs/decisions/021): what the people list's page cache
 * and the award search's unit scopes keep a few seconds in this process is forgotten through here.
 *
 * Every write request of the API forgets its tenant's reads after its handler returned, i.e. after
 * its transactions committed (app.ts); a write request without a signed-in user forgets every
 * tenant's. Each forget bumps a generation: an entry stored under an older stamp is a miss, and a
 * read that ran across a forget is not stored, so a read racing a write cannot put the old answer
 * back. Another process (a second server, the CLI) is not seen until the entry expires, which is
 * why the lifetime is seconds (VINHDANH_PAGE_CACHE_SECONDS, default 2; 0: off).
 */

/** Bumped when every tenant's reads are forgotten. */
let generation = 0;
/** Bumped when one tenant's reads are forgotten. One number per tenant that ever wrote. */
const tenantGenerations = new Map<string, number>();

export type ReadStamp = { generation: number; tenantGeneration: number };

/** Taken before the database is read; what was read is stored only if still current. */
export function readStamp(tenantId: string): ReadStamp {
  return { generation, tenantGeneration: tenantGenerations.get(tenantId) ?? 0 };
}

/** No forget of the tenant's reads happened since the stamp was taken. */
export function isCurrentRead(stamp: ReadStamp, tenantId: string): boolean {
  return stamp.generation === generation && stamp.tenantGeneration === (tenantGenerations.get(tenantId) ?? 0);
}

/** Something a tenant's cached reads show may have changed (and committed): forget them. */
export function forgetTenantReads(tenantId: string | undefined) {
  if (tenantId === undefined) generation += 1;
  else tenantGenerations.set(tenantId, (tenantGenerations.get(tenantId) ?? 0) + 1);
}

// Reads under way, per database handle and key (in-flight.ts).
const inFlight = new WeakMap<object, Flights<ReadStamp>>();

/**
 * `load` once for every caller that asks the same key of the same database at once (unless a
 * forget happened since that read began); `keep` is given the answer only if it is still current.
 */
export function loadShared<T>(
  db: object,
  key: string,
  tenantId: string,
  load: () => Promise<T>,
  keep: (value: T, stamp: ReadStamp) => void,
): Promise<T> {
  const stamp = readStamp(tenantId);
  const current = (s: ReadStamp) => isCurrentRead(s, tenantId);
  return joinOrStart(
    perHandle(inFlight, db, () => new Map()),
    key,
    stamp,
    current,
    async () => {
      const loaded = await load();
      if (current(stamp)) keep(loaded, stamp);
      return loaded;
    },
  );
}
