import type { SpecProblem } from "../errors.js";
import { isGroupId } from "../model/ids.js";
import type { LiveServer, LiveState } from "../model/live.js";
import { profileValue } from "../model/okta.js";
import { byCodeUnits } from "../model/order.js";
import type { AppProfileChange, Change, ClaimChange, Diff, UnmanagedClaim } from "../model/plan.js";
import { planHash } from "../plan/hash.js";
import type { LoadedSpec } from "../spec/load.js";
import type { AuthorizationServerSpec } from "../spec/model.js";
import { type FieldPath, formatPath } from "../spec/source.js";
import { claimDifferences, createdFields, desiredClaim, liveClaimSummary } from "./claims.js";

/**
 * Spec × live state → the changes that would make Okta match. Pure. Allowlists compare as
 * sets of group IDs (order counts only when the spec says so); expressions compare
 * semantically; system claims are never drift. Problems are spec errors found only now.
 */
export function diff(loaded: LoadedSpec, live: LiveState): { plan: Diff; problems: SpecProblem[] } {
  const { spec, source } = loaded;
  const problems: SpecProblem[] = [];
  const at = (path: FieldPath) => {
    const { file, line, col } = source.locate(path);
    return { file, line, col };
  };
  const changes: Change[] = [];
  const unmanaged: UnmanagedClaim[] = [];
  const toId = (ref: string) => (isGroupId(ref) ? ref : (live.groups.idOf(ref) ?? ref));

  spec.apps.forEach((_, i) => {
    const { app } = live.apps[i]!;
    for (const [key, allowlist] of spec.apps[i]!.profile) {
      const desired = allowlist.groups.map(toId);
      const current = profileValue(app, key);
      if (sameAllowlist(current, desired, allowlist.ordered)) continue;
      changes.push({
        resource: "app-profile",
        action: "update",
        appId: app.id,
        appLabel: app.label,
        key,
        allowlist: desired,
        ordered: allowlist.ordered,
        fields: [{ field: `profile.${key}`, before: current ?? null, after: desired }],
        spec: at(allowlist.keyPath),
      } satisfies AppProfileChange);
    }
  });

  const found: Found = { at, changes, unmanaged, problems };
  spec.authorizationServers.forEach((serverSpec, i) => {
    diffServer(serverSpec, live.servers[i]!, live, found);
  });

  const org = loaded.spec.org;
  return {
    plan: { ...(org === undefined ? {} : { org }), changes, unmanaged, hash: planHash(changes, org) },
    problems,
  };
}

/** What diff collects, and where in the spec a path is. */
interface Found {
  at: (path: FieldPath) => ClaimChange["spec"];
  changes: Change[];
  unmanaged: UnmanagedClaim[];
  problems: SpecProblem[];
}

/** One server's claims: created, updated, deleted where it prunes, else left unmanaged. */
function diffServer(
  serverSpec: AuthorizationServerSpec,
  server: LiveServer,
  live: LiveState,
  { at, changes, unmanaged, problems }: Found,
): void {
  const claimed = new Set<string>();
  serverSpec.claims.forEach((claimSpec) => {
    const { path } = claimSpec;
    const current = server.claims.find(
      (c) => c.name === claimSpec.name && c.claimType === claimSpec.claimType,
    );
    if (current?.system) {
      problems.push({
        ...at([...path, "name"]),
        field: formatPath([...path, "name"]),
        message: `"${claimSpec.name}" (${claimSpec.claimType}) is one of Okta's system claims, which okta-drift does not manage`,
      });
      return;
    }
    const { desired, expr } = desiredClaim(claimSpec, live.groups);
    // Placed only when it changes: finding a line is work an unchanged claim does not need.
    const base = () => ({
      resource: "claim" as const,
      serverId: server.id,
      serverName: server.name,
      claimName: claimSpec.name,
      claimType: claimSpec.claimType,
      spec: at(path),
      desired,
      desiredExpr: expr,
    });
    if (!current) {
      changes.push({ ...base(), action: "create", claimId: undefined, fields: createdFields(desired, expr) });
      return;
    }
    claimed.add(current.id);
    const fields = claimDifferences(current, desired, expr);
    if (fields.length > 0) changes.push({ ...base(), action: "update", claimId: current.id, fields });
  });
  const others = server.claims
    .filter((c) => !c.system && !claimed.has(c.id))
    .sort((a, b) => byCodeUnits(a.name, b.name) || byCodeUnits(a.claimType, b.claimType));
  for (const claim of others) {
    const identity = {
      serverId: server.id,
      serverName: server.name,
      claimId: claim.id,
      claimName: claim.name,
      claimType: claim.claimType,
    };
    if (serverSpec.prune) {
      changes.push({
        ...identity,
        resource: "claim",
        action: "delete",
        desired: undefined,
        fields: [{ field: "claim", before: liveClaimSummary(claim), after: null }],
        spec: at(serverSpec.path),
      });
    } else {
      unmanaged.push({ resource: "claim", ...identity });
    }
  }
}

export function sameAllowlist(current: unknown, desired: string[], ordered: boolean): boolean {
  if (!Array.isArray(current) || !current.every((v) => typeof v === "string")) return false;
  if (ordered) return current.length === desired.length && current.every((v, i) => v === desired[i]);
  const a = new Set(current);
  const b = new Set(desired);
  return a.size === b.size && [...a].every((v) => b.has(v));
}
