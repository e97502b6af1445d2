/**
 * Strings in code-unit order: the same on every machine, whatever its locale, and without
 * ICU (the first `localeCompare` of a process loads ICU's data, ~15 ms of a cold run).
 */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
