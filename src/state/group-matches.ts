import { filterKey, type GroupFilter, groupMatcher, searchPrefix } from "../impact/group-filters.js";
import type { Group } from "../model/okta.js";
import type { AdminGateway } from "../okta/admin.js";

/**
 * The groups each GROUPS filter matches, by filterKey. STARTS_WITH and EQUALS are found by a
 * prefix search (batched, one round); CONTAINS and REGEX only when `everyGroup` allows listing
 * the tenant's groups once, which then answers every filter. A filter left out is unknown.
 */
export async function readGroupMatches(
  okta: AdminGateway,
  filters: readonly GroupFilter[],
  everyGroup: boolean,
): Promise<Map<string, Group[]>> {
  const matches = new Map<string, Group[]>();
  if (filters.length === 0) return matches;
  const answerable = everyGroup ? [...filters] : filters.filter((f) => searchPrefix(f) !== undefined);
  if (answerable.length === 0) return matches;
  const candidates = everyGroup
    ? await okta.allGroups()
    : await okta.groupsStartingWith(answerable.map((f) => searchPrefix(f)!));
  // Loaded only when a REGEX filter is answered (its engine is ~260 KB).
  const regex = answerable.some((f) => f.type === "REGEX")
    ? (await import("../impact/full-match.js")).fullMatch
    : undefined;
  for (const filter of answerable) {
    const matcher = groupMatcher(filter, regex);
    // A pattern that cannot be compiled here is left unknown rather than shown as matching nothing.
    if (matcher)
      matches.set(
        filterKey(filter),
        candidates.filter((g) => matcher(g.profile.name)),
      );
  }
  return matches;
}
