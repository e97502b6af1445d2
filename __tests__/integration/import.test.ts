import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { BASE, tenant as benchTenant } from "../../bench/scenario.js";
import { buildTenant, type Emulator, startEmulator } from "../../src/emulator/index.js";
import { cli } from "../helpers/cli.js";
import { API_TOKEN, addServiceApp, EXAMPLES, startExampleTenant } from "../helpers/tenant.js";

let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

const SAMPLE = "0oabskvc6442nkvQO0h7";
const PARTNER = "0oabskvc6442nkvQO0h8";
const SERVER = "ausain6z9zIedDCxB0h7";
const SALES = "00gbso71miOMjxHRW0ha";

function folder(): string {
  return mkdtempSync(join(tmpdir(), "okta-drift-import-"));
}

const env = () => ({ OKTA_API_TOKEN: API_TOKEN, OKTA_ORG_URL: emulator!.url });
const run = (...args: string[]) => cli(args, env());
const writes = () => emulator!.requests.filter((r) => r.method !== "GET");

/** validate, then plan of the imported spec against the same tenant. */
async function roundTrip(file: string) {
  const validate = await cli(["validate", "--spec", file]);
  const plan = await run("plan", "--spec", file, "--format", "json");
  return { validate, plan };
}

describe("okta-drift import: the example tenant, round trip clean", () => {
  it("writes a spec of every allowlisted app and every server with claims; validate 0, plan 0", async () => {
    emulator = await startExampleTenant();
    const out = join(folder(), "okta-drift.yml");
    const imported = await run("import", "--all", "--out", out);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stderr).toContain("2 app(s) and 1 authorization server(s) imported");
    const text = readFileSync(out, "utf8");
    // The modeline first, the app's and server's names as comments beside their IDs.
    expect(text.split("\n")[0]).toBe(
      "# yaml-language-server: $schema=https://raw.githubusercontent.com/okta-drift/okta-drift/main/schema/okta-drift.schema.json",
    );
    expect(text).toContain(`- id: ${SAMPLE} # Sample Client`);
    expect(text).toContain(`- id: ${SERVER} # Groups Demo`);
    const spec = parseYaml(text);
    expect(Object.keys(spec)).toEqual(["version", "apps", "authorizationServers"]);
    expect(spec.apps).toEqual([
      { id: PARTNER, profile: { groupwhitelist: ["Sales"] } },
      { id: SAMPLE, profile: { groupwhitelist: ["WestCoastDivision"] } },
    ]);
    const claims = spec.authorizationServers[0].claims;
    // Canonical spelling (the tenant writes 'group.name' in single quotes); system claims never.
    expect(claims.map((c: { name: string }) => c.name)).toEqual([
      "groups",
      "groups",
      "division",
      "department",
    ]);
    expect(claims[0]).toEqual({
      name: "groups",
      claimType: "RESOURCE",
      valueType: "EXPRESSION",
      value: 'getFilteredGroups(app.profile.groupwhitelist, "group.name", 40)',
      scopes: ["groups"],
    });
    expect(claims[2]).toEqual({
      name: "division",
      claimType: "RESOURCE",
      valueType: "GROUPS",
      value: "West",
      groupFilterType: "STARTS_WITH",
      scopes: ["profile"],
    });
    expect(writes()).toEqual([]);

    const { validate, plan } = await roundTrip(out);
    expect(validate.code, validate.stdout).toBe(0);
    expect(plan.code, plan.stdout + plan.stderr).toBe(0);
    expect(JSON.parse(plan.stdout).unmanaged).toEqual([]);

    // Two imports of the same tenant are byte-identical (--force replaces the file).
    const again = await run("import", "--all", "--out", out, "--force");
    expect(again.code).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(text);
  });

  it("the imported spec really manages what it names: a changed allowlist or claim is drift", async () => {
    emulator = await startExampleTenant();
    const out = join(folder(), "spec.yml");
    expect((await run("import", "--all", "--out", out)).code).toBe(0);
    emulator.store.apps.get(SAMPLE)!.body.profile = { groupwhitelist: [SALES], theme: "dark" };
    let plan = await run("plan", "--spec", out, "--format", "json");
    expect(plan.code).toBe(2);
    expect(JSON.parse(plan.stdout).changes.map((c: { field: string }) => c.field)).toEqual([
      "profile.groupwhitelist",
    ]);
    emulator.store.apps.get(SAMPLE)!.body.profile = {
      groupwhitelist: ["00gbso71miOMjxHRW0h7"],
      theme: "dark",
    };
    const claim = [...emulator.store.servers.get(SERVER)!.claims.values()].find(
      (c) => c.name === "department",
    )!;
    claim.value = "user.title";
    plan = await run("plan", "--spec", out, "--format", "json");
    expect(plan.code).toBe(2);
    expect(JSON.parse(plan.stdout).changes.map((c: { name: string; field: string }) => c.field)).toEqual([
      "value",
    ]);
  });

  it("imports only what is named, by ID or by label and name, with the read scopes of a service app", async () => {
    emulator = await startExampleTenant();
    const service = await addServiceApp(emulator.store, [
      "okta.apps.read",
      "okta.groups.read",
      "okta.authorizationServers.read",
    ]);
    const result = await cli(["import", "--app", "Partner Portal", "--auth-server", "Groups Demo"], {
      ...service,
      OKTA_ORG_URL: emulator.url,
    });
    expect(result.code, result.stderr).toBe(0);
    const spec = parseYaml(result.stdout);
    expect(spec.apps).toEqual([{ id: PARTNER, profile: { groupwhitelist: ["Sales"] } }]);
    expect(spec.authorizationServers.map((s: { id: string }) => s.id)).toEqual([SERVER]);
    expect(writes().filter((r) => !r.path.endsWith("/v1/token"))).toEqual([]);
  });
});

