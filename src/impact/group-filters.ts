import type { Claim, GroupFilterType } from "../model/okta.js";
import type { ClaimSpec } from "../spec/model.js";
import type { RegexCompiler } from "./full-match.js";

/** A GROUPS claim's filter: the claim carries the user's groups whose names match it. */
export interface GroupFilter {
  type: GroupFilterType;
  value: string;
}

/** `STARTS_WITH West`: the filter as a key and as people read it. */
export function filterKey(filter: GroupFilter): string {
  return `${filter.type} ${filter.value}`;
}

export function liveFilter(claim: Claim | undefined): GroupFilter | undefined {
  return claim?.valueType === "GROUPS" && claim.group_filter_type
    ? { type: claim.group_filter_type, value: claim.value ?? "" }
    : undefined;
}

export function specFilter(claim: ClaimSpec | undefined): GroupFilter | undefined {
  return claim?.valueType === "GROUPS" && claim.groupFilterType
    ? { type: claim.groupFilterType, value: claim.value }
    : undefined;
}

/**
 * The prefix a group search (`profile.name sw "…"`) finds a filter's groups by: STARTS_WITH
 * and EQUALS have one; CONTAINS and REGEX need the tenant's whole group list.
 */
export function searchPrefix(filter: GroupFilter): string | undefined {
  if (filter.value === "") return undefined;
  return filter.type === "STARTS_WITH" || filter.type === "EQUALS" ? filter.value : undefined;
}

/**
 * Whether Okta's filter takes a group of this name: STARTS_WITH, EQUALS and CONTAINS ignore
 * case, REGEX does not and must match the whole name (Okta's enum descriptions), with the
 * pattern run by `regex` (see full-match.ts). Undefined when the pattern cannot be run here.
 */
export function groupMatcher(
  filter: GroupFilter,
  regex?: RegexCompiler,
): ((name: string) => boolean) | undefined {
  const value = filter.value.toLowerCase();
  switch (filter.type) {
    case "STARTS_WITH":
      return (name) => name.toLowerCase().startsWith(value);
    case "EQUALS":
      return (name) => name.toLowerCase() === value;
    case "CONTAINS":
      return (name) => name.toLowerCase().includes(value);
    case "REGEX":
      return regex?.(filter.value);
  }
}
