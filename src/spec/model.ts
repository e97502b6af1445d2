import { literalAllowlistEntries } from "../el/check.js";
import { parse } from "../el/parse.js";
import { isGroupId } from "../okta-ids.js";
import type { AllowlistSpec, Spec } from "./schema.js";
import type { FieldPath } from "./source.js";

export type {
  AllowlistSpec,
  AppSpec,
  AuthorizationServerSpec,
  ClaimSpec,
  SmokeTestSpec,
  Spec,
} from "./schema.js";

export function allowlistGroups(allowlist: AllowlistSpec): string[] {
  return Array.isArray(allowlist) ? allowlist : allowlist.groups;
}

export function allowlistOrdered(allowlist: AllowlistSpec): boolean {
  return !Array.isArray(allowlist) && allowlist.ordered;
}

/** A group the spec names by name (not by ID, not pinned), with the first place it does. */
export interface GroupNameReference {
  name: string;
  path: FieldPath;
}

/**
 * Every group the spec names that must be resolved against the tenant: allowlist entries and
 * literal allowlists in claim expressions, minus IDs and names pinned in `groups:`. Sorted by
 * name; each with the first place it is written.
 */
export function groupNamesToResolve(spec: Spec): GroupNameReference[] {
  const found = new Map<string, FieldPath>();
  const add = (ref: string, path: FieldPath) => {
    if (!isGroupId(ref) && spec.groups[ref] === undefined && !found.has(ref)) found.set(ref, path);
  };
  spec.apps.forEach((app, i) => {
    for (const [key, allowlist] of Object.entries(app.profile)) {
      const base: FieldPath = Array.isArray(allowlist)
        ? ["apps", i, "profile", key]
        : ["apps", i, "profile", key, "groups"];
      allowlistGroups(allowlist).forEach((ref, j) => {
        add(ref, [...base, j]);
      });
    }
  });
  // Servers tend to carry the same expressions: read each distinct one once.
  const entriesOf = new Map<string, string[]>();
  spec.authorizationServers.forEach((server, i) => {
    server.claims.forEach((claim, j) => {
      if (claim.valueType !== "EXPRESSION") return;
      const entries = entriesOf.get(claim.value) ?? literalAllowlistEntries(parse(claim.value));
      entriesOf.set(claim.value, entries);
      for (const ref of entries) add(ref, ["authorizationServers", i, "claims", j, "value"]);
    });
  });
  return [...found]
    .map(([name, path]) => ({ name, path }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