describe("okta-drift import: names, pins and groups that are gone", () => {
  it("pins a name that several groups carry (one pin per name) and keeps a vanished group as its ID", async () => {
    emulator = await startExampleTenant();
    const store = emulator.store;
    // A second "Sales": the name alone no longer says which group.
    const twin = "00gbso71miOMjxHRW0zz";
    const sales = store.groups.get(SALES)!;
    store.addGroup({ ...sales, id: twin, profile: { ...sales.profile }, members: new Set() });
    const gone = "00gbso71miOMjxHRWgon";
    store.apps.get(PARTNER)!.body.profile = { groupwhitelist: [SALES, twin, gone] };
    // A literal allowlist inside an expression is named the same way.
    const claim = [...store.servers.get(SERVER)!.claims.values()].find((c) => c.name === "department")!;
    claim.value = `getFilteredGroups({"00gbso71miOMjxHRW0h9", "${gone}"}, "group.name", 5)`;

    const out = join(folder(), "spec.yml");
    const result = await run("import", "--app", PARTNER, "--auth-server", SERVER, "--out", out);
    expect(result.code, result.stderr).toBe(0);
    const text = readFileSync(out, "utf8");
    const spec = parseYaml(text);
    expect(spec.groups).toEqual({ Sales: SALES });
    expect(spec.apps[0].profile.groupwhitelist).toEqual(["Sales", twin, gone]);
    expect(text).toContain(`- ${twin} # "Sales": 2 groups carry this name; the pin is for ${SALES}`);
    expect(text).toContain(`- ${gone} # no such group in Okta now; kept as its ID`);
    const department = spec.authorizationServers[0].claims.find(
      (c: { name: string }) => c.name === "department",
    );
    expect(department.value).toBe(`getFilteredGroups({"Engineering", "${gone}"}, "group.name", 5)`);
    expect(text).toContain(`by ID: ${gone} (no such group in Okta now; kept as its ID)`);

    const { validate, plan } = await roundTrip(out);
    expect(validate.code, validate.stdout).toBe(0);
    expect(plan.code, plan.stdout + plan.stderr).toBe(0);
  });

  it("keeps every claim setting as Okta has it: INACTIVE, alwaysIncludeInToken false, no scopes", async () => {
    emulator = await startExampleTenant();
    const claims = [...emulator.store.servers.get(SERVER)!.claims.values()];
    const identity = claims.find((c) => c.name === "groups" && c.claimType === "IDENTITY")!;
    identity.alwaysIncludeInToken = false;
    identity.status = "INACTIVE";
    const out = join(folder(), "spec.yml");
    expect((await run("import", "--auth-server", SERVER, "--out", out)).code).toBe(0);
    const spec = parseYaml(readFileSync(out, "utf8"));
    const imported = spec.authorizationServers[0].claims.find(
      (c: { name: string; claimType: string }) => c.name === "groups" && c.claimType === "IDENTITY",
    );
    expect(imported).toMatchObject({ alwaysIncludeInToken: false, status: "INACTIVE" });
    expect(
      spec.authorizationServers[0].claims.find((c: { name: string }) => c.name === "department").scopes,
    ).toEqual([]);
    expect((await roundTrip(out)).plan.code).toBe(0);
  });

  it("a claim value okta-drift's checks reject is kept as Okta has it, and the user is told where", async () => {
    emulator = await startExampleTenant();
    const claim = [...emulator.store.servers.get(SERVER)!.claims.values()].find(
      (c) => c.name === "department",
    )!;
    // The 2017 guide's request body: group.name unquoted.
    claim.value = "getFilteredGroups(app.profile.groupwhitelist, group.name, 40)";
    const result = await run("import", "--auth-server", SERVER);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "value: getFilteredGroups(app.profile.groupwhitelist, group.name, 40) # as Okta has it:",
    );
    expect(result.stderr).toContain(
      "claim department (RESOURCE) on ausain6z9zIedDCxB0h7: its value is kept as Okta has it",
    );
    expect(result.stderr).toMatch(
      /needs a fix before plan takes it:\n\(stdout\):\d+:\d+ authorizationServers\[0\]\.claims\[3\]\.value/,
    );
  });
});

