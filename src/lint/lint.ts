import { isGroupId } from "../model/ids.js";
import type { OverLimitUser } from "../model/impact.js";
import type { Finding } from "../model/lint.js";
import type { LiveState } from "../model/live.js";
import { profileValue } from "../model/okta.js";
import type { LoadedSpec } from "../spec/load.js";
import type { LintIgnores, Spec } from "../spec/model.js";
import { type FieldPath, formatPath } from "../spec/source.js";
import { allowlistReads, appsOnServer, isGroupsClaim, smokeTarget } from "./claims.js";
import { RULES, type RuleId, TOKEN_SIZE_BUDGET } from "./rules.js";

/** Reports one finding: the rule, what the user reads, where, and the items whose ignores apply. */
type Report = (rule: RuleId, path: FieldPath, message: string, owners: LintIgnores[]) => void;

function collector(loaded: LoadedSpec): { report: Report; findings: Finding[] } {
  const findings: Finding[] = [];
  const report: Report = (rule, path, message, owners) => {
    const reason = owners.map((o) => o.get(rule)).find((r) => r !== undefined);
    findings.push({
      rule,
      severity: RULES[rule].severity,
      message,
      spec: { ...loaded.source.locate(path), field: formatPath(path) },
      ...(reason === undefined ? {} : { ignored: reason }),
    });
  };
  return { report, findings };
}

const byPlace = (a: Finding, b: Finding) => a.spec.line - b.spec.line || a.spec.col - b.spec.col;

/** The rules that need only the spec: `validate` runs these. */
export function lintSpec(loaded: LoadedSpec): Finding[] {
  const { report, findings } = collector(loaded);
  const { spec } = loaded;
  const longestAllowlist = perAppsAndKey((apps, key) =>
    apps.reduce((longest, a) => Math.max(longest, spec.apps[a]!.profile.get(key)?.groups.length ?? 0), 0),
  );
  spec.authorizationServers.forEach((server, s) => {
    const apps = appsOnServer(spec, s);
    server.claims.forEach((claim) => {
      const claimPath = claim.path;
      const owners = [claim.lint, server.lint];
      if (claim.claimType === "RESOURCE" && claim.scopes.length === 0 && isGroupsClaim(claim))
        report(
          "groups-claim-without-scopes",
          [...claimPath, "name"],
          `the access-token groups claim ${claim.name} has no scopes: every access token of this server carries it`,
          owners,
        );
      for (const read of allowlistReads(claim)) {
        if (read.key === undefined || read.limit === undefined) continue;
        if (longestAllowlist(apps, read.key) <= read.limit) continue;
        for (const a of apps) {
          const app = spec.apps[a]!;
          const allowlist = app.profile.get(read.key);
          if (!allowlist || allowlist.groups.length <= read.limit) continue;
          report(
            "allowlist-over-limit",
            allowlist.path,
            `${allowlist.groups.length} groups allowlisted, but claim ${claim.name} (${claim.claimType}) puts at most ${read.limit} in a token: a user in more than ${read.limit} of them gets an error, not a token`,
            [app.lint, claim.lint, server.lint],
          );
        }
      }
    });
  });
  for (const test of spec.smokeTests) {
    const { app, claim } = smokeTarget(spec, test);
    if (!app || !claim) continue;
    const expected = [...(test.expect.equals ?? []), ...(test.expect.includes ?? [])];
    for (const read of allowlistReads(claim)) {
      if (read.key === undefined || read.attribute !== "group.name") continue;
      const allowlist = app.profile.get(read.key);
      if (!allowlist) continue;
      const names = new Set(allowlist.groups.map((ref) => (isGroupId(ref) ? pinnedName(spec, ref) : ref)));
      // A group by ID without a pin has a name the spec does not know: nothing to compare.
      if (names.has(undefined)) continue;
      for (const group of expected.filter((g) => !names.has(g)))
        report(
          "smoke-expects-unlisted-group",
          [...test.path, "expect"],
          `expects ${JSON.stringify(group)} in ${test.claim}, but the allowlist profile.${read.key} of the app does not hold it`,
          [test.lint],
        );
    }
  }
  return findings.sort(byPlace);
}

/**
 * A summary of a set of apps under a profile key, computed once per set and key: a spec's
 * claims mostly read one key of every app, and a pass over every app for each claim of each
 * server is claims × apps. Sets are compared by content (each server has its own array).
 */
