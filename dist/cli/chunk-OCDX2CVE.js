import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  Secret
} from "./chunk-YI5LMORW.js";
import {
  INLINE_SECRET_KEYS,
  ORG_NAME,
  jsonSchema,
  sectionSchemas,
  specSchema
} from "./chunk-R3L2FULU.js";
import {
  RULES,
  TOKEN_SIZE_BUDGET
} from "./chunk-BJWWQOQD.js";
import {
  CORE_SCHEMA,
  SpecSource,
  checkExpression,
  constructFromEvents,
  formatPath,
  isGroupId,
  isMalformedGroupId,
  literalAllowlistEntries,
  parseEvents,
  yamlMessage
} from "./chunk-ITESICWW.js";
import {
  calleeName,
  propertyPath,
  walk
} from "./chunk-RQZC4SAM.js";
import {
  SpecError,
  UserError
} from "./chunk-GF2GQFVC.js";
import {
  printable
} from "./chunk-YPXYFTOR.js";

// src/model/okta.ts
function usersCount(group) {
  const count = group._embedded?.stats?.usersCount;
  return typeof count === "number" && Number.isSafeInteger(count) && count >= 0 ? count : void 0;
}
function profileValue(app, key) {
  return app.profile && Object.hasOwn(app.profile, key) ? app.profile[key] : void 0;
}

// src/lint/claims.ts
function allowlistReads(claim) {
  return claim.expr ? allowlistReadsOf(claim.expr) : [];
}
function allowlistReadsOf(expr) {
  const reads = [];
  walk(expr, (node) => {
    if (node.kind !== "call" || calleeName(node) !== "getFilteredGroups") return;
    const [list, attribute, limit] = node.args;
    const path = list && propertyPath(list);
    reads.push({
      key: path?.length === 3 && path[0] === "app" && path[1] === "profile" ? path[2] : void 0,
      limit: limit?.kind === "number" ? limit.value : void 0,
      attribute: attribute?.kind === "string" ? attribute.value : void 0
    });
  });
  return reads;
}
var GROUP_FUNCTIONS = /* @__PURE__ */ new Set([
  "getFilteredGroups",
  "Groups.startsWith",
  "Groups.contains",
  "Groups.endsWith"
]);
function isGroupsClaim(claim) {
  if (claim.valueType === "GROUPS") return true;
  let found = false;
  if (claim.expr)
    walk(claim.expr, (node) => {
      if (node.kind === "call" && GROUP_FUNCTIONS.has(calleeName(node) ?? "")) found = true;
    });
  return found;
}
function appsOnServer(spec, serverIndex) {
  const server = spec.authorizationServers[serverIndex];
  const paired = /* @__PURE__ */ new Set();
  for (const test of spec.smokeTests) {
    if (test.authorizationServer !== server.id && test.authorizationServer !== server.name) continue;
    const app = spec.apps.findIndex((a) => a.id === test.app || a.label === test.app);
    if (app >= 0) paired.add(app);
  }
  return paired.size > 0 ? [...paired] : spec.apps.map((_, i) => i);
}
function smokeTarget(spec, test) {
  const serverIndex = spec.authorizationServers.findIndex(
    (s) => s.id === test.authorizationServer || s.name === test.authorizationServer
  );
  const claimType = test.token === "id" ? "IDENTITY" : "RESOURCE";
  return {
    app: spec.apps.find((a) => a.id === test.app || a.label === test.app),
    claim: spec.authorizationServers[serverIndex]?.claims.find(
      (c) => c.name === test.claim && c.claimType === claimType
    ),
    serverIndex
  };
}

