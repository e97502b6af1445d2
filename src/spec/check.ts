import type { Expr } from "../el/ast.js";
import { checkExpression } from "../el/check.js";
import type { SpecProblem } from "../errors.js";
import { isGroupId, isMalformedGroupId } from "../model/ids.js";
import { orgUrlProblem } from "../model/org-url.js";
import { orgVariableSuffix } from "./orgs.js";
import { ORG_NAME, type RawClaim, type RawSmokeTest, type RawSpec } from "./schema.js";
import { type FieldPath, formatPath, type SpecSource } from "./source.js";

const APP_ID = /^0oa[0-9A-Za-z]{17}$/;
const SERVER_ID = /^(aus[0-9A-Za-z]{17}|default)$/;

/**
 * The rules that span fields: identity, uniqueness, references and expressions. `references:
 * false` skips the smoke tests' references, for a partial spec whose apps or servers are not
 * all there. Each expression that parses leaves its tree in `trees`, so nothing parses it again.
 */
export function checkSpec(
  spec: RawSpec,
  source: SpecSource,
  options: { references?: boolean; trees?: Map<RawClaim, Expr> } = {},
): SpecProblem[] {
  const problems: SpecProblem[] = [];
  const report = (path: FieldPath, message: string, options: { key?: boolean; offset?: number } = {}) => {
    const location = source.locate(path, options.key);
    if (options.offset !== undefined) location.col += options.offset + (source.isQuoted(path) ? 1 : 0);
    problems.push({ ...location, field: formatPath(path), message });
  };

  const references = options.references ?? true;
  checkOrgs(spec, report);
  checkPinnedGroups(spec.groups, ["groups"], report);
  checkApps(spec, report, references);
  checkServers(spec, report, options.trees ?? new Map(), references);
  checkSmokeTests(spec, report, references);
  return problems.sort((a, b) => a.line - b.line || a.col - b.col);
}

type Report = (path: FieldPath, message: string, options?: { key?: boolean; offset?: number }) => void;

function checkOrgs(spec: RawSpec, report: Report): void {
  const urls = new Map<string, string>();
  for (const [name, org] of Object.entries(spec.orgs)) {
    const path: FieldPath = ["orgs", name];
    if (!ORG_NAME.test(name))
      report(
        path,
        "an org's name is a letter, then up to 39 letters, digits, - or _ (it names the org's environment variables)",
        { key: true },
      );
    if (name.toLowerCase() === "all")
      report(path, `"${name}" means every org (the Action's org: all); name the org otherwise`, {
        key: true,
      });
    const problem = orgUrlProblem(org.url);
    if (problem) report([...path, "url"], problem);
    const origin = problem ? undefined : new URL(org.url).origin;
    const other = origin === undefined ? undefined : urls.get(origin);
    if (other !== undefined) report([...path, "url"], `the same org as orgs.${other}`);
    else if (origin !== undefined) urls.set(origin, name);
    checkPinnedGroups(org.groups, [...path, "groups"], report);
  }
  // Two names for one variable (prod-eu and prod_eu) would share credentials by accident.
  const byVariable = new Map<string, string>();
  for (const name of Object.keys(spec.orgs)) {
    const variable = orgVariableSuffix(name);
    const other = byVariable.get(variable);
    if (other !== undefined)
      report(["orgs", name], `its environment variables (…_${variable}) are orgs.${other}'s too`, {
        key: true,
      });
    else byVariable.set(variable, name);
  }
}

/** Per-org settings may only name orgs the spec defines. */
function checkOrgNamed(spec: RawSpec, org: string, path: FieldPath, report: Report, key = true): boolean {
  if (Object.hasOwn(spec.orgs, org)) return true;
  const defined = Object.keys(spec.orgs);
  report(
    path,
    defined.length === 0
      ? `"${org}" is not an org of this spec: it defines none (add orgs: { ${org}: { url: ... } })`
      : `"${org}" is not an org of this spec (it defines ${defined.join(", ")})`,
    { key },
  );
  return false;
}

function checkPinnedGroups(pins: Record<string, string>, at: FieldPath, report: Report): void {
  const namesById = new Map<string, string>();
  for (const [name, id] of Object.entries(pins)) {
    if (!isGroupId(id))
      report([...at, name], `malformed group ID "${id}": expected 00g followed by 17 letters or digits`);
    const other = namesById.get(id);
    if (other !== undefined) report([...at, name], `group ID ${id} is already pinned as "${other}"`);
    else namesById.set(id, name);
  }
}

