/**
 * Loads under way, keyed: the callers that ask the same key at once share one load (a cache entry
 * expiring under load otherwise sent one statement per waiting request). A load started under a
 * stamp that is no longer current (a forget ran since) is not handed to later callers.
 */
export type Flights<S> = Map<string, { stamp: S; value: Promise<unknown> }>;

export async function joinOrStart<T, S>(
  flights: Flights<S>,
  key: string,
  stamp: S,
  isCurrent: (stamp: S) => boolean,
  load: () => Promise<T>,
): Promise<T> {
  const flying = flights.get(key);
  if (flying && isCurrent(flying.stamp)) return flying.value as Promise<T>;
  const value = load();
  flights.set(key, { stamp, value });
  try {
    return await value;
  } finally {
    if (flights.get(key)?.value === value) flights.delete(key);
  }
}