describe("okta-drift import --merge", () => {
  it("adds what the spec lacks, byte for byte around what is there, and plan of the result is clean", async () => {
    emulator = await startExampleTenant();
    const dir = folder();
    const file = join(dir, "okta-drift.yml");
    const original = readFileSync(join(EXAMPLES, "okta-drift.yml"), "utf8");
    writeFileSync(file, original);
    const result = await run("import", "--all", "--merge", file);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(`app ${SAMPLE} is in the spec already; left as it is`);
    expect(result.stderr).toContain(`authorization server ${SERVER} is in the spec already; left as it is`);
    const merged = readFileSync(file, "utf8");
    const added = `  - id: ${PARTNER} # Partner Portal\n    profile:\n      groupwhitelist:\n        - Sales\n`;
    // Exactly one block added, after the last app; every other byte (comments, spacing) is kept.
    const at = original.indexOf("\nauthorizationServers:");
    const before = original.slice(0, original.lastIndexOf("\n\n", at) + 1);
    expect(merged).toBe(before + added + original.slice(before.length));
    const validate = await cli(["validate", "--spec", file]);
    expect(validate.code, validate.stdout).toBe(0);
    // The example drifts from the tenant in three places; the merged app adds no drift.
    const plan = await run("plan", "--spec", file, "--format", "json");
    expect(JSON.parse(plan.stdout).changes.filter((c: { id: string }) => c.id === PARTNER)).toEqual([]);
  });

  it("adds the groups and apps keys in the README's order when the spec has none", async () => {
    emulator = await startExampleTenant();
    const twin = "00gbso71miOMjxHRW0zz";
    const sales = emulator.store.groups.get(SALES)!;
    emulator.store.addGroup({ ...sales, id: twin, profile: { ...sales.profile }, members: new Set() });
    const file = join(folder(), "spec.yml");
    writeFileSync(file, "# ours\nversion: 1 # kept\n\nsmokeTests: [] # also kept\n");
    const result = await run("import", "--app", PARTNER, "--merge", file);
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(
      `# ours\nversion: 1 # kept\ngroups:\n  Sales: ${SALES}\napps:\n  - id: ${PARTNER} # Partner Portal\n    profile:\n      groupwhitelist:\n        - Sales\n\nsmokeTests: [] # also kept\n`,
    );
    expect((await roundTrip(file)).plan.code).toBe(0);
  });

  it("never pins a name the spec already uses unpinned (that would change what it means)", async () => {
    emulator = await startExampleTenant();
    const twin = "00gbso71miOMjxHRW0zz";
    const sales = emulator.store.groups.get(SALES)!;
    emulator.store.addGroup({ ...sales, id: twin, profile: { ...sales.profile }, members: new Set() });
    const file = join(folder(), "spec.yml");
    writeFileSync(
      file,
      `version: 1\napps:\n  - id: ${SAMPLE}\n    profile:\n      groupwhitelist: [Sales]\n`,
    );
    const result = await run("import", "--app", PARTNER, "--merge", file);
    expect(result.code, result.stderr).toBe(0);
    const spec = parseYaml(readFileSync(file, "utf8"));
    expect(spec.groups).toBeUndefined();
    expect(spec.apps[1].profile.groupwhitelist).toEqual([SALES]);
  });
});