function checkApps(spec: RawSpec, report: Report, references: boolean): void {
  const seen = new Map<string, number>();
  spec.apps.forEach((app, i) => {
    if ((app.id === undefined) === (app.label === undefined)) {
      report(["apps", i], "give exactly one of id or label");
    }
    if (app.id !== undefined && !APP_ID.test(app.id))
      report(
        ["apps", i, "id"],
        `malformed app ID "${app.id}": expected 0oa followed by 17 letters or digits`,
      );
    const key = app.id ?? `label:${app.label}`;
    const first = seen.get(key);
    if (first !== undefined) report(["apps", i], `the same app as apps[${first}]`);
    else seen.set(key, i);
    if (Object.keys(app.profile).length === 0) report(["apps", i, "profile"], "manages no profile key");
    checkProfile(app.profile, ["apps", i, "profile"], report);
    for (const [org, inOrg] of Object.entries(app.orgs)) {
      const path: FieldPath = ["apps", i, "orgs", org];
      if (references) checkOrgNamed(spec, org, path, report);
      if (inOrg.id !== undefined && !APP_ID.test(inOrg.id))
        report(
          [...path, "id"],
          `malformed app ID "${inOrg.id}": expected 0oa followed by 17 letters or digits`,
        );
      if (inOrg.id === undefined && Object.keys(inOrg.profile).length === 0)
        report(path, "says nothing for this org: give its id, or allowlists that differ there");
      checkProfile(inOrg.profile, [...path, "profile"], report);
    }
  });
}

function checkProfile(profile: RawSpec["apps"][number]["profile"], at: FieldPath, report: Report): void {
  for (const [key, allowlist] of Object.entries(profile)) {
    const listPath: FieldPath = Array.isArray(allowlist) ? [...at, key] : [...at, key, "groups"];
    checkGroupList(Array.isArray(allowlist) ? allowlist : allowlist.groups, listPath, report);
  }
}

function checkGroupList(groups: string[], path: FieldPath, report: Report): void {
  const seen = new Set<string>();
  groups.forEach((group, j) => {
    if (isMalformedGroupId(group))
      report([...path, j], `malformed group ID "${group}": expected 00g followed by 17 letters or digits`);
    if (seen.has(group)) report([...path, j], `"${group}" is listed twice`);
    seen.add(group);
  });
}

function checkServers(spec: RawSpec, report: Report, trees: Map<RawClaim, Expr>, references: boolean): void {
  const seen = new Map<string, number>();
  spec.authorizationServers.forEach((server, i) => {
    if ((server.id === undefined) === (server.name === undefined))
      report(["authorizationServers", i], "give exactly one of id or name");
    if (server.id !== undefined && !SERVER_ID.test(server.id)) {
      report(
        ["authorizationServers", i, "id"],
        `malformed authorization server ID "${server.id}": expected aus followed by 17 letters or digits, or default`,
      );
    }
    const key = server.id ?? `name:${server.name}`;
    const first = seen.get(key);
    if (first !== undefined)
      report(["authorizationServers", i], `the same authorization server as authorizationServers[${first}]`);
    else seen.set(key, i);

    checkClaims(server.claims, ["authorizationServers", i, "claims"], report, trees);
    for (const [org, inOrg] of Object.entries(server.orgs)) {
      const path: FieldPath = ["authorizationServers", i, "orgs", org];
      if (references) checkOrgNamed(spec, org, path, report);
      if (inOrg.id !== undefined && !SERVER_ID.test(inOrg.id))
        report(
          [...path, "id"],
          `malformed authorization server ID "${inOrg.id}": expected aus followed by 17 letters or digits, or default`,
        );
      if (inOrg.id === undefined && inOrg.claims.length === 0)
        report(path, "says nothing for this org: give its id, or claims that differ there");
      checkClaims(inOrg.claims, [...path, "claims"], report, trees);
    }
  });
}

function checkClaims(list: RawClaim[], at: FieldPath, report: Report, trees: Map<RawClaim, Expr>): void {
  const claims = new Map<string, number>();
  list.forEach((claim, j) => {
    const path: FieldPath = [...at, j];
    const identity = `${claim.name}/${claim.claimType}`;
    const earlier = claims.get(identity);
    if (earlier !== undefined) {
      report(
        [...path, "name"],
        `Okta allows one ${claim.claimType} claim named "${claim.name}"; claims[${earlier}] has it already`,
      );
    } else {
      claims.set(identity, j);
    }
    checkClaim(claim, path, report, trees);
  });
}

