import { literalAllowlistEntries } from "../el/check.js";
import { parse } from "../el/parse.js";
import { isGroupId } from "../okta-ids.js";
import type { AllowlistSpec, Spec } from "./schema.js";

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

/**
 * Every group the spec names (not by ID) that must be resolved against the tenant: allowlist
 * entries and literal allowlists in claim expressions, minus names pinned in `groups:`.
 */
export function groupNamesToResolve(spec: Spec): string[] {
  const names = new Set<string>();
  const add = (ref: string) => {
    if (!isGroupId(ref) && spec.groups[ref] === undefined) names.add(ref);
  };
  for (const app of spec.apps)
    for (const allowlist of Object.values(app.profile)) allowlistGroups(allowlist).forEach(add);
  for (const server of spec.authorizationServers) {
    for (const claim of server.claims) {
      if (claim.valueType !== "EXPRESSION") continue;
      literalAllowlistEntries(parse(claim.value)).forEach(add);
    }
  }
  return [...names].sort();
}
