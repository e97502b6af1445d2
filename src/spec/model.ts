import type { Expr } from "../el/ast.js";
import { literalAllowlistEntries } from "../el/check.js";
import { isGroupId } from "../model/ids.js";
import type { RawAllowlist, RawClaim, RawSmokeTest, RawSpec } from "./schema.js";
import type { FieldPath } from "./source.js";

/**
 * The spec as every stage uses it: validated, keys that came from the file in Maps (a group
 * named `constructor` is just a name), allowlists in one shape, and each claim's expression
 * parsed once, at load.
 */
export interface Spec {
  /** The orgs the spec serves, by name; empty when it serves the one org it is run against. */
  orgs: ReadonlyMap<string, OrgSpec>;
  /** In one org's view of the spec (specForOrg): that org's name, which its plan hash covers. */
  org?: string;
  /** Group names pinned to IDs. */
  groups: ReadonlyMap<string, string>;
  apps: AppSpec[];
  authorizationServers: AuthorizationServerSpec[];
  smokeTests: SmokeTestSpec[];
}

/** One org of a many-org spec: where it is, and the group names pinned there. */
export interface OrgSpec {
  name: string;
  url: string;
  groups: ReadonlyMap<string, string>;
  path: FieldPath;
}

/** Lint rules an item silences: rule ID → the reason. */
export type LintIgnores = ReadonlyMap<string, string>;

export interface AppSpec {
  id: string | undefined;
  label: string | undefined;
  /** Where the id (or the label) that names the app is written. */
  namedAt: FieldPath;
  lint: LintIgnores;
  /** Managed profile keys and their allowlists, in the spec's order. */
  profile: ReadonlyMap<string, Allowlist>;
  /** What differs in each org: the app's ID there, allowlists that replace the key's. */
  orgs: ReadonlyMap<string, AppInOrg>;
}

export interface AppInOrg {
  id: string | undefined;
  idPath: FieldPath;
  profile: ReadonlyMap<string, Allowlist>;
}

/** The groups one profile key allowlists, by name or ID. */
export interface Allowlist {
  groups: string[];
  /** Whether order is part of the allowlist (`ordered: true`). */
  ordered: boolean;
  /** Where the list of groups is written (entries are its indices). */
  path: FieldPath;
  /** Where its profile key is written. */
  keyPath: FieldPath;
}

export interface AuthorizationServerSpec {
  id: string | undefined;
  name: string | undefined;
  /** Where the server is written, and the id (or the name) that names it. */
  path: FieldPath;
  namedAt: FieldPath;
  /** Silences a rule for every claim of the server. */
  lint: LintIgnores;
  prune: boolean;
  claims: ClaimSpec[];
  /** What differs in each org: the server's ID there, claims that replace or add to its own. */
  orgs: ReadonlyMap<string, ServerInOrg>;
}

export interface ServerInOrg {
  id: string | undefined;
  idPath: FieldPath;
  claims: ClaimSpec[];
}

/**
 * A claim as written, with its expression's tree (EXPRESSION claims; undefined for GROUPS)
 * and where it is written.
 */
export type ClaimSpec = Omit<RawClaim, "lint"> & {
  expr: Expr | undefined;
  lint: LintIgnores;
  path: FieldPath;
};

export type SmokeTestSpec = Omit<RawSmokeTest, "lint"> & { lint: LintIgnores; path: FieldPath };

/** The typed spec from the schema's output and the trees the checks parsed (keyed by raw claim). */
export function specModel(raw: RawSpec, trees: ReadonlyMap<RawClaim, Expr>): Spec {
  const claims = (list: RawClaim[], path: FieldPath): ClaimSpec[] =>
    list.map((claim, j) => ({
      ...claim,
      expr: trees.get(claim),
      lint: ignores(claim.lint),
      path: [...path, j],
    }));
  const profile = (keys: Record<string, RawAllowlist>, path: FieldPath) =>
    new Map(Object.entries(keys).map(([key, allowlist]) => [key, toAllowlist(allowlist, [...path, key])]));
  return {
    orgs: new Map(
      Object.entries(raw.orgs).map(([name, org]) => [
        name,
        { name, url: org.url, groups: new Map(Object.entries(org.groups)), path: ["orgs", name] },
      ]),
    ),
    groups: new Map(Object.entries(raw.groups)),
    apps: raw.apps.map((app, i) => ({
      id: app.id,
      label: app.label,
      namedAt: ["apps", i, app.id === undefined ? "label" : "id"],
      lint: ignores(app.lint),
      profile: profile(app.profile, ["apps", i, "profile"]),
      orgs: new Map(
        Object.entries(app.orgs).map(([org, inOrg]) => [
          org,
          {
            id: inOrg.id,
            idPath: ["apps", i, "orgs", org, "id"],
            profile: profile(inOrg.profile, ["apps", i, "orgs", org, "profile"]),
          },
        ]),
      ),
    })),
    authorizationServers: raw.authorizationServers.map((server, i) => ({
      id: server.id,
      name: server.name,
      path: ["authorizationServers", i],
      namedAt: ["authorizationServers", i, server.id === undefined ? "name" : "id"],
      prune: server.prune,
      lint: ignores(server.lint),
      claims: claims(server.claims, ["authorizationServers", i, "claims"]),
      orgs: new Map(
        Object.entries(server.orgs).map(([org, inOrg]) => [
          org,
          {
            id: inOrg.id,
            idPath: ["authorizationServers", i, "orgs", org, "id"],
            claims: claims(inOrg.claims, ["authorizationServers", i, "orgs", org, "claims"]),
          },
        ]),
      ),
    })),
    smokeTests: raw.smokeTests.map((test, i) => ({
      ...test,
      lint: ignores(test.lint),
      path: ["smokeTests", i],
    })),
  };
}

function ignores(lint: { ignore: { rule: string; reason: string }[] } | undefined): LintIgnores {
  return new Map((lint?.ignore ?? []).map((i) => [i.rule, i.reason]));
}

function toAllowlist(allowlist: RawAllowlist, keyPath: FieldPath): Allowlist {
  return Array.isArray(allowlist)
    ? { groups: allowlist, ordered: false, path: keyPath, keyPath }
    : { groups: allowlist.groups, ordered: allowlist.ordered, path: [...keyPath, "groups"], keyPath };
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
  // The path is built only for a name's first place (a 1,000-app spec writes 20,000).
  const add = (ref: string, at: FieldPath, last: string | number) => {
    if (!isGroupId(ref) && !spec.groups.has(ref) && !found.has(ref)) found.set(ref, [...at, last]);
  };
  for (const app of spec.apps)
    for (const allowlist of app.profile.values())
      allowlist.groups.forEach((ref, j) => {
        add(ref, allowlist.path, j);
      });
  for (const server of spec.authorizationServers)
    for (const claim of server.claims) {
      if (!claim.expr) continue;
      for (const ref of literalAllowlistEntries(claim.expr)) add(ref, claim.path, "value");
    }
  // The default sort orders strings by code units, natively (no comparator called per pair).
  return [...found.keys()].sort().map((name) => ({ name, path: found.get(name) as FieldPath }));
}