// src/lint/lint.ts
function collector(loaded) {
  const findings = [];
  const report = (rule, path, message, owners) => {
    const reason = owners.map((o) => o.get(rule)).find((r) => r !== void 0);
    findings.push({
      rule,
      severity: RULES[rule].severity,
      message,
      spec: { ...loaded.source.locate(path), field: formatPath(path) },
      ...reason === void 0 ? {} : { ignored: reason }
    });
  };
  return { report, findings };
}
var byPlace = (a, b) => a.spec.line - b.spec.line || a.spec.col - b.spec.col;
function lintSpec(loaded) {
  const { report, findings } = collector(loaded);
  const { spec } = loaded;
  const longestAllowlist = perAppsAndKey(
    (apps, key) => apps.reduce((longest, a) => Math.max(longest, spec.apps[a].profile.get(key)?.groups.length ?? 0), 0)
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
          owners
        );
      for (const read of allowlistReads(claim)) {
        if (read.key === void 0 || read.limit === void 0) continue;
        if (longestAllowlist(apps, read.key) <= read.limit) continue;
        for (const a of apps) {
          const app = spec.apps[a];
          const allowlist = app.profile.get(read.key);
          if (!allowlist || allowlist.groups.length <= read.limit) continue;
          report(
            "allowlist-over-limit",
            allowlist.path,
            `${allowlist.groups.length} groups allowlisted, but claim ${claim.name} (${claim.claimType}) puts at most ${read.limit} in a token: a user in more than ${read.limit} of them gets an error, not a token`,
            [app.lint, claim.lint, server.lint]
          );
        }
      }
    });
  });
  for (const test of spec.smokeTests) {
    const { app, claim } = smokeTarget(spec, test);
    if (!app || !claim) continue;
    const expected = [...test.expect.equals ?? [], ...test.expect.includes ?? []];
    for (const read of allowlistReads(claim)) {
      if (read.key === void 0 || read.attribute !== "group.name") continue;
      const allowlist = app.profile.get(read.key);
      if (!allowlist) continue;
      const names = new Set(allowlist.groups.map((ref) => isGroupId(ref) ? pinnedName(spec, ref) : ref));
      if (names.has(void 0)) continue;
      for (const group of expected.filter((g) => !names.has(g)))
        report(
          "smoke-expects-unlisted-group",
          [...test.path, "expect"],
          `expects ${JSON.stringify(group)} in ${test.claim}, but the allowlist profile.${read.key} of the app does not hold it`,
          [test.lint]
        );
    }
  }
  return findings.sort(byPlace);
}
function perAppsAndKey(compute) {
  const signatures = /* @__PURE__ */ new WeakMap();
  const cache = /* @__PURE__ */ new Map();
  return (apps, key) => {
    let signature = signatures.get(apps);
    if (signature === void 0) {
      signature = apps.join(",");
      signatures.set(apps, signature);
    }
    let byKey = cache.get(signature);
    if (!byKey) {
      byKey = /* @__PURE__ */ new Map();
      cache.set(signature, byKey);
    }
    if (!byKey.has(key)) byKey.set(key, compute(apps, key));
    return byKey.get(key);
  };
}
function pinnedName(spec, id) {
  for (const [name, pinned] of spec.groups) if (pinned === id) return name;
  return void 0;
}
function lintTenant(loaded, live) {
  const { report, findings } = collector(loaded);
  const { spec } = loaded;
  const idOf = (ref) => live.groups.idOfRef(ref);
  for (const [name, id] of spec.groups)
    if (live.groupFacts.missing.has(id))
      report("group-not-found", ["groups", name], `the pin ${name}: ${id} names no group in Okta`, []);
  spec.apps.forEach((app) => {
    for (const [key, allowlist] of app.profile) {
      const seen = /* @__PURE__ */ new Map();
      allowlist.groups.forEach((ref, j) => {
        const id = idOf(ref);
        if (id === void 0) return;
        const path = [...allowlist.path, j];
        if (isGroupId(ref) && live.groupFacts.missing.has(id))
          report("group-not-found", path, `${id} in profile.${key} is no group in Okta`, [app.lint]);
        if (live.groupFacts.builtIn.has(id))
          report(
            "everyone-allowlisted",
            path,
            `profile.${key} allowlists ${live.groups.nameOf(id) ?? id}, which every user carries`,
            [app.lint]
          );
        const earlier = seen.get(id);
        if (earlier !== void 0)
          report(
            "duplicate-group",
            path,
            `profile.${key}[${j}] is the same group as profile.${key}[${earlier}] (${id})`,
            [app.lint]
          );
        else seen.set(id, j);
      });
    }
  });
  const sizeOf = perAppsAndKey((apps, key) => {
    const size = { count: 0, longest: 0, missing: [] };
    for (const a of apps) {
      const managed = spec.apps[a].profile.get(key);
      const inOkta = profileValue(live.apps[a].app, key);
      if (!managed && inOkta === void 0) size.missing.push(a);
      const ids = managed ? managed.groups.map(idOf) : Array.isArray(inOkta) ? inOkta.map(String) : [];
      size.count = Math.max(size.count, ids.length);
      for (const id of ids)
        size.longest = Math.max(size.longest, id && live.groups.nameOf(id)?.length || 0);
    }
    return size;
  });
  spec.authorizationServers.forEach((server, s) => {
    const apps = appsOnServer(spec, s);
    server.claims.forEach((claim) => {
      const path = [...claim.path, "value"];
      for (const read of allowlistReads(claim)) {
        if (read.key === void 0) continue;
        const { count, longest, missing } = sizeOf(apps, read.key);
        for (const a of missing)
          report(
            "profile-key-missing",
            path,
            `claim ${claim.name} reads app.profile.${read.key}, which app ${live.apps[a].app.label} does not have (in Okta or in the spec)`,
            [claim.lint, server.lint, spec.apps[a].lint]
          );
        const held = Math.min(read.limit ?? 100, count);
        const bytes = held * (longest + 3);
        if (read.attribute === "group.name" && bytes > TOKEN_SIZE_BUDGET)
          report(
            "token-size-budget",
            path,
            `claim ${claim.name} can hold ${held} group names of up to ${longest} characters: about ${bytes} bytes, over the ${TOKEN_SIZE_BUDGET}-byte budget`,
            [claim.lint, server.lint]
          );
      }
    });
  });
  return findings.sort(byPlace);
}
function overLimitFindings(loaded, users, ignores2) {
  const { report, findings } = collector(loaded);
  for (const u of users)
    report(
      "allowlist-over-limit",
      u.allowlistPath,
      `${u.login} is in ${u.groups} of these groups, more than the limit ${u.limit} of claim ${u.claimName} (${u.claimType}) for ${u.appLabel}: their token request fails`,
      ignores2(u.allowlistPath)
    );
  return findings.map((f) => ({ ...f, severity: "error" }));
}

