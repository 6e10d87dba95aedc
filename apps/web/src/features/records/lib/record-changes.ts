/**
 * The fields an edit changed, so a PATCH touches nothing else. Fields in one `together`
 * group travel as a group: a decision's number and date are resolved by the server as a pair.
 */
export function changedFields<T extends Record<string, unknown>>(
  before: T,
  after: T,
  together: readonly (readonly (keyof T)[])[] = [],
): Partial<T> {
  const keys = (Object.keys(after) as (keyof T)[]).filter(
    (key) => JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null),
  );
  for (const group of together) {
    if (group.some((key) => keys.includes(key))) keys.push(...group.filter((key) => !keys.includes(key)));
  }
  return Object.fromEntries(keys.map((key) => [key, after[key]])) as Partial<T>;
}
