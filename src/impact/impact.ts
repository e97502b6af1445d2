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
import { filterKey, type GroupFilter, liveFilter, specFilter } from "./group-filters.js";
import type { LimitedAllowlist } from "./users.js";

/** The groups a claim can carry for one app (by ID), and its limit. */
interface GroupSet {
  ids: Set<string>;
  limit: number | undefined;
}

const NOTHING: GroupSet = { ids: new Set(), limit: undefined };

/** The group IDs each GROUPS filter matches (by filterKey), as far as the read found them. */
export type GroupMatches = ReadonlyMap<string, readonly string[]>;

/** One claim of a spec server as Okta has it and as the plan leaves it. */
interface ClaimSides {
  before: Claim | undefined;
  after: ClaimSpec | undefined;
  /** After the plan the claim still exists (the spec names it, or the plan does not prune it). */
  stays: boolean;
  /** The plan changes the claim itself. */
  changed: boolean;
  filterBefore: GroupFilter | undefined;
  filterAfter: GroupFilter | undefined;
}

/** Every claim of each spec server that has apps: Okta's (but its system claims) and the spec's, by identity. */
function* claimsOfServers(
  loaded: LoadedSpec,
  live: LiveState,
  diff: Diff,
): Generator<{ serverIndex: number; sides: ClaimSides[] }> {
  const deleted = new Set(
    diff.changes.flatMap((c) =>
      c.resource === "claim" && c.action === "delete" && c.claimId ? [c.claimId] : [],
    ),
  );
  for (const [s, server] of loaded.spec.authorizationServers.entries()) {
    const liveServer = live.servers[s]!;
    const pairs = new Map<string, { before?: Claim; after?: ClaimSpec }>();
    for (const claim of liveServer.claims)
      if (!claim.system) pairs.set(`${claim.name}/${claim.claimType}`, { before: claim });
    for (const claim of server.claims) {
      const key = `${claim.name}/${claim.claimType}`;
      pairs.set(key, { ...pairs.get(key), after: claim });
    }
    const sides = [...pairs.values()].map(({ before, after }): ClaimSides => {
      const stays = after !== undefined || (before !== undefined && !deleted.has(before.id));
      const filterBefore = liveFilter(before);
      return {
        before,
        after,
        stays,
        changed: diff.changes.some(
          (c) =>
            c.resource === "claim" &&
            c.serverId === liveServer.id &&
            c.claimName === (after?.name ?? before?.name) &&
            c.claimType === (after?.claimType ?? before?.claimType),
        ),
        filterBefore,
        // A claim the spec does not name stays as Okta has it, unless the plan prunes it.
        filterAfter: !stays ? undefined : after ? specFilter(after) : filterBefore,
      };
    });
    yield { serverIndex: s, sides };
  }
}

const sameFilter = (a: GroupFilter | undefined, b: GroupFilter | undefined) =>
  (a && filterKey(a)) === (b && filterKey(b));

/**
 * The GROUPS filters whose groups a plan's impact needs: those of claims the plan changes from
 * one filter to another (or to or from an expression), on servers whose tokens the spec's apps get.
 */
export function changedGroupFilters(loaded: LoadedSpec, live: LiveState, diff: Diff): GroupFilter[] {
  const found = new Map<string, GroupFilter>();
  for (const { serverIndex, sides } of claimsOfServers(loaded, live, diff)) {
    if (appsOnServer(loaded.spec, serverIndex).length === 0) continue;
    for (const side of sides) {
      if (!side.changed || sameFilter(side.filterBefore, side.filterAfter)) continue;
      for (const filter of [side.filterBefore, side.filterAfter])
        if (filter) found.set(filterKey(filter), filter);
    }
  }
  return [...found.values()];
}

/**
 * Who a plan lets in: for each app on each spec server, and each groups claim there (the
 * spec's and Okta's others), the groups that enter and leave the claim for that app's tokens.
 * Pure: the member counts came with the reads, a GROUPS filter's groups in `matches`.
 */