describe("okta-drift import: bad input writes nothing", () => {
  const cases: [string, (dir: string) => string[], RegExp][] = [
    [
      "an unknown app ID",
      () => ["--app", "0oabskvc6442nkvQO0zz"],
      /--app 0oabskvc6442nkvQO0zz: no app with this ID/,
    ],
    ["an unknown label", () => ["--app", "Nope"], /--app Nope: no app labelled "Nope" in Okta/],
    [
      "an unknown server",
      () => ["--auth-server", "ausain6z9zIedDCxB0zz"],
      /no authorization server with this ID/,
    ],
    ["an unknown server name", () => ["--auth-server", "Nope"], /no authorization server named "Nope"/],
    ["a missing profile key", () => ["--app", SAMPLE, "--profile-key", "allow"], /has no profile key allow/],
    [
      "a profile key that is no allowlist",
      () => ["--app", SAMPLE, "--profile-key", "theme"],
      /profile\.theme .* is not a list of group IDs/,
    ],
    ["nothing named", () => [], /nothing to import/],
    ["an existing --out", (dir) => ["--all", "--out", join(dir, "exists.yml")], /exists; pass --force/],
    [
      "an --out in no folder",
      (dir) => ["--all", "--out", join(dir, "no", "spec.yml")],
      /its folder does not exist/,
    ],
    [
      "a --merge spec that is not there",
      (dir) => ["--all", "--merge", join(dir, "none.yml")],
      /no such file/,
    ],
    [
      "a --merge spec that is invalid",
      (dir) => ["--all", "--merge", join(dir, "bad.yml")],
      /bad\.yml:1:1.*version/,
    ],
  ];
  it.each(cases)("%s: exit 1, a clear message, no file written", async (_, args, message) => {
    emulator = await startExampleTenant();
    const dir = folder();
    writeFileSync(join(dir, "exists.yml"), "mine\n");
    writeFileSync(join(dir, "bad.yml"), "apps: []\n");
    const result = await run("import", ...args(dir));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toBe("");
    expect(readdirSync(dir).sort()).toEqual(["bad.yml", "exists.yml"]);
    expect(readFileSync(join(dir, "exists.yml"), "utf8")).toBe("mine\n");
    expect(writes()).toEqual([]);
  });

  it("an app that is not an OIDC app is refused", async () => {
    emulator = await startExampleTenant();
    emulator.store.apps.get(PARTNER)!.body.signOnMode = "SAML_2_0";
    const result = await run("import", "--app", PARTNER);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`--app ${PARTNER}: "Partner Portal" is a SAML_2_0 app, not an OIDC app`);
  });
});

describe("okta-drift import: a generated tenant of 500 apps and 5,000 groups", () => {
  it("round trips clean, in a handful of batched reads, and a change is drift", async () => {
    const scale = { tenant: 1, spec: 1 };
    const file = benchTenant(scale, false);
    // 500 apps, 5,000 groups; the first 100 apps' allowlists draw on 2,000 of them.
    file.groups = file.groups!.slice(0, 5_000);
    const store = buildTenant(file);
    emulator = await startEmulator({ store, apiToken: API_TOKEN });
    const out = join(folder(), "spec.yml");
    const result = await run("import", "--all", "--out", out);
    expect(result.code, result.stderr).toBe(0);
    const spec = parseYaml(readFileSync(out, "utf8"));
    expect(spec.apps).toHaveLength(BASE.apps);
    expect(spec.authorizationServers).toHaveLength(BASE.servers);
    // One list of apps (3 pages of 200), one of servers, a claims list each, and batched
    // searches for 2,400 group IDs and their names: far from a read per app or per group.
    const reads = emulator.requests.length;
    expect(reads).toBeLessThan(BASE.apps / 5);
    const { validate, plan } = await roundTrip(out);
    expect(validate.code, validate.stdout).toBe(0);
    expect(plan.code, plan.stdout.slice(0, 2000) + plan.stderr).toBe(0);
    store.apps.get(spec.apps[7].id)!.body.profile = { allow: [], other: "kept" };
    expect((await run("plan", "--spec", out)).code).toBe(2);
    expect(existsSync(out)).toBe(true);
  }, 60_000);
});