// src/spec/orgs.ts
function orgVariableSuffix(org) {
  return org.toUpperCase().replace(/-/g, "_");
}
function chooseOrgs(spec, asked) {
  const defined = [...spec.orgs.keys()];
  if (defined.length === 0)
    return asked.names !== void 0 || asked.all ? { problem: { kind: "no-orgs" } } : { orgs: [] };
  const names = asked.all ? defined : asked.names ?? (defined.length === 1 ? defined : void 0);
  if (!names || names.length === 0) return { problem: { kind: "ambiguous", defined } };
  const unknown = names.find((name) => !spec.orgs.has(name));
  if (unknown !== void 0) return { problem: { kind: "unknown", name: unknown, defined } };
  return { orgs: [...names] };
}
function specForOrg(loaded, org) {
  const { spec } = loaded;
  const defined = spec.orgs.get(org);
  if (!defined) throw new Error(`specForOrg: the spec defines no org "${org}"`);
  const apps = spec.apps.map((app) => appInOrg(app, org));
  const servers = spec.authorizationServers.map((server) => serverInOrg(server, org));
  const view = {
    orgs: spec.orgs,
    org,
    groups: new Map([...spec.groups, ...defined.groups]),
    apps,
    authorizationServers: servers,
    smokeTests: spec.smokeTests.filter((test) => test.orgs === void 0 || test.orgs.includes(org)).map((test) => testInOrg(test, spec, org))
  };
  return { spec: view, source: loaded.source };
}
function appInOrg(app, org) {
  const here = app.orgs.get(org);
  if (!here) return { ...app, orgs: /* @__PURE__ */ new Map() };
  return {
    ...app,
    id: here.id ?? app.id,
    namedAt: here.id === void 0 ? app.namedAt : here.idPath,
    profile: new Map([...app.profile, ...here.profile]),
    orgs: /* @__PURE__ */ new Map()
  };
}
function serverInOrg(server, org) {
  const here = server.orgs.get(org);
  if (!here) return { ...server, orgs: /* @__PURE__ */ new Map() };
  const identity = (c) => `${c.name}\0${c.claimType}`;
  const replaced = new Map(here.claims.map((c) => [identity(c), c]));
  const claims = server.claims.map((c) => replaced.get(identity(c)) ?? c);
  const own = new Set(server.claims.map(identity));
  return {
    ...server,
    id: here.id ?? server.id,
    namedAt: here.id === void 0 ? server.namedAt : here.idPath,
    claims: [...claims, ...here.claims.filter((c) => !own.has(identity(c)))],
    orgs: /* @__PURE__ */ new Map()
  };
}
function testInOrg(test, spec, org) {
  const app = spec.apps.find(
    (a) => a.id === test.app || a.label === test.app || [...a.orgs.values()].some((o) => o.id === test.app)
  );
  const server = spec.authorizationServers.find(
    (s) => s.id === test.authorizationServer || s.name === test.authorizationServer || [...s.orgs.values()].some((o) => o.id === test.authorizationServer)
  );
  const appHere = app && appInOrg(app, org);
  const serverHere = server && serverInOrg(server, org);
  return {
    ...test,
    app: appHere?.id ?? appHere?.label ?? test.app,
    authorizationServer: serverHere?.id ?? serverHere?.name ?? test.authorizationServer
  };
}

// src/model/org-url.ts
var LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/;
var OKTA_DOMAINS = "(okta|oktapreview|okta-emea|okta-gov)\\.com";
var ADMIN_HOST = new RegExp(`^([a-z0-9-]+)-admin\\.${OKTA_DOMAINS}$`, "i");
function orgUrlProblem(raw) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    return `the org URL "${printable(raw)}" is not a URL (expected e.g. https://example.okta.com)`;
  }
  const loopback = LOOPBACK.test(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && loopback))
    return `the org URL must use https (plain http is only allowed for 127.0.0.1 and localhost), not ${url.protocol.replace(/:$/, "")}: ${printable(`${url.protocol}//${url.host}${url.pathname}`)}`;
  const admin = ADMIN_HOST.exec(url.hostname);
  if (admin)
    return `${url.host} is the admin console's host; the org URL is https://${admin[1]}.${admin[2]}.com (without -admin)`;
  if (url.pathname !== "/" || url.search || url.hash || url.username || url.password)
    return `the org URL must be just the org's origin, e.g. https://example.okta.com, not ${printable(`${url.protocol}//${url.host}${url.pathname}`)}${url.search || url.hash || url.username ? " (with a query, fragment or user)" : ""}`;
  return void 0;
}
var OKTA_DOMAIN = new RegExp(`^[a-z0-9-]+\\.${OKTA_DOMAINS}$`, "i");
function isOktaOrLocalOrigin(url) {
  return OKTA_DOMAIN.test(url.hostname) || LOOPBACK.test(url.hostname);
}

