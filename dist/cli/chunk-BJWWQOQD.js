import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/lint/rules.ts
var RULES = {
  "allowlist-over-limit": {
    severity: "warning",
    tenant: false,
    why: "The allowlist has more groups than the getFilteredGroups limit of a claim that reads it: a user in more of them than the limit gets an error instead of a token.",
    fix: "Raise the claim's limit (at most 100), or split the allowlist."
  },
  "groups-claim-without-scopes": {
    severity: "warning",
    tenant: false,
    why: "An access-token groups claim without scopes is put in every access token the server issues, whatever was asked for.",
    fix: "Give the claim scopes, e.g. scopes: [groups]."
  },
  "smoke-expects-unlisted-group": {
    severity: "error",
    tenant: false,
    why: "A smoke test expects a group that the app's allowlist does not hold, so the claim can never carry it and the test can never pass.",
    fix: "Add the group to the allowlist, or correct the test's expectation."
  },
  "everyone-allowlisted": {
    severity: "warning",
    tenant: true,
    why: "The Everyone group is allowlisted: every user of the org carries it, so the allowlist filters nothing for it.",
    fix: "Allowlist the groups that should be in the token instead."
  },
  "group-not-found": {
    severity: "warning",
    tenant: true,
    why: "A group named by ID (in an allowlist or a pin) does not exist in Okta: it never matches, and a group created later with that ID cannot exist either.",
    fix: "Remove the ID, or replace it with the group that took its place."
  },
  "duplicate-group": {
    severity: "warning",
    tenant: true,
    why: "Two entries of one allowlist are the same group (a name and its ID, or two names pinned to one ID).",
    fix: "Keep one of the entries."
  },
  "profile-key-missing": {
    severity: "warning",
    tenant: true,
    why: "A claim reads app.profile.KEY, but an app on its server has no such key in Okta and the spec does not give it one: the claim is empty or fails for that app's tokens.",
    fix: "Give the app the key in the spec, or read a key the app has."
  },
  "token-size-budget": {
    severity: "warning",
    tenant: true,
    why: "At its limit the groups claim can hold more than the token-size budget (8 KB: the claim's limit, or the allowlist's size when smaller, times the longest allowlisted group name): large tokens break headers and cookies.",
    fix: "Lower the claim's limit, or allowlist fewer groups with long names."
  }
};
var RULE_IDS = Object.keys(RULES);
var TOKEN_SIZE_BUDGET = 8 * 1024;

export {
  RULES,
  RULE_IDS,
  TOKEN_SIZE_BUDGET
};
