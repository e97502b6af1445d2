import { sameExpression } from "../el/index.js";
import { parse } from "../el/parse.js";
import { print } from "../el/print.js";
import { mapAllowlistEntries } from "../el/render.js";
import type { SpecProblem } from "../errors.js";
import type { OktaClaim } from "../okta/types.js";
import { isGroupId } from "../okta-ids.js";
import type { LoadedSpec } from "../spec/load.js";
import { allowlistGroups, allowlistOrdered, type ClaimSpec } from "../spec/model.js";
import { type FieldPath, formatPath } from "../spec/source.js";
import type { GroupDirectory, LiveState } from "../state/live.js";
import { planHash } from "./hash.js";
import type {
  AppProfileChange,
  Change,
  ClaimChange,
  DesiredClaim,
  FieldChange,
  Plan,
  UnmanagedClaim,
} from "./plan.js";

/**
 * Spec × live state → plan. Pure. Allowlists compare as sets of group IDs (order counts only
 * when the spec says so); expressions compare semantically; system claims are never drift.
 */
export function diff(loaded: LoadedSpec, live: LiveState): { plan: Plan; problems: SpecProblem[] } {
  const { spec, source } = loaded;
  const problems: SpecProblem[] = [];
  const at = (path: FieldPath) => {
    const { file, line, col } = source.locate(path);
    return { file, line, col };
  };
  const changes: Change[] = [];
  const unmanaged: UnmanagedClaim[] = [];
  const toId = (ref: string) => (isGroupId(ref) ? ref : (live.groups.idOf(ref) ?? ref));

  spec.apps.forEach((appSpec, i) => {
    const { app } = live.apps[i]!;
    for (const [key, allowlist] of Object.entries(appSpec.profile)) {
      const desired = allowlistGroups(allowlist).map(toId);
      const current = app.profile?.[key];
      if (sameAllowlist(current, desired, allowlistOrdered(allowlist))) continue;
      const change: AppProfileChange = {
        resource: "app-profile",
        action: "update",
        appId: app.id,
        appLabel: app.label,
        key,
        allowlist: desired,
        ordered: allowlistOrdered(allowlist),
        fields: [{ field: `profile.${key}`, before: current ?? null, after: desired }],
        spec: at(["apps", i, "profile", key]),
      };
      changes.push(change);
    }
  });

  spec.authorizationServers.forEach((serverSpec, i) => {
    const server = live.servers[i]!;
    const { prune } = serverSpec;
    const claimed = new Set<string>();
    serverSpec.claims.forEach((claimSpec, j) => {
      const path: FieldPath = ["authorizationServers", i, "claims", j];
      const current = server.claims.find(
        (c) => c.name === claimSpec.name && c.claimType === claimSpec.claimType,
      );
      const desired = desiredClaim(claimSpec, live.groups);
      const base = {
        resource: "claim" as const,
        serverId: server.id,
        serverName: server.name,
        claimName: claimSpec.name,
        claimType: claimSpec.claimType,
        spec: at(path),
      };
      if (current?.system) {
        problems.push({
          ...at([...path, "name"]),
          field: formatPath([...path, "name"]),
          message: `"${claimSpec.name}" (${claimSpec.claimType}) is one of Okta's system claims, which okta-drift does not manage`,
        });
        return;
      }
      if (!current) {
        changes.push({
          ...base,
          action: "create",
          claimId: undefined,
          desired,
          fields: fieldsOf(desired).map(([field, after]) => ({ field, before: null, after })),
        } satisfies ClaimChange);
        return;
      }
      claimed.add(current.id);
      const fields = claimDifferences(current, desired);
      if (fields.length > 0)
        changes.push({
          ...base,
          action: "update",
          claimId: current.id,
          desired,
          fields,
        } satisfies ClaimChange);
    });
    const others = server.claims
      .filter((c) => !c.system && !claimed.has(c.id))
      .sort((a, b) => a.name.localeCompare(b.name) || a.claimType.localeCompare(b.claimType));
    for (const claim of others) {
      const identity = {
        serverId: server.id,
        serverName: server.name,
        claimId: claim.id,
        claimName: claim.name,
        claimType: claim.claimType,
      };
      if (prune) {
        changes.push({
          ...identity,
          resource: "claim",
          action: "delete",
          desired: undefined,
          fields: [{ field: "claim", before: liveClaimSummary(claim), after: null }],
          spec: at(["authorizationServers", i]),
        });
      } else {
        unmanaged.push({ resource: "claim", ...identity });
      }
    }
  });

  return {
    plan: {
      changes,
      unmanaged,
      hash: planHash(changes),
      groupNames: Object.fromEntries(live.groups.entries()),
    },
    problems,
  };
}