function checkClaim(claim: RawClaim, path: FieldPath, report: Report, trees: Map<RawClaim, Expr>): void {
  if (claim.claimType === "RESOURCE" && !claim.alwaysIncludeInToken) {
    report(
      [...path, "alwaysIncludeInToken"],
      "Okta always includes access-token (RESOURCE) claims; only IDENTITY claims can be false",
    );
  }
  if (claim.valueType === "GROUPS") {
    if (claim.groupFilterType === undefined)
      report(
        [...path, "groupFilterType"],
        "required for GROUPS claims: STARTS_WITH, EQUALS, CONTAINS or REGEX",
      );
    if (claim.groupFilterType === "REGEX" && !compilesAsRegex(claim.value))
      report([...path, "value"], `not a valid regular expression: ${claim.value}`);
    return;
  }
  if (claim.groupFilterType !== undefined)
    report([...path, "groupFilterType"], "only GROUPS claims have a group filter");
  const { expr, problems } = checkExpression(claim.value);
  if (expr) trees.set(claim, expr);
  for (const problem of problems) {
    report(
      [...path, "value"],
      problem.message,
      problem.offset === undefined ? {} : { offset: problem.offset },
    );
  }
}

function checkSmokeTests(spec: RawSpec, report: Report, references: boolean): void {
  const names = new Set<string>();
  spec.smokeTests.forEach((test, i) => {
    const path: FieldPath = ["smokeTests", i];
    if (names.has(test.name)) report([...path, "name"], `another smoke test is named "${test.name}"`);
    names.add(test.name);
    checkSmokeCredentials(test, path, report);
    if (!references) return;
    test.orgs?.forEach((org, j) => {
      checkOrgNamed(spec, org, [...path, "orgs", j], report, false);
    });
    if (test.orgs?.length === 0) report([...path, "orgs"], "runs in no org: list one, or leave orgs out");
    const server = spec.authorizationServers.some(
      (s) =>
        s.id === test.authorizationServer ||
        s.name === test.authorizationServer ||
        Object.values(s.orgs).some((o) => o.id === test.authorizationServer),
    );
    if (!server)
      report(
        [...path, "authorizationServer"],
        `"${test.authorizationServer}" is not an authorization server of this spec (by id or name)`,
      );
    const app = spec.apps.some(
      (a) =>
        a.id === test.app || a.label === test.app || Object.values(a.orgs).some((o) => o.id === test.app),
    );
    if (!app) report([...path, "app"], `"${test.app}" is not an app of this spec (by id or label)`);
  });
}

function checkSmokeCredentials(test: RawSmokeTest, path: FieldPath, report: Report): void {
  const needsUser = test.grant !== "client_credentials";
  if (needsUser) {
    if (!test.usernameEnv) report(path, `the ${test.grant} grant needs usernameEnv`);
    if (!test.passwordEnv) report(path, `the ${test.grant} grant needs passwordEnv`);
  } else {
    if (test.usernameEnv || test.passwordEnv)
      report(path, "client_credentials has no user: remove usernameEnv and passwordEnv");
    if (test.token === "id") report([...path, "token"], "client_credentials gives no ID token");
  }
  if (test.grant === "authorization_code" && !test.redirectUri)
    report(path, "the authorization_code grant needs redirectUri");
  if (test.clientAuth === "private_key_jwt" && !test.privateKeyEnv)
    report(path, "private_key_jwt needs privateKeyEnv");
  if (test.clientAuth !== "private_key_jwt" && !test.clientSecretEnv)
    report(path, `${test.clientAuth} needs clientSecretEnv`);
  if (test.token === "id" && !test.scopes.includes("openid"))
    report([...path, "scopes"], "an ID token needs the openid scope");
  const { equals, includes, excludes } = test.expect;
  if (!equals && !includes && !excludes) report([...path, "expect"], "give equals, includes or excludes");
  if (equals && includes)
    report([...path, "expect"], "equals already says everything the claim holds; drop includes");
}

/**
 * Whether a REGEX filter's pattern compiles. Okta runs it as a Java pattern, checked here by
 * JavaScript's engine, which lacks Java's leading inline flags: `(?i)` is a flag there.
 */
function compilesAsRegex(pattern: string): boolean {
  const flags = /^\(\?([ims]+)\)/.exec(pattern);
  try {
    new RegExp(
      flags ? pattern.slice(flags[0].length) : pattern,
      flags ? [...new Set(flags[1])].join("") : "",
    );
    return true;
  } catch {
    return false;
  }
}
