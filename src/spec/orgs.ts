import type { LoadedSpec } from "./load.js";
import type { AppSpec, AuthorizationServerSpec, ClaimSpec, SmokeTestSpec, Spec } from "./model.js";

/** The suffix of an org's environment variables: OKTA_API_TOKEN_<this> (upper-cased, - as _). */
export function orgVariableSuffix(org: string): string {
  return org.toUpperCase().replace(/-/g, "_");
}

/** Why the orgs a run asked for cannot be chosen; each shell says it in its own words. */
export type OrgChoiceProblem =
  | { kind: "no-orgs" }
  | { kind: "ambiguous"; defined: string[] }
  | { kind: "unknown"; name: string; defined: string[] };

/**
 * The one rule for which orgs a run works on, for the CLI and the Action alike. A spec without
 * orgs: the plain org (`[]`), and asking for an org is a problem. A spec with orgs: those asked
 * for, every one with `all`, or its only one; several and none asked for is ambiguous. Pure.
 */
export function chooseOrgs(
  spec: Spec,
  asked: { names?: readonly string[]; all?: boolean },
): { orgs: string[]; problem?: undefined } | { orgs?: undefined; problem: OrgChoiceProblem } {
  const defined = [...spec.orgs.keys()];
  if (defined.length === 0)
    return asked.names !== undefined || asked.all ? { problem: { kind: "no-orgs" } } : { orgs: [] };
  const names = asked.all ? defined : (asked.names ?? (defined.length === 1 ? defined : undefined));
  if (!names || names.length === 0) return { problem: { kind: "ambiguous", defined } };
  const unknown = names.find((name) => !spec.orgs.has(name));
  if (unknown !== undefined) return { problem: { kind: "unknown", name: unknown, defined } };
  return { orgs: [...names] };
}

/**
 * One org's view of a many-org spec: its pins over the spec's, each app's and server's ID
 * there, its allowlists and claims where they differ, and the smoke tests that run there.
 * Every stage (plan, apply, smoke, lint, impact) runs on this view unchanged; paths still point
 * at where each value is written, an override's at the override. Pure.
 */
export function specForOrg(loaded: LoadedSpec, org: string): LoadedSpec {
  const { spec } = loaded;
  const defined = spec.orgs.get(org);
  if (!defined) throw new Error(`specForOrg: the spec defines no org "${org}"`);
  const apps = spec.apps.map((app) => appInOrg(app, org));
  const servers = spec.authorizationServers.map((server) => serverInOrg(server, org));
  const view: Spec = {
    orgs: spec.orgs,
    org,
    groups: new Map([...spec.groups, ...defined.groups]),
    apps,
    authorizationServers: servers,
    smokeTests: spec.smokeTests
      .filter((test) => test.orgs === undefined || test.orgs.includes(org))
      .map((test) => testInOrg(test, spec, org)),
  };
  return { spec: view, source: loaded.source };
}

function appInOrg(app: AppSpec, org: string): AppSpec {
  const here = app.orgs.get(org);
  if (!here) return { ...app, orgs: new Map() };
  return {
    ...app,
    id: here.id ?? app.id,
    namedAt: here.id === undefined ? app.namedAt : here.idPath,
    profile: new Map([...app.profile, ...here.profile]),
    orgs: new Map(),
  };
}

function serverInOrg(server: AuthorizationServerSpec, org: string): AuthorizationServerSpec {
  const here = server.orgs.get(org);
  if (!here) return { ...server, orgs: new Map() };
  const identity = (c: ClaimSpec) => `${c.name}\u0000${c.claimType}`;
  const replaced = new Map(here.claims.map((c) => [identity(c), c]));
  const claims = server.claims.map((c) => replaced.get(identity(c)) ?? c);
  const own = new Set(server.claims.map(identity));
  return {
    ...server,
    id: here.id ?? server.id,
    namedAt: here.id === undefined ? server.namedAt : here.idPath,
    claims: [...claims, ...here.claims.filter((c) => !own.has(identity(c)))],
    orgs: new Map(),
  };
}

/** A test that names an app or server by an ID of another org (or the spec's) names it by this org's. */
function testInOrg(test: SmokeTestSpec, spec: Spec, org: string): SmokeTestSpec {
  const app = spec.apps.find(
    (a) => a.id === test.app || a.label === test.app || [...a.orgs.values()].some((o) => o.id === test.app),
  );
  const server = spec.authorizationServers.find(
    (s) =>
      s.id === test.authorizationServer ||
      s.name === test.authorizationServer ||
      [...s.orgs.values()].some((o) => o.id === test.authorizationServer),
  );
  const appHere = app && appInOrg(app, org);
  const serverHere = server && serverInOrg(server, org);
  return {
    ...test,
    app: appHere?.id ?? appHere?.label ?? test.app,
    authorizationServer: serverHere?.id ?? serverHere?.name ?? test.authorizationServer,
  };
}
