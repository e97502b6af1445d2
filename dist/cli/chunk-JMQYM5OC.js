import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/impact/group-filters.ts
function filterKey(filter) {
  return `${filter.type} ${filter.value}`;
}
function liveFilter(claim) {
  return claim?.valueType === "GROUPS" && claim.group_filter_type ? { type: claim.group_filter_type, value: claim.value ?? "" } : void 0;
}
function specFilter(claim) {
  return claim?.valueType === "GROUPS" && claim.groupFilterType ? { type: claim.groupFilterType, value: claim.value } : void 0;
}
function searchPrefix(filter) {
  if (filter.value === "") return void 0;
  return filter.type === "STARTS_WITH" || filter.type === "EQUALS" ? filter.value : void 0;
}
function groupMatcher(filter, regex) {
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

export {
  filterKey,
  liveFilter,
  specFilter,
  searchPrefix,
  groupMatcher
};
