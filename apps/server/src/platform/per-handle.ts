import { LRUCache } from 'lru-cache';

/**
 * The value kept for one database handle, made on first use: two apps in one process (the tests'
 * workers, each on its own copy of the demo with the same tenant ids) never share a cache or a load.
 */
export function perHandle<V>(byDb: WeakMap<object, V>, db: object, make: () => V): V {
  let value = byDb.get(db);
  if (value === undefined) {
    value = make();
    byDb.set(db, value);
  }
  return value;
}

/** A bounded cache of one database handle: at most `maxSize` by `size` (characters, say). */
export function lruPerHandle<V extends {}>(
  byDb: WeakMap<object, LRUCache<string, V>>,
  db: object,
  maxSize: number,
  size: (value: V, key: string) => number,
): LRUCache<string, V> {
  return perHandle(byDb, db, () => new LRUCache<string, V>({ maxSize, sizeCalculation: size }));
}