export function sameAllowlist(current: unknown, desired: string[], ordered: boolean): boolean {
  if (!Array.isArray(current) || !current.every((v) => typeof v === "string")) return false;
  if (ordered) return current.length === desired.length && current.every((v, i) => v === desired[i]);
  const a = new Set(current);
  const b = new Set(desired);
  return a.size === b.size && [...a].every((v) => b.has(v));
}

/** The spec's claim as Okta's wire body: canonical expression, names rendered to IDs. */
export function desiredClaim(claim: ClaimSpec, groups: GroupDirectory): DesiredClaim {
  const value =
    claim.valueType === "EXPRESSION"
      ? print(
          mapAllowlistEntries(parse(claim.value), (entry) =>
            isGroupId(entry) ? entry : (groups.idOf(entry) ?? entry),
          ),
        )
      : claim.value;
  return {
    name: claim.name,
    status: claim.status,
    claimType: claim.claimType,
    valueType: claim.valueType,
    value,
    conditions: { scopes: claim.scopes },
    alwaysIncludeInToken: claim.alwaysIncludeInToken,
    ...(claim.valueType === "GROUPS" ? { group_filter_type: claim.groupFilterType! } : {}),
  };
}

function fieldsOf(desired: DesiredClaim): [string, unknown][] {
  return [
    ["status", desired.status],
    ["valueType", desired.valueType],
    ["value", desired.value],
    ...(desired.group_filter_type
      ? ([["group_filter_type", desired.group_filter_type]] as [string, unknown][])
      : []),
    ["conditions.scopes", desired.conditions.scopes],
    ["alwaysIncludeInToken", desired.alwaysIncludeInToken],
  ];
}

/** The fields in which a claim in Okta differs from the desired one (empty: the same). */
export function claimDifferences(current: OktaClaim, desired: DesiredClaim): FieldChange[] {
  const fields: FieldChange[] = [];
  const differ = (field: string, before: unknown, after: unknown) =>
    fields.push({ field, before: before ?? null, after });
  if (current.status !== desired.status) differ("status", current.status, desired.status);
  if (current.valueType !== desired.valueType) differ("valueType", current.valueType, desired.valueType);
  const sameValue =
    desired.valueType === "EXPRESSION" && current.valueType === "EXPRESSION"
      ? sameExpression(current.value ?? "", desired.value)
      : current.value === desired.value;
  if (!sameValue) differ("value", current.value, desired.value);
  if (desired.valueType === "GROUPS" && current.group_filter_type !== desired.group_filter_type) {
    differ("group_filter_type", current.group_filter_type, desired.group_filter_type);
  }
  const scopes = current.conditions?.scopes ?? [];
  const wanted = desired.conditions.scopes;
  if (scopes.length !== wanted.length || !wanted.every((s) => scopes.includes(s)))
    differ("conditions.scopes", scopes, wanted);
  // Okta reports access-token claims as always included whatever was sent.
  if ((current.alwaysIncludeInToken ?? true) !== desired.alwaysIncludeInToken)
    differ("alwaysIncludeInToken", current.alwaysIncludeInToken, desired.alwaysIncludeInToken);
  return fields;
}

function liveClaimSummary(claim: OktaClaim) {
  return {
    status: claim.status,
    valueType: claim.valueType,
    value: claim.value ?? null,
    ...(claim.group_filter_type ? { group_filter_type: claim.group_filter_type } : {}),
    conditions: { scopes: claim.conditions?.scopes ?? [] },
    alwaysIncludeInToken: claim.alwaysIncludeInToken ?? true,
  };
}
