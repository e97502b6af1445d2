/**
 * Strings in code-unit order: the same on every machine, whatever its locale, and without
 * ICU (the first `localeCompare` of a process loads ICU's data, ~15 ms of a cold run).
 */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A record whose keys are in code-unit order; the last value given for a key wins. The keys
 * go through the default sort, which compares code units natively: with a comparator called
 * per pair, sorting 2,000 group IDs took ~6.5 ms of a cold plan, the whole record ~4 ms now.
 */
export function recordInKeyOrder<V>(entries: Iterable<readonly [string, V]>): Record<string, V> {
  const byKey = new Map(entries);
  // Object.fromEntries defines each key as an own property: an ID of "__proto__" stays data.
  return Object.fromEntries([...byKey.keys()].sort().map((key) => [key, byKey.get(key) as V]));
}