// src/spec/check.ts
var APP_ID = /^0oa[0-9A-Za-z]{17}$/;
var SERVER_ID = /^(aus[0-9A-Za-z]{17}|default)$/;
function checkSpec(spec, source, options = {}) {
  const problems = [];
  const report = (path, message, options2 = {}) => {
    const location = source.locate(path, options2.key);
    if (options2.offset !== void 0) location.col += options2.offset + (source.isQuoted(path) ? 1 : 0);
    problems.push({ ...location, field: formatPath(path), message });
  };
  const references = options.references ?? true;
  checkOrgs(spec, report);
  checkPinnedGroups(spec.groups, ["groups"], report);
  checkApps(spec, report, references);
  checkServers(spec, report, options.trees ?? /* @__PURE__ */ new Map(), references);
  checkSmokeTests(spec, report, references);
  return problems.sort((a, b) => a.line - b.line || a.col - b.col);
}
function checkOrgs(spec, report) {
  const urls = /* @__PURE__ */ new Map();
  for (const [name, org] of Object.entries(spec.orgs)) {
    const path = ["orgs", name];
    if (!ORG_NAME.test(name))
      report(
        path,
        "an org's name is a letter, then up to 39 letters, digits, - or _ (it names the org's environment variables)",
        { key: true }
      );
    if (name.toLowerCase() === "all")
      report(path, `"${name}" means every org (the Action's org: all); name the org otherwise`, {
        key: true
      });
    const problem = orgUrlProblem(org.url);
    if (problem) report([...path, "url"], problem);
    const origin = problem ? void 0 : new URL(org.url).origin;
    const other = origin === void 0 ? void 0 : urls.get(origin);
    if (other !== void 0) report([...path, "url"], `the same org as orgs.${other}`);
    else if (origin !== void 0) urls.set(origin, name);
    checkPinnedGroups(org.groups, [...path, "groups"], report);
  }
  const byVariable = /* @__PURE__ */ new Map();
  for (const name of Object.keys(spec.orgs)) {
    const variable = orgVariableSuffix(name);
    const other = byVariable.get(variable);
    if (other !== void 0)
      report(["orgs", name], `its environment variables (…_${variable}) are orgs.${other}'s too`, {
        key: true
      });
    else byVariable.set(variable, name);
  }
}
function checkOrgNamed(spec, org, path, report, key = true) {
  if (Object.hasOwn(spec.orgs, org)) return true;
  const defined = Object.keys(spec.orgs);
  report(
    path,
    defined.length === 0 ? `"${org}" is not an org of this spec: it defines none (add orgs: { ${org}: { url: ... } })` : `"${org}" is not an org of this spec (it defines ${defined.join(", ")})`,
    { key }
  );
  return false;
}
function checkPinnedGroups(pins, at, report) {
  const namesById = /* @__PURE__ */ new Map();
  for (const [name, id] of Object.entries(pins)) {
    if (!isGroupId(id))
      report([...at, name], `malformed group ID "${id}": expected 00g followed by 17 letters or digits`);
    const other = namesById.get(id);
    if (other !== void 0) report([...at, name], `group ID ${id} is already pinned as "${other}"`);
    else namesById.set(id, name);
  }
}
function checkApps(spec, report, references) {
  const seen = /* @__PURE__ */ new Map();
  spec.apps.forEach((app, i) => {
    if (app.id === void 0 === (app.label === void 0)) {
      report(["apps", i], "give exactly one of id or label");
    }
    if (app.id !== void 0 && !APP_ID.test(app.id))
      report(
        ["apps", i, "id"],
        `malformed app ID "${app.id}": expected 0oa followed by 17 letters or digits`
      );
    const key = app.id ?? `label:${app.label}`;
    const first = seen.get(key);
    if (first !== void 0) report(["apps", i], `the same app as apps[${first}]`);
    else seen.set(key, i);
    if (Object.keys(app.profile).length === 0) report(["apps", i, "profile"], "manages no profile key");
    checkProfile(app.profile, ["apps", i, "profile"], report);
    for (const [org, inOrg] of Object.entries(app.orgs)) {
      const path = ["apps", i, "orgs", org];
      if (references) checkOrgNamed(spec, org, path, report);
      if (inOrg.id !== void 0 && !APP_ID.test(inOrg.id))
        report(
          [...path, "id"],
          `malformed app ID "${inOrg.id}": expected 0oa followed by 17 letters or digits`
        );
      if (inOrg.id === void 0 && Object.keys(inOrg.profile).length === 0)
        report(path, "says nothing for this org: give its id, or allowlists that differ there");
      checkProfile(inOrg.profile, [...path, "profile"], report);
    }
  });
}
function checkProfile(profile, at, report) {
  for (const [key, allowlist] of Object.entries(profile)) {
    const listPath = Array.isArray(allowlist) ? [...at, key] : [...at, key, "groups"];
    checkGroupList(Array.isArray(allowlist) ? allowlist : allowlist.groups, listPath, report);
  }
}
function checkGroupList(groups, path, report) {
  const seen = /* @__PURE__ */ new Set();
  groups.forEach((group, j) => {
    if (isMalformedGroupId(group))
      report([...path, j], `malformed group ID "${group}": expected 00g followed by 17 letters or digits`);
    if (seen.has(group)) report([...path, j], `"${group}" is listed twice`);
    seen.add(group);
  });
}
function checkServers(spec, report, trees, references) {
  const seen = /* @__PURE__ */ new Map();
  spec.authorizationServers.forEach((server, i) => {
    if (server.id === void 0 === (server.name === void 0))
      report(["authorizationServers", i], "give exactly one of id or name");
    if (server.id !== void 0 && !SERVER_ID.test(server.id)) {
      report(
        ["authorizationServers", i, "id"],
        `malformed authorization server ID "${server.id}": expected aus followed by 17 letters or digits, or default`
      );
    }
    const key = server.id ?? `name:${server.name}`;
    const first = seen.get(key);
    if (first !== void 0)
      report(["authorizationServers", i], `the same authorization server as authorizationServers[${first}]`);
    else seen.set(key, i);
    checkClaims(server.claims, ["authorizationServers", i, "claims"], report, trees);
    for (const [org, inOrg] of Object.entries(server.orgs)) {
      const path = ["authorizationServers", i, "orgs", org];
      if (references) checkOrgNamed(spec, org, path, report);
      if (inOrg.id !== void 0 && !SERVER_ID.test(inOrg.id))
        report(
          [...path, "id"],
          `malformed authorization server ID "${inOrg.id}": expected aus followed by 17 letters or digits, or default`
        );
      if (inOrg.id === void 0 && inOrg.claims.length === 0)
        report(path, "says nothing for this org: give its id, or claims that differ there");
      checkClaims(inOrg.claims, [...path, "claims"], report, trees);
    }
  });
}
function checkClaims(list, at, report, trees) {
  const claims = /* @__PURE__ */ new Map();
  list.forEach((claim, j) => {
    const path = [...at, j];
    const identity = `${claim.name}/${claim.claimType}`;
    const earlier = claims.get(identity);
    if (earlier !== void 0) {
      report(
        [...path, "name"],
        `Okta allows one ${claim.claimType} claim named "${claim.name}"; claims[${earlier}] has it already`
      );
    } else {
      claims.set(identity, j);
    }
    checkClaim(claim, path, report, trees);
  });
}
function checkClaim(claim, path, report, trees) {
  if (claim.claimType === "RESOURCE" && !claim.alwaysIncludeInToken) {
    report(
      [...path, "alwaysIncludeInToken"],
      "Okta always includes access-token (RESOURCE) claims; only IDENTITY claims can be false"
    );
  }
  if (claim.valueType === "GROUPS") {
    if (claim.groupFilterType === void 0)
      report(
        [...path, "groupFilterType"],
        "required for GROUPS claims: STARTS_WITH, EQUALS, CONTAINS or REGEX"
      );
    if (claim.groupFilterType === "REGEX" && !compilesAsRegex(claim.value))
      report([...path, "value"], `not a valid regular expression: ${claim.value}`);
    return;
  }
  if (claim.groupFilterType !== void 0)
    report([...path, "groupFilterType"], "only GROUPS claims have a group filter");
  const { expr, problems } = checkExpression(claim.value);
  if (expr) trees.set(claim, expr);
  for (const problem of problems) {
    report(
      [...path, "value"],
      problem.message,
      problem.offset === void 0 ? {} : { offset: problem.offset }
    );
  }
}
function checkSmokeTests(spec, report, references) {
  const names = /* @__PURE__ */ new Set();
  spec.smokeTests.forEach((test, i) => {
    const path = ["smokeTests", i];
    if (names.has(test.name)) report([...path, "name"], `another smoke test is named "${test.name}"`);
    names.add(test.name);
    checkSmokeCredentials(test, path, report);
    if (!references) return;
    test.orgs?.forEach((org, j) => {
      checkOrgNamed(spec, org, [...path, "orgs", j], report, false);
    });
    if (test.orgs?.length === 0) report([...path, "orgs"], "runs in no org: list one, or leave orgs out");
    const server = spec.authorizationServers.some(
      (s) => s.id === test.authorizationServer || s.name === test.authorizationServer || Object.values(s.orgs).some((o) => o.id === test.authorizationServer)
    );
    if (!server)
      report(
        [...path, "authorizationServer"],
        `"${test.authorizationServer}" is not an authorization server of this spec (by id or name)`
      );
    const app = spec.apps.some(
      (a) => a.id === test.app || a.label === test.app || Object.values(a.orgs).some((o) => o.id === test.app)
    );
    if (!app) report([...path, "app"], `"${test.app}" is not an app of this spec (by id or label)`);
  });
}
function checkSmokeCredentials(test, path, report) {
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
function compilesAsRegex(pattern) {
  const flags = /^\(\?([ims]+)\)/.exec(pattern);
  try {
    new RegExp(
      flags ? pattern.slice(flags[0].length) : pattern,
      flags ? [...new Set(flags[1])].join("") : ""
    );
    return true;
  } catch {
    return false;
  }
}

// src/spec/model.ts
function specModel(raw, trees) {
  const claims = (list, path) => list.map((claim, j) => ({
    ...claim,
    expr: trees.get(claim),
    lint: ignores(claim.lint),
    path: [...path, j]
  }));
  const profile = (keys, path) => new Map(Object.entries(keys).map(([key, allowlist]) => [key, toAllowlist(allowlist, [...path, key])]));
  return {
    orgs: new Map(
      Object.entries(raw.orgs).map(([name, org]) => [
        name,
        { name, url: org.url, groups: new Map(Object.entries(org.groups)), path: ["orgs", name] }
      ])
    ),
    groups: new Map(Object.entries(raw.groups)),
    apps: raw.apps.map((app, i) => ({
      id: app.id,
      label: app.label,
      namedAt: ["apps", i, app.id === void 0 ? "label" : "id"],
      lint: ignores(app.lint),
      profile: profile(app.profile, ["apps", i, "profile"]),
      orgs: new Map(
        Object.entries(app.orgs).map(([org, inOrg]) => [
          org,
          {
            id: inOrg.id,
            idPath: ["apps", i, "orgs", org, "id"],
            profile: profile(inOrg.profile, ["apps", i, "orgs", org, "profile"])
          }
        ])
      )
    })),
    authorizationServers: raw.authorizationServers.map((server, i) => ({
      id: server.id,
      name: server.name,
      path: ["authorizationServers", i],
      namedAt: ["authorizationServers", i, server.id === void 0 ? "name" : "id"],
      prune: server.prune,
      lint: ignores(server.lint),
      claims: claims(server.claims, ["authorizationServers", i, "claims"]),
      orgs: new Map(
        Object.entries(server.orgs).map(([org, inOrg]) => [
          org,
          {
            id: inOrg.id,
            idPath: ["authorizationServers", i, "orgs", org, "id"],
            claims: claims(inOrg.claims, ["authorizationServers", i, "orgs", org, "claims"])
          }
        ])
      )
    })),
    smokeTests: raw.smokeTests.map((test, i) => ({
      ...test,
      lint: ignores(test.lint),
      path: ["smokeTests", i]
    }))
  };
}
function ignores(lint) {
  return new Map((lint?.ignore ?? []).map((i) => [i.rule, i.reason]));
}
function toAllowlist(allowlist, keyPath) {
  return Array.isArray(allowlist) ? { groups: allowlist, ordered: false, path: keyPath, keyPath } : { groups: allowlist.groups, ordered: allowlist.ordered, path: [...keyPath, "groups"], keyPath };
}
function groupNamesToResolve(spec) {
  const found = /* @__PURE__ */ new Map();
  const add = (ref, path) => {
    if (!isGroupId(ref) && !spec.groups.has(ref) && !found.has(ref)) found.set(ref, path);
  };
  for (const app of spec.apps)
    for (const allowlist of app.profile.values())
      allowlist.groups.forEach((ref, j) => {
        add(ref, [...allowlist.path, j]);
      });
  for (const server of spec.authorizationServers)
    for (const claim of server.claims) {
      if (!claim.expr) continue;
      for (const ref of literalAllowlistEntries(claim.expr)) add(ref, [...claim.path, "value"]);
    }
  return [...found].map(([name, path]) => ({ name, path })).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

// src/spec/load.ts
var MAX_SPEC_BYTES = 1024 * 1024;
var MAX_ALIASES = 50;
var MAX_PROBLEMS = 100;
var CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
function loadSpec(file, text) {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_SPEC_BYTES) {
    throw new SpecError([
      {
        file,
        line: 1,
        col: 1,
        field: "",
        message: `the file is ${bytes} bytes; a spec may be at most ${MAX_SPEC_BYTES}`
      }
    ]);
  }
  const control = CONTROL.exec(text);
  if (control) {
    const before = text.slice(0, control.index);
    const line = before.split("\n").length;
    const col = control.index - before.lastIndexOf("\n");
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
    throw new SpecError([
      {
        file,
        line,
        col,
        field: "",
        message: `a control character (U+${code}) is not allowed in YAML text; in a double-quoted string write it escaped if you mean it`
      }
    ]);
  }
  let source;
  let data;
  const fast = fastData(text);
  if (fast.ok) {
    source = SpecSource.lazy(file, text, fast.events);
    data = fast.data;
  } else {
    const parsed2 = SpecSource.parse(file, text);
    source = parsed2.source;
    if (parsed2.problems.length > 0) throw new SpecError(parsed2.problems);
    try {
      data = source.toData(MAX_ALIASES);
    } catch (error) {
      throw new SpecError([{ ...source.locate([]), field: "", message: yamlMessage(error) }]);
    }
  }
  if (data === null || data === void 0) {
    throw new SpecError([
      { file, line: 1, col: 1, field: "", message: "the file is empty; a spec starts with version: 1" }
    ]);
  }
  const parsed = specSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, MAX_PROBLEMS).flatMap((issue) => describeIssue(source, issue));
    problems.push(...checkSpec(wellFormedParts(data), source, { references: false }));
    throw new SpecError(
      bounded(
        problems.sort((a, b) => a.line - b.line || a.col - b.col),
        parsed.error.issues.length
      )
    );
  }
  const trees = /* @__PURE__ */ new Map();
  const semantic = checkSpec(parsed.data, source, { trees });
  if (semantic.length > 0) throw new SpecError(bounded(semantic));
  return { spec: specModel(parsed.data, trees), source };
}
function wellFormedParts(data) {
  const raw = typeof data === "object" && data !== null ? data : {};
  const items = (value, schema) => {
    const out = [];
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        const result = schema.safeParse(item);
        if (result.success) out[i] = result.data;
      });
    }
    return out;
  };
  const groups = sectionSchemas.groups.safeParse(raw.groups);
  const orgs = sectionSchemas.orgs.safeParse(raw.orgs);
  return {
    version: 1,
    orgs: orgs.success ? orgs.data : {},
    groups: groups.success ? groups.data : {},
    apps: items(raw.apps, sectionSchemas.app),
    authorizationServers: items(raw.authorizationServers, sectionSchemas.authorizationServer),
    smokeTests: items(raw.smokeTests, sectionSchemas.smokeTest)
  };
}
function fastData(text) {
  if (/[&*]/.test(text) || text.startsWith("\uFEFF") || text.includes("<<")) return { ok: false };
  try {
    const events = parseEvents(text, {});
    const documents = constructFromEvents(events, { source: text, schema: CORE_SCHEMA });
    return documents.length === 1 ? { ok: true, data: documents[0], events } : { ok: false };
  } catch {
    return { ok: false };
  }
}
function bounded(problems, found = problems.length) {
  if (Math.max(problems.length, found) <= MAX_PROBLEMS) return problems;
  const shown = problems.slice(0, MAX_PROBLEMS);
  const last = shown.at(-1);
  return [
    ...shown,
    { ...last, field: "", message: `and more problems not listed (${MAX_PROBLEMS} are); fix these first` }
  ];
}
function describeIssue(source, issue) {
  const path = issue.path;
  const at = (p, message, key = false) => ({
    ...source.locate(p, key),
    field: formatPath(p),
    message
  });
  switch (issue.code) {
    case "unrecognized_keys": {
      const listed = issue.keys.slice(0, MAX_PROBLEMS).map((key) => {
        const instead = Object.hasOwn(INLINE_SECRET_KEYS, key) ? INLINE_SECRET_KEYS[key] : void 0;
        if (instead) return at([...path, key], `secrets are never written in the spec; use ${instead}`, true);
        const near = closestKey(key);
        return at([...path, key], near ? `unknown key; did you mean ${near}?` : "unknown key", true);
      });
      const more = issue.keys.length - listed.length;
      return more > 0 ? [...listed, at(path, `and ${more} more unknown keys`)] : listed;
    }
    case "invalid_value": {
      const expected = issue.values.map((v) => String(v)).join(" or ");
      return [at(path, issue.input === void 0 ? `required (${expected})` : `expected ${expected}`)];
    }
    case "invalid_type":
      return [
        at(
          path,
          issue.input === void 0 ? `required (${describeType(issue.expected)})` : `expected ${describeType(issue.expected)}`
        )
      ];
    case "invalid_union":
      return [at(path, "expected a list of groups, or { groups: [...], ordered: true }")];
    case "invalid_key": {
      const why = issue.issues[0]?.message ?? "not allowed here";
      return [at(path, `the key ${JSON.stringify(String(path.at(-1)))} ${why}`, true)];
    }
    default:
      return [at(path, issue.message)];
  }
}
var knownKeys;
function closestKey(key) {
  knownKeys ??= [...new Set(collectKeys(jsonSchema()))];
  let best;
  for (const known of knownKeys) {
    if (Math.abs(known.length - key.length) > 2) continue;
    const distance = editDistance(key.toLowerCase(), known.toLowerCase());
    if (distance <= Math.min(2, Math.floor(known.length / 3)) && (!best || distance < best.distance))
      best = { key: known, distance };
  }
  return best?.key;
}
function collectKeys(schema) {
  if (typeof schema !== "object" || schema === null) return [];
  const node = schema;
  const own = typeof node.properties === "object" && node.properties !== null ? Object.keys(node.properties) : [];
  return [...own, ...Object.values(node).flatMap(collectKeys)];
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)
      );
    previous = current;
  }
  return previous[b.length];
}
function describeType(expected) {
  return expected === "array" ? "a list" : expected === "object" || expected === "record" ? "a mapping" : `a ${expected}`;
}

