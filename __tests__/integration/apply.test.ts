import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Emulator } from "../../src/emulator/index.js";
import type { JsonReport } from "../../src/report/json.js";
import { cli } from "../helpers/cli.js";
import { API_TOKEN, EXAMPLES, startExampleTenant } from "../helpers/tenant.js";

const SPEC = join(EXAMPLES, "okta-drift.yml");
const APP = "0oabskvc6442nkvQO0h7";
const SERVER = "ausain6z9zIedDCxB0h7";
const dir = mkdtempSync(join(tmpdir(), "okta-drift-apply-"));

let emulator: Emulator;
afterEach(() => emulator?.close());

const env = () => ({ OKTA_API_TOKEN: API_TOKEN });
const run = (command: string, spec: string, ...extra: string[]) =>
  cli([command, "--spec", spec, "--org-url", emulator.url, ...extra], env());
const writes = () => emulator.requests.filter((r) => r.method !== "GET");

async function planJson(spec = SPEC): Promise<JsonReport & { code: number }> {
  const result = await run("plan", spec, "--format", "json");
  return { ...(JSON.parse(result.stdout) as JsonReport), code: result.code };
}

function specFile(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

/** The example spec with pruning on its server, a new claim, and a changed claim status. */
const WIDE = `version: 1
groups:
  EastCoastDivision: 00gbso71miOMjxHRW0h8
apps:
  - id: ${APP}
    profile:
      groupwhitelist: [WestCoastDivision, EastCoastDivision]
authorizationServers:
  - id: ${SERVER}
    prune: true
    claims:
      - { name: groups, claimType: RESOURCE, valueType: EXPRESSION, value: 'getFilteredGroups(app.profile.groupwhitelist, "group.name", 40)', scopes: [groups] }
      - { name: groups, claimType: IDENTITY, valueType: EXPRESSION, value: 'getFilteredGroups({"WestCoastDivision", "00gbso71miOMjxHRW0h8"}, "group.name", 40)', scopes: [groups] }
      - { name: division, claimType: RESOURCE, valueType: GROUPS, groupFilterType: STARTS_WITH, value: West, scopes: [groups], status: INACTIVE }
      - { name: team, claimType: IDENTITY, valueType: EXPRESSION, value: user.department, alwaysIncludeInToken: false }
`;

describe("okta-drift apply", () => {
  it("makes Okta match the spec (update, create, delete), after which plan is clean and a second apply writes nothing", async () => {
    emulator = await startExampleTenant();
    const spec = specFile("wide.yml", WIDE);
    const before = await planJson(spec);
    expect(before.changes.map((c) => c.action)).toEqual(
      expect.arrayContaining(["update", "create", "delete"]),
    );

    const applied = await run("apply", spec, "--prune");
    expect(applied.stderr).toBe("");
    expect(applied.code).toBe(0);
    expect(applied.stdout).toContain("Applied 5 write(s).");
    const sent = writes().map((r) => `${r.method} ${r.path}`);
    // The app already has the key its claims read, so they go out together; the delete last.
    expect(sent.slice(0, 4)).toEqual(
      expect.arrayContaining([
        `PUT /api/v1/apps/${APP}`,
        expect.stringMatching(new RegExp(`^PUT /api/v1/authorizationServers/${SERVER}/claims/ocl`)),
        expect.stringMatching(new RegExp(`^PUT /api/v1/authorizationServers/${SERVER}/claims/ocl`)),
        `POST /api/v1/authorizationServers/${SERVER}/claims`,
      ]),
    );
    expect(sent[4]).toMatch(new RegExp(`^DELETE /api/v1/authorizationServers/${SERVER}/claims/ocl`));

    // Names in literal allowlists went to Okta as IDs, in the canonical spelling.
    const claims = [...emulator.store.servers.get(SERVER)!.claims.values()];
    expect(claims.find((c) => c.name === "groups" && c.claimType === "IDENTITY")!.value).toBe(
      'getFilteredGroups({"00gbso71miOMjxHRW0h7", "00gbso71miOMjxHRW0h8"}, "group.name", 40)',
    );
    expect(claims.find((c) => c.name === "division")!.status).toBe("INACTIVE");
    expect(claims.some((c) => c.name === "department")).toBe(false);
    expect(claims.filter((c) => c.system)).toHaveLength(19);

    const after = await planJson(spec);
    expect(after.code).toBe(0);
    expect(after.drift).toBe(false);

    const count = writes().length;
    const again = await run("apply", spec, "--prune");
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("Nothing to apply");
    expect(writes().length).toBe(count);
  });

  it("creates a claim that reads a new profile key only after the app has the key", async () => {
    emulator = await startExampleTenant({ latencyMs: 30 });
    const spec = specFile(
      "new-key.yml",
      `version: 1
apps:
  - id: ${APP}
    profile:
      groupallowlist: [WestCoastDivision]
authorizationServers:
  - id: ${SERVER}
    claims:
      - { name: allowed, claimType: RESOURCE, valueType: EXPRESSION, value: 'getFilteredGroups(app.profile.groupallowlist, "group.name", 40)' }
      - { name: login, claimType: RESOURCE, valueType: EXPRESSION, value: user.login }
`,
    );
    expect((await run("apply", spec)).code).toBe(0);
    const sent = writes().map((r) => `${r.method} ${r.path}`);
    // The independent claim went out with the app's read; the dependent one after its PUT.
    expect(sent).toEqual([
      `POST /api/v1/authorizationServers/${SERVER}/claims`,
      `PUT /api/v1/apps/${APP}`,
      `POST /api/v1/authorizationServers/${SERVER}/claims`,
    ]);
    const created = [...emulator.store.servers.get(SERVER)!.claims.values()].map((c) => c.name);
    expect(created.indexOf("login")).toBeLessThan(created.indexOf("allowed"));
    expect((await planJson(spec)).drift).toBe(false);
  });

  it("writes the app back whole: other profile keys, settings, credentials and unknown fields survive", async () => {
    emulator = await startExampleTenant();
    const app = emulator.store.apps.get(APP)!;
    app.body.futureField = { nested: [1, 2, 3] };
    const settingsBefore = structuredClone(app.body.settings);
    const credentialsBefore = structuredClone(app.body.credentials);
    const secretBefore = app.clientSecret;

    expect((await run("apply", SPEC)).code).toBe(0);
    expect(app.body.profile).toEqual({
      groupwhitelist: ["00gbso71miOMjxHRW0h7", "00gbso71miOMjxHRW0h8"],
      theme: "dark",
    });
    expect(app.body.futureField).toEqual({ nested: [1, 2, 3] });
    expect(app.body.settings).toEqual(settingsBefore);
    expect(app.body.credentials).toEqual(credentialsBefore);
    expect(app.clientSecret).toBe(secretBefore);
    // The PUT carried no client secret: apply neither drops nor invents credentials.
    const token = await fetch(`${emulator.url}/oauth2/${SERVER}/v1/token`, {
      method: "POST",
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        Authorization: `Basic ${Buffer.from(`${APP}:${secretBefore}`).toString("base64")}`,
      },
      body: new URLSearchParams({
        grant_type: "password",
        scope: "groups",
        username: "west.user@example.com",
        password: "Demo-Passw0rd!",
      }),
    });
    expect(token.status).toBe(200);
  });

  it("refuses a plan that changed since its hash was approved, writing nothing", async () => {
    emulator = await startExampleTenant();
    const approved = (await planJson()).planHash;
    // Someone changes Okta after the review.
    emulator.store.apps.get(APP)!.body.profile = { groupwhitelist: [] };
    const result = await run("apply", SPEC, "--plan-hash", approved);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`--plan-hash ${approved} was given, the plan is now`);
    expect(writes()).toEqual([]);
    // The current plan's hash is accepted.
    const current = (await planJson()).planHash;
    expect((await run("apply", SPEC, "--plan-hash", current)).code).toBe(0);
  });

  it("refuses deletes without --prune and plans larger than --max-changes, writing nothing", async () => {
    emulator = await startExampleTenant();
    const spec = specFile("wide-guard.yml", WIDE);
    const noPrune = await run("apply", spec);
    expect(noPrune.code).toBe(1);
    expect(noPrune.stderr).toContain("pass --prune to allow deletes");
    const guarded = await run("apply", spec, "--prune", "--max-changes", "2");
    expect(guarded.code).toBe(1);
    expect(guarded.stderr).toContain("more than --max-changes 2");
    expect(writes()).toEqual([]);
  });

  it("prints what a dry run would send, secrets masked, and sends nothing", async () => {
    emulator = await startExampleTenant();
    emulator.store.apps.get(APP)!.body.credentials = {
      ...(emulator.store.apps.get(APP)!.body.credentials as object),
      signing: { private_key: "-----BEGIN PRIVATE KEY-----abc" },
    };
    const result = await run("apply", SPEC, "--dry-run");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Dry run: 3 request(s) would be sent");
    expect(result.stdout).toContain(`PUT /api/v1/apps/${APP}`);
    expect(result.stdout).toContain('"private_key": "***"');
    expect(result.stdout).not.toContain("BEGIN PRIVATE KEY");
    expect(writes()).toEqual([]);
  });

  it("stops at a failure midway, reports applied / failed / not tried, and a re-run converges", async () => {
    emulator = await startExampleTenant();
    const spec = specFile("wide-fault.yml", WIDE);
    emulator.faults.add({ method: "PUT", path: /\/claims\/ocl/, status: 400, times: 1 });
    const failed = await run("apply", spec, "--prune", "--format", "json");
    expect(failed.code).toBe(1);
    const report = JSON.parse(failed.stdout) as {
      applied: unknown[];
      failed: { status: number; errorCode: string; requestId: string }[];
      notAttempted: { method: string }[];
    };
    expect(report.applied.length).toBeGreaterThanOrEqual(1); // the app profile went first
    expect(report.failed).toHaveLength(1);
    expect(report.failed[0]).toMatchObject({ status: 400, errorCode: "E0000001" });
    expect(report.failed[0]!.requestId).toBeTruthy();
    expect(report.notAttempted.map((w) => w.method)).toContain("DELETE");
    expect((await planJson(spec)).drift).toBe(true);

    const rerun = await run("apply", spec, "--prune");
    expect(rerun.code).toBe(0);
    expect((await planJson(spec)).drift).toBe(false);
  });

  it("stops starting writes after a failure; what was under way is reported as applied or failed", async () => {
    emulator = await startExampleTenant({ latencyMs: 20 });
    // More claims than writes go out at once (the client's limit of requests in flight).
    const claims = Array.from(
      { length: 90 },
      (_, i) => `      - { name: extra${i}, claimType: RESOURCE, valueType: EXPRESSION, value: user.login }`,
    ).join("\n");
    const spec = specFile(
      "many.yml",
      `version: 1\nauthorizationServers:\n  - id: ${SERVER}\n    claims:\n${claims}\n`,
    );
    emulator.faults.add({ method: "POST", path: /\/claims$/, status: 400 });
    const result = await run("apply", spec, "--format", "json");
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as {
      applied: unknown[];
      failed: unknown[];
      notAttempted: unknown[];
    };
    expect(report.failed).toHaveLength(1);
    expect(report.notAttempted.length).toBeGreaterThan(0);
    expect(report.applied.length + report.failed.length + report.notAttempted.length).toBe(90);
    expect(writes().length).toBe(report.applied.length + report.failed.length);
  });

  it("checks a write whose answer was lost by reading before sending it again (no duplicate claim)", async () => {
    emulator = await startExampleTenant();
    const spec = specFile("create-only.yml", WIDE.replace("    prune: true\n", ""));
    emulator.faults.add({ method: "POST", path: /\/claims$/, reset: "after" });
    emulator.faults.add({ method: "PUT", path: `/api/v1/apps/${APP}`, status: 503 });
    const result = await run("apply", spec);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /POST \/api\/v1\/authorizationServers\/\w+\/claims: \S+; reading whether it happened/,
    );
    expect(result.stderr).toMatch(/PUT \/api\/v1\/apps\/\w+: 503; reading whether it happened/);
    expect(result.stderr).toMatch(/it did not; sending it again/);
    const teams = [...emulator.store.servers.get(SERVER)!.claims.values()].filter((c) => c.name === "team");
    expect(teams).toHaveLength(1);
    expect(emulator.requests.filter((r) => r.method === "POST")).toHaveLength(1);
    expect((await planJson(spec)).drift).toBe(false);
  });

  it("then the demo's spec: apply followed by a clean plan", async () => {
    emulator = await startExampleTenant();
    expect((await run("apply", SPEC)).code).toBe(0);
    const plan = await run("plan", SPEC);
    expect(plan.code).toBe(0);
    expect(plan.stdout).toContain("No drift");
  });
});
