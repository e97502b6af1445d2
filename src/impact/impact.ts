import { desiredClaim } from "../diff/claims.js";
import { calleeName, type Expr, propertyPath, walk } from "../el/ast.js";
import { tryParse } from "../el/index.js";
import { allowlistReads, allowlistReadsOf, appsOnServer } from "../lint/claims.js";
import type { ImpactGroup, TokenImpact } from "../model/impact.js";
import type { LiveState } from "../model/live.js";
import { type Claim, profileValue } from "../model/okta.js";
import type { Diff } from "../model/plan.js";
import type { LoadedSpec } from "../spec/load.js";
import type { ClaimSpec } from "../spec/model.js";
import type { LimitedAllowlist } from "./users.js";

/** The groups a claim can carry for one app (by ID), and its limit. */
interface GroupSet {
  ids: Set<string>;
  limit: number | undefined;
}

const NOTHING: GroupSet = { ids: new Set(), limit: undefined };

/**
 * Who a plan lets in: for each app on each spec server, and each groups claim there (the
 * spec's and Okta's others), the groups that enter and leave the claim for that app's tokens.
 * Pure: the member counts came with the reads.
 */
export function tokenImpacts(loaded: LoadedSpec, live: LiveState, diff: Diff): TokenImpact[] {
  const { spec } = loaded;
  const deleted = new Set(
    diff.changes.flatMap((c) =>
      c.resource === "claim" && c.action === "delete" && c.claimId ? [c.claimId] : [],
    ),
  );
  const withMembers = (id: string): ImpactGroup => ({ id, members: live.groupFacts.members.get(id) });
  const impacts: TokenImpact[] = [];
  spec.authorizationServers.forEach((server, s) => {
    const liveServer = live.servers[s]!;
    // Every claim of the server: Okta's (but its system claims) and the spec's, by identity.
    const claims = new Map<string, { before?: Claim; after?: ClaimSpec }>();
    for (const claim of liveServer.claims)
      if (!claim.system) claims.set(`${claim.name}/${claim.claimType}`, { before: claim });
    for (const claim of server.claims) {
      const key = `${claim.name}/${claim.claimType}`;
      claims.set(key, { ...claims.get(key), after: claim });
    }
    for (const a of appsOnServer(spec, s)) {
      const app = spec.apps[a]!;
      const okta = live.apps[a]!.app;
      const inOkta = (key: string) => idList(profileValue(okta, key));
      const inSpec = (key: string) => {
        const managed = app.profile.get(key);
        if (!managed) return inOkta(key);
        return managed.groups.map((ref) => live.groups.idOfRef(ref) ?? ref);
      };
      for (const { before, after } of claims.values()) {
        const beforeExpr = before?.valueType === "EXPRESSION" ? tryParse(before.value ?? "") : undefined;
        // A claim the spec does not name stays as Okta has it, unless the plan prunes it.
        const afterExpr = after ? desiredClaim(after, live.groups).expr : beforeExpr;
        const stays = after !== undefined || (before !== undefined && !deleted.has(before.id));
        const was = before ? groupSet(before.valueType, beforeExpr, inOkta) : NOTHING;
        const will = !stays
          ? NOTHING
          : after
            ? groupSet(after.valueType, afterExpr, inSpec)
            : groupSet(before!.valueType, beforeExpr, inSpec);
        const allowlistChanged = keysRead(afterExpr ?? beforeExpr).some(
          (k) => !sameSet(inOkta(k), inSpec(k)),
        );
        const claimChanged = diff.changes.some(
          (c) =>
            c.resource === "claim" &&
            c.serverId === liveServer.id &&
            c.claimName === (after?.name ?? before?.name) &&
            c.claimType === (after?.claimType ?? before?.claimType),
        );
        if (!allowlistChanged && !claimChanged) continue;
        // A GROUPS claim carries the groups its filter matches: the same filter, the same groups.
        const filterBefore =
          before?.valueType === "GROUPS" ? `${before.group_filter_type} ${before.value}` : undefined;
        const filterAfter = !stays
          ? undefined
          : after
            ? after.valueType === "GROUPS"
              ? `${after.groupFilterType} ${after.value}`
              : undefined
            : filterBefore;
        if (filterBefore !== undefined && filterBefore === filterAfter) continue;
        const entering = was && will ? [...will.ids].filter((id) => !was.ids.has(id)) : [];
        const leaving = was && will ? [...was.ids].filter((id) => !will.ids.has(id)) : [];
        const unknown = !was ? (!will ? "both" : "before") : !will ? "after" : undefined;
        const limit = { before: was?.limit, after: will?.limit };
        if (entering.length === 0 && leaving.length === 0 && limit.before === limit.after && !unknown)
          continue;
        impacts.push({
          appId: okta.id,
          appLabel: okta.label,
          serverId: liveServer.id,
          serverName: server.name ?? liveServer.name,
          claimName: after?.name ?? before!.name,
          claimType: after?.claimType ?? before!.claimType,
          cause: allowlistChanged && claimChanged ? "both" : allowlistChanged ? "allowlist" : "claim",
          entering: entering.map(withMembers),
          leaving: leaving.map(withMembers),
          limit,
          ...(unknown ? { unknown } : {}),
          ...(filterBefore !== filterAfter ? { filter: { before: filterBefore, after: filterAfter } } : {}),
        });
      }
    }
  });
  return impacts;
}