export function tokenImpacts(
  loaded: LoadedSpec,
  live: LiveState,
  diff: Diff,
  matches: GroupMatches = new Map(),
): TokenImpact[] {
  const { spec } = loaded;
  const withMembers = (id: string): ImpactGroup => ({ id, members: live.groupFacts.members.get(id) });
  const impacts: TokenImpact[] = [];
  // Per app, once: the managed profile keys whose allowlist the plan changes. An app with none
  // is only affected through claims the plan changes.
  const changedKeysCache = new Map<number, Set<string>>();
  const changedKeys = (a: number): Set<string> => {
    let keys = changedKeysCache.get(a);
    if (!keys) {
      const okta = live.apps[a]!.app;
      keys = new Set(
        [...spec.apps[a]!.profile].flatMap(([key, managed]) =>
          sameSet(
            idList(profileValue(okta, key)),
            managed.groups.map((ref) => live.groups.idOfRef(ref) ?? ref),
          )
            ? []
            : [key],
        ),
      );
      changedKeysCache.set(a, keys);
    }
    return keys;
  };
  for (const { serverIndex: s, sides } of claimsOfServers(loaded, live, diff)) {
    const server = spec.authorizationServers[s]!;
    const liveServer = live.servers[s]!;
    const apps = appsOnServer(spec, s);
    const anyChanged = sides.some((c) => c.changed);
    // No claim of the server changes and no allowlist of its apps moves (a plan without
    // drift, most runs): no token changes, and its claims need not be parsed at all.
    if (!anyChanged && apps.every((a) => changedKeys(a).size === 0)) continue;
    // What does not depend on the app, once per claim: its trees and the keys it reads.
    const claims = sides.map((side) => {
      const beforeExpr =
        side.before?.valueType === "EXPRESSION" ? tryParse(side.before.value ?? "") : undefined;
      const afterExpr = side.after ? desiredClaim(side.after, live.groups).expr : beforeExpr;
      return { ...side, beforeExpr, afterExpr, reads: keysRead(afterExpr ?? beforeExpr) };
    });
    for (const a of apps) {
      const moved = changedKeys(a);
      if (!anyChanged && moved.size === 0) continue;
      const app = spec.apps[a]!;
      const okta = live.apps[a]!.app;
      const inOkta = (key: string) => idList(profileValue(okta, key));
      const inSpec = (key: string) => {
        const managed = app.profile.get(key);
        if (!managed) return inOkta(key);
        return managed.groups.map((ref) => live.groups.idOfRef(ref) ?? ref);
      };
      for (const {
        before,
        after,
        stays,
        changed,
        filterBefore,
        filterAfter,
        beforeExpr,
        afterExpr,
        reads,
      } of claims) {
        const allowlistChanged = reads.some((k) => moved.has(k));
        if (!allowlistChanged && !changed) continue;
        const was = before ? groupSet(before.valueType, beforeExpr, inOkta, filterBefore, matches) : NOTHING;
        const will = !stays
          ? NOTHING
          : after
            ? groupSet(after.valueType, afterExpr, inSpec, filterAfter, matches)
            : groupSet(before!.valueType, beforeExpr, inSpec, filterAfter, matches);
        // A GROUPS claim carries the groups its filter matches: the same filter, the same groups.
        if (filterBefore && sameFilter(filterBefore, filterAfter)) continue;
        const entering = was && will ? [...will.ids].filter((id) => !was.ids.has(id)) : [];
        const leaving = was && will ? [...was.ids].filter((id) => !will.ids.has(id)) : [];
        const unknown = !was ? (!will ? "both" : "before") : !will ? "after" : undefined;
        const limit = { before: was?.limit, after: will?.limit };
        if (entering.length === 0 && leaving.length === 0 && limit.before === limit.after && !unknown)
          continue;
        const unread = [...(!was ? [filterBefore] : []), ...(!will ? [filterAfter] : [])].some(
          (f) => f !== undefined,
        );
        impacts.push({
          appId: okta.id,
          appLabel: okta.label,
          serverId: liveServer.id,
          serverName: server.name ?? liveServer.name,
          claimName: after?.name ?? before!.name,
          claimType: after?.claimType ?? before!.claimType,
          cause: allowlistChanged && changed ? "both" : allowlistChanged ? "allowlist" : "claim",
          entering: entering.map(withMembers),
          leaving: leaving.map(withMembers),
          limit,
          ...(unknown ? { unknown, unknownBecause: unread ? "group-filter" : "expression" } : {}),
          ...(!sameFilter(filterBefore, filterAfter)
            ? {
                filter: {
                  before: filterBefore && filterKey(filterBefore),
                  after: filterAfter && filterKey(filterAfter),
                },
              }
            : {}),
        });
      }
    }
  }
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
 * The groups a claim can carry: a GROUPS claim's by its filter's matches; an expression's, the
 * union of its getFilteredGroups allowlists (profile keys or literal lists) and the tightest
 * literal limit. Undefined when okta-drift cannot tell (a filter whose groups were not listed,
 * the Groups.* functions, an allowlist it cannot read); the empty set for an expression that
 * holds no groups.
 */
function groupSet(
  valueType: string,
  expr: Expr | undefined,
  allowlist: (key: string) => string[],
  filter: GroupFilter | undefined,
  matches: GroupMatches,
): GroupSet | undefined {
  if (valueType === "GROUPS") {
    const ids = filter && matches.get(filterKey(filter));
    return ids ? { ids: new Set(ids), limit: undefined } : undefined;
  }
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