function perAppsAndKey<T>(compute: (apps: readonly number[], key: string) => T) {
  const signatures = new WeakMap<readonly number[], string>();
  const cache = new Map<string, Map<string, T>>();
  return (apps: readonly number[], key: string): T => {
    let signature = signatures.get(apps);
    if (signature === undefined) {
      signature = apps.join(",");
      signatures.set(apps, signature);
    }
    let byKey = cache.get(signature);
    if (!byKey) {
      byKey = new Map();
      cache.set(signature, byKey);
    }
    if (!byKey.has(key)) byKey.set(key, compute(apps, key));
    return byKey.get(key) as T;
  };
}

function pinnedName(spec: Spec, id: string): string | undefined {
  for (const [name, pinned] of spec.groups) if (pinned === id) return name;
  return undefined;
}

/** The rules that need what plan read from Okta. */
export function lintTenant(loaded: LoadedSpec, live: LiveState): Finding[] {
  const { report, findings } = collector(loaded);
  const { spec } = loaded;
  const idOf = (ref: string) => live.groups.idOfRef(ref);
  for (const [name, id] of spec.groups)
    if (live.groupFacts.missing.has(id))
      report("group-not-found", ["groups", name], `the pin ${name}: ${id} names no group in Okta`, []);
  spec.apps.forEach((app) => {
    for (const [key, allowlist] of app.profile) {
      const seen = new Map<string, number>();
      allowlist.groups.forEach((ref, j) => {
        const id = idOf(ref);
        if (id === undefined) return;
        const path = [...allowlist.path, j];
        if (isGroupId(ref) && live.groupFacts.missing.has(id))
          report("group-not-found", path, `${id} in profile.${key} is no group in Okta`, [app.lint]);
        if (live.groupFacts.builtIn.has(id))
          report(
            "everyone-allowlisted",
            path,
            `profile.${key} allowlists ${live.groups.nameOf(id) ?? id}, which every user carries`,
            [app.lint],
          );
        const earlier = seen.get(id);
        if (earlier !== undefined)
          report(
            "duplicate-group",
            path,
            `profile.${key}[${j}] is the same group as profile.${key}[${earlier}] (${id})`,
            [app.lint],
          );
        else seen.set(id, j);
      });
    }
  });
  // A server's apps under a key are sized once, however many of its claims read the key.
  const sizeOf = perAppsAndKey((apps, key) => {
    const size = { count: 0, longest: 0, missing: [] as number[] };
    for (const a of apps) {
      const managed = spec.apps[a]!.profile.get(key);
      const inOkta = profileValue(live.apps[a]!.app, key);
      if (!managed && inOkta === undefined) size.missing.push(a);
      const ids = managed ? managed.groups.map(idOf) : Array.isArray(inOkta) ? inOkta.map(String) : [];
      size.count = Math.max(size.count, ids.length);
      for (const id of ids)
        size.longest = Math.max(size.longest, (id && live.groups.nameOf(id)?.length) || 0);
    }
    return size;
  });
  spec.authorizationServers.forEach((server, s) => {
    const apps = appsOnServer(spec, s);
    server.claims.forEach((claim) => {
      const path: FieldPath = [...claim.path, "value"];
      for (const read of allowlistReads(claim)) {
        if (read.key === undefined) continue;
        const { count, longest, missing } = sizeOf(apps, read.key);
        for (const a of missing)
          report(
            "profile-key-missing",
            path,
            `claim ${claim.name} reads app.profile.${read.key}, which app ${live.apps[a]!.app.label} does not have (in Okta or in the spec)`,
            [claim.lint, server.lint, spec.apps[a]!.lint],
          );
        const held = Math.min(read.limit ?? 100, count);
        // Each value is a JSON string in the token: its quotes and a comma.
        const bytes = held * (longest + 3);
        if (read.attribute === "group.name" && bytes > TOKEN_SIZE_BUDGET)
          report(
            "token-size-budget",
            path,
            `claim ${claim.name} can hold ${held} group names of up to ${longest} characters: about ${bytes} bytes, over the ${TOKEN_SIZE_BUDGET}-byte budget`,
            [claim.lint, server.lint],
          );
      }
    });
  });
  return findings.sort(byPlace);
}

/**
 * With --impact users, allowlist-over-limit is an error for each user it finds in more
 * allowlisted groups than the claim's limit: that user's token request fails.
 */
export function overLimitFindings(
  loaded: LoadedSpec,
  users: readonly OverLimitUser[],
  ignores: (path: FieldPath) => LintIgnores[],
): Finding[] {
  const { report, findings } = collector(loaded);
  for (const u of users)
    report(
      "allowlist-over-limit",
      u.allowlistPath,
      `${u.login} is in ${u.groups} of these groups, more than the limit ${u.limit} of claim ${u.claimName} (${u.claimType}) for ${u.appLabel}: their token request fails`,
      ignores(u.allowlistPath),
    );
  return findings.map((f) => ({ ...f, severity: "error" as const }));
}