function idList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

function sameSet(a: string[], b: string[]): boolean {
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((id) => set.has(id));
}

/** The profile keys an expression's getFilteredGroups calls read. */
function keysRead(expr: Expr | undefined): string[] {
  return expr ? allowlistReadsOf(expr).flatMap((r) => (r.key === undefined ? [] : [r.key])) : [];
}

/**
 * The groups a claim can carry: the union of its getFilteredGroups allowlists (profile keys or
 * literal lists) and the tightest literal limit. Undefined when okta-drift cannot tell without
 * more reads (a GROUPS filter, the Groups.* functions, an allowlist it cannot read); the empty
 * set for an expression that holds no groups.
 */
function groupSet(
  valueType: string,
  expr: Expr | undefined,
  allowlist: (key: string) => string[],
): GroupSet | undefined {
  if (valueType !== "EXPRESSION" || !expr) return undefined;
  const ids = new Set<string>();
  let limit: number | undefined;
  let readable = true;
  walk(expr, (node) => {
    if (node.kind !== "call") return;
    const name = calleeName(node);
    if (name?.startsWith("Groups.")) readable = false;
    if (name !== "getFilteredGroups") return;
    const [list, , max] = node.args;
    const path = list && propertyPath(list);
    if (path?.length === 3 && path[0] === "app" && path[1] === "profile")
      for (const id of allowlist(path[2]!)) ids.add(id);
    else if (list?.kind === "array")
      for (const item of list.items) {
        if (item.kind === "string") ids.add(item.value);
        else readable = false;
      }
    else readable = false;
    if (max?.kind === "number") limit = limit === undefined ? max.value : Math.min(limit, max.value);
  });
  return readable ? { ids, limit } : undefined;
}

/** The spec's allowlists that a claim with a literal limit reads, as group IDs (for --impact users). */
export function limitedAllowlists(loaded: LoadedSpec, live: LiveState): LimitedAllowlist[] {
  const { spec } = loaded;
  const found: LimitedAllowlist[] = [];
  spec.authorizationServers.forEach((server, s) => {
    for (const claim of server.claims)
      for (const read of allowlistReads(claim)) {
        if (read.key === undefined || read.limit === undefined) continue;
        for (const a of appsOnServer(spec, s)) {
          const allowlist = spec.apps[a]!.profile.get(read.key);
          if (!allowlist) continue;
          found.push({
            appLabel: live.apps[a]!.app.label,
            claimName: claim.name,
            claimType: claim.claimType,
            groups: allowlist.groups.flatMap((ref) => live.groups.idOfRef(ref) ?? []),
            limit: read.limit,
            path: allowlist.path,
          });
        }
      }
  });
  return found;
}