// builtin-by-require:fs
import { createRequire } from "node:module";
var m = createRequire(import.meta.url)("node:fs");
var { closeSync, openSync, readSync, readFileSync, statSync } = m;

// src/read-spec.ts
import { resolve } from "node:path";
var SpecFileMissing = class extends UserError {
};
async function readSpecFile(file, base) {
  const path = base === void 0 ? file : resolve(base, file);
  const info = statSync(path, { throwIfNoEntry: false });
  if (!info) throw new SpecFileMissing(`cannot read the spec ${file}: no such file`);
  if (!info.isFile())
    throw new UserError(`cannot read the spec ${file}: it is ${kindOf(info)}, not a regular file`);
  if (info.size > MAX_SPEC_BYTES)
    throw new UserError(`${file}: the file is ${info.size} bytes; a spec may be at most ${MAX_SPEC_BYTES}`);
  let bytes;
  try {
    bytes = readAtMost(path, MAX_SPEC_BYTES + 1);
  } catch (error) {
    throw new UserError(
      `cannot read the spec ${file}: ${error.code ?? error.message}`
    );
  }
  if (bytes.length > MAX_SPEC_BYTES)
    throw new UserError(
      `${file}: the file is over ${MAX_SPEC_BYTES} bytes; a spec may be at most ${MAX_SPEC_BYTES}`
    );
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new UserError(`${file}: not UTF-8 text (a spec is UTF-8 YAML)`);
  }
  return loadSpec(file, text);
}
function readAtMost(path, limit) {
  const fd = openSync(path, "r");
  try {
    const buffer = Buffer.alloc(limit);
    let length = 0;
    for (; ; ) {
      const bytesRead = readSync(fd, buffer, length, limit - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length >= limit) break;
    }
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}
function kindOf(info) {
  if (info.isDirectory()) return "a directory";
  if (info.isFIFO()) return "a FIFO";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "a device";
  if (info.isSocket()) return "a socket";
  return "not a file";
}

// src/settings.ts
var DEFAULTS = {
  specFile: "okta-drift.yml",
  /** apply refuses a plan that changes more resources than this. */
  maxChanges: 100,
  /** --impact users lists at most this many members of each group involved. */
  impactMaxUsers: 1e3
};
function impactSetting(raw, name) {
  const reads = { users: false, groups: false };
  const words = (raw ?? "").split(/[\s,]+/).filter((w) => w !== "");
  if (words.length === 1 && words[0] === "none") return reads;
  for (const word of words) {
    if (word !== "users" && word !== "groups")
      throw new UserError(`${name}: expected none, users, groups or users,groups, not "${raw}"`);
    reads[word] = true;
  }
  return reads;
}
function impactMaxUsersSetting(raw, name) {
  if (raw === void 0 || raw === "") return DEFAULTS.impactMaxUsers;
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(value) || value < 1)
    throw new UserError(`${name}: expected a whole number of at least 1, not "${raw}"`);
  return value;
}
function maxChangesSetting(raw, name) {
  if (raw === void 0 || raw === "") return DEFAULTS.maxChanges;
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(value))
    throw new UserError(`${name}: expected a whole number, not "${raw}"`);
  return value;
}
function planHashSetting(raw, name) {
  if (raw === void 0 || raw === "") return void 0;
  if (!/^[0-9a-f]{64}$/.test(raw))
    throw new UserError(`${name}: expected the 64-character hash okta-drift plan prints, not "${raw}"`);
  return raw;
}
function credentialsFromEnv(env, suffix) {
  const at = (name) => suffix === void 0 ? name : `${name}_${suffix}`;
  const [token, clientId, privateKey] = [
    env[at("OKTA_API_TOKEN")],
    env[at("OKTA_CLIENT_ID")],
    env[at("OKTA_PRIVATE_KEY")]
  ];
  return {
    apiToken: token ? new Secret(token) : void 0,
    serviceApp: clientId && privateKey ? { clientId, privateKey: new Secret(privateKey) } : void 0,
    variables: `${at("OKTA_API_TOKEN")}, or ${at("OKTA_CLIENT_ID")} and ${at("OKTA_PRIVATE_KEY")}`
  };
}

export {
  usersCount,
  profileValue,
  allowlistReads,
  allowlistReadsOf,
  appsOnServer,
  lintSpec,
  lintTenant,
  overLimitFindings,
  orgUrlProblem,
  isOktaOrLocalOrigin,
  orgVariableSuffix,
  chooseOrgs,
  specForOrg,
  groupNamesToResolve,
  loadSpec,
  readSpecFile,
  DEFAULTS,
  impactSetting,
  impactMaxUsersSetting,
  maxChangesSetting,
  planHashSetting,
  credentialsFromEnv
};
