import { is } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Db } from '../db/client';
import { type Flights, joinOrStart } from './in-flight';
import { perHandle } from './per-handle';

/**
 * Tenants' rule sets, kept a few seconds in this process (docs/decisions/019): the eligibility of
 * one person read the tenant's parameters and its own awards on every request, two of its queries,
 * and rebuilt the merged rule sets each time, for rows an administrator changes a few times a year.
 *
 * Keyed by the database handle, then the tenant: two apps in one process (the tests' workers, each
 * on its own copy of the demo, with the same tenant ids) never share an entry. A transaction is
 * never served nor stored: it may see its own uncommitted writes.
 *
 * A change in this process is seen at once: saving parameters and saving a provincial award call
 * forgetRuleSets() after their transaction commits. Another process (a second server behind the
 * same database) sees it when its own entry expires, hence seconds, not minutes.
 */
const TTL_MS = 5_000;

type Entry<T> = { value: T; until: number; generation: number };

const cache = new WeakMap<object, Map<string, Entry<unknown>>>();

/** Bumped by every forget: entries of an older generation are misses, and a load that ran across one is not stored. */
let generation = 0;

// Loads under way, per database handle and tenant (in-flight.ts): when an entry expires under load,
// the requests that miss it at once share one load instead of each sending its two statements.
const flights = new WeakMap<object, Flights<number>>();

export async function cachedRuleSets<T>(db: Db, tenantId: string, load: () => Promise<T>): Promise<T> {
  if (is(db, PgTransaction)) return load();
  const now = Date.now();
  const hit = cache.get(db)?.get(tenantId);
  if (hit && hit.generation === generation && hit.until > now) return hit.value as T;
  const started = generation;
  return joinOrStart(
    perHandle(flights, db, () => new Map()),
    tenantId,
    started,
    (g) => g === generation,
    async () => {
      const value = await load();
      if (started === generation) {
        perHandle(cache, db, () => new Map()).set(tenantId, { value, until: now + TTL_MS, generation });
      }
      return value;
    },
  );
}

/** A tenant's parameters or provincial awards changed (rare: an administrator's act): forget every entry. */
export function forgetRuleSets() {
  generation += 1;
}
