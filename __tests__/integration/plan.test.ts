import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  buildTenant,
  type Emulator,
  type EmulatorOptions,
  startEmulator,
  type TenantFile,
} from "../../src/emulator/index.js";
import { loadTenantYaml } from "../../src/emulator/tenant-file.js";
import { OktaClient, parseOrgUrl } from "../../src/okta/client.js";
import { apiToken } from "../../src/okta/credentials.js";
import { planReportSchema } from "../../src/report/json-schema.js";
import { Secret } from "../../src/secret.js";
import { cli } from "../helpers/cli.js";
import { API_TOKEN, addServiceApp, EXAMPLES, startExampleTenant } from "../helpers/tenant.js";

let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

const dir = mkdtempSync(join(tmpdir(), "okta-drift-plan-"));
function specFile(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

async function plan(spec: string, ...extra: string[]) {
  const result = await cli(
    ["plan", "--spec", spec, "--org-url", emulator!.url, "--format", "json", ...extra],
    { OKTA_API_TOKEN: API_TOKEN },
  );
  const report = result.stdout ? planReportSchema.parse(JSON.parse(result.stdout)) : undefined;
  return { ...result, report };
}

/** A spec that says exactly what examples/tenant.yml holds. */
const MATCHING = `version: 1
apps:
  - id: 0oabskvc6442nkvQO0h7
    profile:
      groupwhitelist: [WestCoastDivision]
authorizationServers:
  - id: ausain6z9zIedDCxB0h7
    claims:
      - { name: groups, claimType: RESOURCE, valueType: EXPRESSION, value: 'getFilteredGroups(app.profile.groupwhitelist, "group.name", 40)', scopes: [groups] }
      - { name: groups, claimType: IDENTITY, valueType: EXPRESSION, value: 'getFilteredGroups(app.profile.groupwhitelist, "group.name", 20)', scopes: [groups] }
      - { name: division, claimType: RESOURCE, valueType: GROUPS, groupFilterType: STARTS_WITH, value: West, scopes: [profile] }
`;

describe("okta-drift plan against the embedded tenant", () => {
  it("exits 0 with drift: false when Okta matches the spec, and lists unmanaged claims", async () => {
    emulator = await startExampleTenant();
    const { code, report, stderr } = await plan(specFile("matching.yml", MATCHING));
    expect(stderr).toContain("no drift");
    expect(code).toBe(0);
    expect(report).toMatchObject({ drift: false, changes: [] });
    expect(report!.unmanaged.map((u) => u.name)).toEqual(["department"]);
    expect(report!.planHash).toMatch(/^[0-9a-f]{64}$/);
    // Reads only what the spec references, each request naming okta-drift.
    expect(emulator!.requests.map((r) => `${r.method} ${r.path.split("?")[0]}`).sort()).toEqual([
      "GET /api/v1/apps",
      "GET /api/v1/authorizationServers/ausain6z9zIedDCxB0h7/claims",
      "GET /api/v1/groups",
    ]);
    expect(emulator!.requests.every((r) => /^okta-drift\/\d+\.\d+\.\d+ /.test(r.userAgent ?? ""))).toBe(true);
  });

  it("reports the demo's three drifts (allowlist, expression, scopes) and not the quoting-only difference", async () => {
    emulator = await startExampleTenant();
    const { code, report } = await plan(join(EXAMPLES, "okta-drift.yml"));
    expect(code).toBe(2);
    expect(report!.drift).toBe(true);
    const rows = report!.changes.map((c) => ({
      action: c.action,
      resource: c.resource,
      name: c.name,
      field: c.field,
      line: c.spec.line,
    }));
    expect(rows).toEqual([
      {
        action: "update",
        resource: "app-profile",
        name: "Sample Client profile.groupwhitelist",
        field: "profile.groupwhitelist",
        line: 14,
      },
      { action: "update", resource: "claim", name: "groups (IDENTITY)", field: "value", line: 25 },
      {
        action: "update",
        resource: "claim",
        name: "division (RESOURCE)",
        field: "conditions.scopes",
        line: 30,
      },
    ]);
    expect(report!.changes[0]).toMatchObject({
      id: "0oabskvc6442nkvQO0h7",
      before: ["00gbso71miOMjxHRW0h7"],
      after: ["00gbso71miOMjxHRW0h7", "00gbso71miOMjxHRW0h8"],
    });
    expect(report!.changes[1]).toMatchObject({
      before: 'getFilteredGroups(app.profile.groupwhitelist, "group.name", 20)',
      after: 'getFilteredGroups(app.profile.groupwhitelist, "group.name", 40)',
      parent: "ausain6z9zIedDCxB0h7",
    });
    expect(report!.groupNames["00gbso71miOMjxHRW0h8"]).toBe("EastCoastDivision");
  });

  it("treats allowlist order as no drift unless the spec says ordered", async () => {
    emulator = await startExampleTenant();
    const unordered = MATCHING.replace(
      "groupwhitelist: [WestCoastDivision]",
      "groupwhitelist: [WestCoastDivision, EastCoastDivision]",
    );
    emulator.store.apps.get("0oabskvc6442nkvQO0h7")!.body.profile = {
      groupwhitelist: ["00gbso71miOMjxHRW0h8", "00gbso71miOMjxHRW0h7"],
    };
    expect((await plan(specFile("unordered.yml", unordered))).code).toBe(0);
    const ordered = MATCHING.replace(
      "groupwhitelist: [WestCoastDivision]",
      "groupwhitelist: { groups: [WestCoastDivision, EastCoastDivision], ordered: true }",
    );
    expect((await plan(specFile("ordered.yml", ordered))).code).toBe(2);
  });

  it("creates missing claims, deletes unlisted ones only with prune, and never touches system claims", async () => {
    emulator = await startExampleTenant();
    const withNew = `${MATCHING}      - { name: team, claimType: IDENTITY, valueType: EXPRESSION, value: 'user.department' }\n`;
    const created = await plan(specFile("create.yml", withNew));
    expect(created.code).toBe(2);
    expect(created.report!.changes.filter((c) => c.action === "create").map((c) => c.field)).toEqual([
      "status",
      "valueType",
      "value",
      "conditions.scopes",
      "alwaysIncludeInToken",
    ]);
    const pruned = await plan(
      specFile(
        "prune.yml",
        MATCHING.replace("  - id: ausain6z9zIedDCxB0h7\n", "  - id: ausain6z9zIedDCxB0h7\n    prune: true\n"),
      ),
    );
    expect(pruned.code).toBe(2);
    expect(pruned.report!.changes.map((c) => `${c.action} ${c.name}`)).toEqual([
      "delete department (RESOURCE)",
    ]);
    expect(pruned.report!.unmanaged).toEqual([]);
    const system = await plan(
      specFile(
        "system.yml",
        `${MATCHING}      - { name: email, claimType: IDENTITY, valueType: EXPRESSION, value: 'user.email' }\n`,
      ),
    );
    expect(system.code).toBe(1);
    expect(system.stderr).toMatch(
      /system\.yml:12:\d+ authorizationServers\[0\]\.claims\[3\]\.name: "email" \(IDENTITY\) is one of Okta's system claims/,
    );
  });

  it("fails at the spec's line when a group name does not resolve or is ambiguous", async () => {
    emulator = await startExampleTenant();
    emulator.store.addGroup({
      ...emulator.store.groups.get("00gbso71miOMjxHRW0h9")!,
      id: "00gbso71miOMjxHRW0zz",
      members: new Set(),
    });
    const bad = MATCHING.replace(
      "groupwhitelist: [WestCoastDivision]",
      "groupwhitelist: [WestCoastDivision, Nowhere, Engineering]",
    );
    const { code, stdout, stderr } = await plan(specFile("unresolved.yml", bad));
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain(
      'unresolved.yml:5:52 apps[0].profile.groupwhitelist[2]: the group name "Engineering" matches 2 groups',
    );
    expect(stderr).toContain(
      'unresolved.yml:5:43 apps[0].profile.groupwhitelist[1]: no group named "Nowhere" in Okta',
    );
  });

  it("hashes the same plan the same, whatever the spec's layout, and another plan differently", async () => {
    emulator = await startExampleTenant();
    const original = readFileSync(join(EXAMPLES, "okta-drift.yml"), "utf8");
    const first = await plan(join(EXAMPLES, "okta-drift.yml"));
    expect((await plan(join(EXAMPLES, "okta-drift.yml"))).report!.planHash).toBe(first.report!.planHash);
    // Comments gone, keys reordered, quotes changed: lines move, the plan does not.
    const restyled = original
      .replace(/^\s*#.*\n/gm, "")
      .replace(
        '        value: getFilteredGroups(app.profile.groupwhitelist, "group.name", 40)\n        scopes: [groups]\n      - name: division',
        "        scopes: [groups]\n        value: getFilteredGroups( app.profile.groupwhitelist, 'group.name', 40 )\n      - name: division",
      );
    expect(restyled).not.toBe(original);
    const second = await plan(specFile("restyled.yml", restyled));
    expect(second.report!.changes.map((c) => c.spec.line)).not.toEqual(
      first.report!.changes.map((c) => c.spec.line),
    );
    expect(second.report!.planHash).toBe(first.report!.planHash);
    // What Okta holds is part of the plan: a different starting point is a different plan.
    emulator.store.apps.get("0oabskvc6442nkvQO0h7")!.body.profile = { groupwhitelist: [] };
    expect((await plan(join(EXAMPLES, "okta-drift.yml"))).report!.planHash).not.toBe(first.report!.planHash);
  });
});

describe("plan over an unreliable Okta", () => {
  async function large(options: Partial<EmulatorOptions>, groups = 60, byLabel = false) {
    const names = Array.from({ length: groups }, (_, i) => `Group ${String(i).padStart(3, "0")}`);
    const tenant: TenantFile = {
      groups: names.map((name) => ({ name })),
      apps: Array.from({ length: 3 }, (_, i) => ({ id: `0oaapp${i}xxxxxxxxxx0h7`, label: `App ${i}` })),
    };
    const store = buildTenant(tenant);
    const ids = names.map((n) => store.groupIdsNamed(n)[0]!);
    for (const app of store.apps.values()) app.body.profile = { allow: ids };
    emulator = await startEmulator({ store, apiToken: API_TOKEN, ...options });
    const name = (i: number) => (byLabel ? `label: App ${i}` : `id: 0oaapp${i}xxxxxxxxxx0h7`);
    const spec = `version: 1\napps:\n${[0, 1, 2].map((i) => `  - ${name(i)}\n    profile:\n      allow: [${names.map((n) => `"${n}"`).join(", ")}]\n`).join("")}`;
    return specFile(`large-${groups}.yml`, spec);
  }

  it("reads apps in one filtered list, and one by one where the org refuses the filter", async () => {
    const spec = await large({});
    expect((await plan(spec)).code).toBe(0);
    expect(
      emulator!.requests.filter((r) => r.path.startsWith("/api/v1/apps")).map((r) => r.path.split("?")[0]),
    ).toEqual(["/api/v1/apps"]);
    emulator!.requests.length = 0;
    emulator!.faults.add({ path: /^\/api\/v1\/apps\?.*filter=/, status: 400 });
    expect((await plan(spec)).code).toBe(0);
    expect(emulator!.requests.filter((r) => r.path.startsWith("/api/v1/apps/")).length).toBe(3);
  });

  it("follows Link pagination across several pages of groups", async () => {
    const spec = await large({ pageLimit: 7 });
    const { code, report } = await plan(spec);
    expect(code).toBe(0);
    expect(report!.drift).toBe(false);
    const searches = emulator!.requests.filter((r) => r.path.startsWith("/api/v1/groups?"));
    expect(searches.length).toBeGreaterThanOrEqual(9); // 60 groups, 7 a page
    expect(searches.some((r) => r.path.includes("after="))).toBe(true);
  });

  it("waits for the reset after a 429 and then succeeds", async () => {
    // Apps by label: three searches at once in the apps family, which allows one a second.
    const spec = await large({ rateLimits: { windowMs: 1000, limits: { apps: 1 } } }, 60, true);
    const { code, stderr } = await plan(spec);
    expect(code).toBe(0);
    expect(emulator!.requests.filter((r) => r.status === 429).length).toBeGreaterThan(0);
    expect(stderr).toMatch(/rate limited; waiting \d+s for the reset/);
    expect(stderr).toMatch(/rate-limited/);
  });

  it("holds requests back from what the headers say is left, instead of running into 429s", async () => {
    await large({ rateLimits: { windowMs: 1000, limits: { app: 2 } } });
    const client = new OktaClient({
      orgUrl: parseOrgUrl(emulator!.url),
      credentials: apiToken(new Secret(API_TOKEN)),
    });
    // One request teaches the client the bucket (limit 2); the next five must wait, not fail.
    await client.get("/api/v1/apps/0oaapp0xxxxxxxxxx0h7");
    await Promise.all(Array.from({ length: 5 }, () => client.get("/api/v1/apps/0oaapp1xxxxxxxxxx0h7")));
    expect(emulator!.requests.filter((r) => r.status === 429)).toEqual([]);
    expect(client.stats.heldBack).toBeGreaterThan(0);
    expect(client.stats.rateLimited).toBe(0);
  });

  it("retries reads after 5xx errors and connection resets", async () => {
    const spec = await large({});
    emulator!.faults.add({ path: "/api/v1/apps", status: 503, times: 2 });
    emulator!.faults.add({ path: "/api/v1/groups", reset: "before", times: 1 });
    const { code, stderr } = await plan(spec);
    expect(code).toBe(0);
    expect(emulator!.requests.filter((r) => r.status === 503)).toHaveLength(2);
    expect(stderr).toMatch(/503; retrying/);
    expect(stderr).toMatch(/ECONNRESET; retrying|socket hang up; retrying/);
  });

  it("gives up after the retry budget with Okta's error and request id", async () => {
    const spec = await large({});
    emulator!.faults.add({ path: "/api/v1/apps", status: 500, times: 20 });
    const { code, stderr, stdout } = await plan(spec);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(
      /GET \/api\/v1\/apps: 500 E0000009 Internal Server Error\n {2}X-Okta-Request-Id: \S+/,
    );
  });

  it("fails clearly on a bad token, without printing it", async () => {
    emulator = await startExampleTenant();
    const secret = "not-the-token-3f9a8b7c";
    const result = await cli(
      ["plan", "--spec", join(EXAMPLES, "okta-drift.yml"), "--org-url", emulator.url],
      { OKTA_API_TOKEN: secret },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("401 E0000011 Invalid token provided");
    expect(result.stdout + result.stderr).not.toContain(secret);
  });
});

describe("plan's command line", () => {
  it("refuses plain http to a remote host, a missing token, and an unknown format", async () => {
    const spec = join(EXAMPLES, "okta-drift.yml");
    expect(
      (await cli(["plan", "--spec", spec, "--org-url", "http://example.okta.com"], { OKTA_API_TOKEN: "x" }))
        .stderr,
    ).toContain("must use https");
    expect(
      (await cli(["plan", "--spec", spec, "--org-url", "https://example.okta.com"], {})).stderr,
    ).toContain("set OKTA_API_TOKEN");
    const format = await cli(
      ["plan", "--spec", spec, "--format", "yaml", "--org-url", "https://example.okta.com"],
      { OKTA_API_TOKEN: "x" },
    );
    expect(format.code).toBe(1);
    expect(format.stderr).toContain("--format must be one of text, markdown, json, sarif");
  });

  it("writes markdown and SARIF located at the spec lines", async () => {
    emulator = await startExampleTenant();
    const spec = join(EXAMPLES, "okta-drift.yml");
    const sarif = await cli(["plan", "--spec", spec, "--org-url", emulator.url, "--format", "sarif"], {
      OKTA_API_TOKEN: API_TOKEN,
    });
    const log = JSON.parse(sarif.stdout) as {
      version: string;
      runs: {
        results: { ruleId: string; locations: { physicalLocation: { region: { startLine: number } } }[] }[];
      }[];
    };
    expect(log.version).toBe("2.1.0");
    expect(
      log.runs[0]!.results.map((r) => [r.ruleId, r.locations[0]!.physicalLocation.region.startLine]),
    ).toEqual([
      ["okta-drift/app-profile", 14],
      ["okta-drift/claim-drift", 25],
      ["okta-drift/claim-drift", 30],
    ]);
    const out = join(dir, "plan.md");
    const markdown = await cli(
      ["plan", "--spec", spec, "--org-url", emulator.url, "--format", "markdown", "--out", out],
      { OKTA_API_TOKEN: API_TOKEN },
    );
    expect(markdown.code).toBe(2);
    expect(markdown.stdout).toBe("");
    expect(readFileSync(out, "utf8")).toContain(
      "| ✏️ update | <code>Sample Client</code> | <code>groupwhitelist</code> | +EastCoastDivision (00gbso71miOMjxHRW0h8) |",
    );
  });

  it("the demo runs plan on the examples against the embedded tenant", async () => {
    const { code, stdout, stderr } = await cli(["demo"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Drift: 3 changes would make Okta match the spec.");
    expect(stderr).toContain("embedded Okta tenant at http://127.0.0.1:");
    // The hint is a command that works in a checkout, where okta-drift is not on PATH.
    expect(stderr).toContain("node dist/cli.js plan --spec examples/okta-drift.yml");
    expect(stderr).not.toMatch(/^\s*OKTA_API_TOKEN=\S+ okta-drift plan/m);
  });
});

describe("an OAuth service app instead of an API token", () => {
  async function tenantWithServiceApp(scopes: string[]) {
    const store = loadTenantYaml(readFileSync(join(EXAMPLES, "tenant.yml"), "utf8")).store;
    const credentials = await addServiceApp(store, scopes);
    emulator = await startEmulator({ store, apiToken: API_TOKEN });
    return credentials;
  }

  it("plans with read scopes and applies with manage scopes, never printing the key", async () => {
    const env = await tenantWithServiceApp([
      "okta.apps.read",
      "okta.apps.manage",
      "okta.groups.read",
      "okta.authorizationServers.read",
      "okta.authorizationServers.manage",
    ]);
    const spec = join(EXAMPLES, "okta-drift.yml");
    const planned = await cli(["plan", "--spec", spec, "--org-url", emulator!.url, "--format", "json"], env);
    expect(planned.code).toBe(2);
    const applied = await cli(["apply", "--spec", spec, "--org-url", emulator!.url], env);
    expect(applied.code).toBe(0);
    expect((await cli(["plan", "--spec", spec, "--org-url", emulator!.url], env)).code).toBe(0);
    const d = JSON.parse(env.OKTA_PRIVATE_KEY).d as string;
    for (const out of [planned.stdout, planned.stderr, applied.stdout, applied.stderr])
      expect(out).not.toContain(d);
    // Every admin request carried a bearer token from the org authorization server.
    // One token per run, however many requests run at once (plan, apply, plan).
    expect(emulator!.requests.filter((r) => r.path === "/oauth2/v1/token")).toHaveLength(3);
  });

  it("fails clearly when the app lacks the scopes apply needs", async () => {
    const env = await tenantWithServiceApp([
      "okta.apps.read",
      "okta.groups.read",
      "okta.authorizationServers.read",
    ]);
    const result = await cli(
      ["apply", "--spec", join(EXAMPLES, "okta-drift.yml"), "--org-url", emulator!.url],
      env,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      "could not get an access token for okta.apps.manage okta.groups.read okta.authorizationServers.manage: 400 invalid_scope",
    );
  });
});
