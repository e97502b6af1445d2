import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { Emulator } from "../../src/emulator/index.js";
import { orgsReportSchema, planReportSchema } from "../../src/report/json-schema.js";
import { cli } from "../helpers/cli.js";
import {
  API_TOKEN,
  addGroup,
  addServiceApp,
  EXAMPLES,
  orgsSpecText,
  PROD_API_TOKEN,
  PROD_IDS,
  startExampleTenant,
  startProdTenant,
} from "../helpers/tenant.js";

/**
 * One spec, two orgs: the demo tenant as "preview" and the same tenant with other IDs as
 * "prod", each on its own port with its own API token. The spec names apps and servers by
 * label and name, so the same file plans both.
 */
const dir = mkdtempSync(join(tmpdir(), "okta-drift-orgs-"));
let preview: Emulator;
let prod: Emulator;
let spec: string;

beforeEach(async () => {
  // A test may have closed one already (to see its failure reported).
  await Promise.all([preview?.close().catch(() => {}), prod?.close().catch(() => {})]);
  [preview, prod] = await Promise.all([startExampleTenant(), startProdTenant()]);
  spec = join(dir, "okta-drift.orgs.yml");
  writeFileSync(spec, orgsSpecText(preview.url, prod.url));
});
afterAll(() => Promise.all([preview?.close().catch(() => {}), prod?.close().catch(() => {})]));

const ENV = { OKTA_API_TOKEN_PREVIEW: API_TOKEN, OKTA_API_TOKEN_PROD: PROD_API_TOKEN };
const writes = (e: Emulator) => e.requests.filter((r) => r.method !== "GET");

async function planAll(env: Record<string, string> = ENV) {
  const result = await cli(["plan", "--spec", spec, "--all-orgs", "--format", "json"], env);
  return { ...result, report: orgsReportSchema.parse(JSON.parse(result.stdout)) };
}

describe("plan --all-orgs", () => {
  it("plans each org with its own IDs and credentials, each with its own hash", async () => {
    const { code, report } = await planAll();
    expect(code).toBe(2);
    const [p, q] = report.orgs;
    if (p?.status !== "planned" || q?.status !== "planned") throw new Error("both orgs should plan");
    expect([p.org, q.org]).toEqual(["preview", "prod"]);
    expect(q.url).toBe(prod.url);
    // Preview: the ID token's limit (the spec's 40, the tenant's 20); its allowlist matches.
    expect(p.report.changes.map((c) => `${c.action} ${c.name} ${c.field}`)).toEqual([
      "update groups (IDENTITY) value",
    ]);
    expect(p.report.changes[0]!.parent).toBe("ausain6z9zIedDCxB0h7");
    // Prod: its override keeps the limit at 20, and its allowlist adds prod's EastCoastDivision.
    expect(q.report.changes.map((c) => `${c.action} ${c.name}`)).toEqual([
      "update Sample Client profile.groupwhitelist",
    ]);
    expect(q.report.changes[0]).toMatchObject({
      id: PROD_IDS.app,
      before: [PROD_IDS.west],
      after: [PROD_IDS.west, PROD_IDS.east],
    });
    expect(p.report.org).toBe("preview");
    expect(p.report.planHash).not.toBe(q.report.planHash);
    // Each org was asked with its own token only.
    // Each org was asked with its own token only: each tenant refuses the other's with a 401.
    for (const emulator of [preview, prod]) {
      expect(emulator.requests.length).toBeGreaterThan(0);
      expect(emulator.requests.filter((r) => r.status !== 200)).toEqual([]);
    }
    expect(writes(preview)).toEqual([]);
    expect(writes(prod)).toEqual([]);
  });

  it("puts the orgs side by side in text and markdown, marking a change that differs", async () => {
    const text = await cli(["plan", "--spec", spec, "--all-orgs"], ENV);
    expect(text.code).toBe(2);
    const lines = text.stdout.split("\n");
    expect(lines[0]).toBe("2 orgs: preview 1 change, prod 1 change");
    expect(lines.find((l) => l.startsWith("Sample Client"))).toMatch(
      /^Sample Client profile\.groupwhitelist\s+no change\s+update profile\.groupwhitelist\s+\(differs between orgs\)$/,
    );
    expect(lines.find((l) => l.startsWith("groups (IDENTITY)"))).toMatch(
      /^groups \(IDENTITY\) on Groups Demo\s+update value\s+no change\s+\(differs between orgs\)$/,
    );
    expect(text.stdout).toContain(`=== prod (${prod.url}) ===\nDrift in org prod: 1 change`);
    expect(text.stderr).toMatch(/okta-drift \[preview\]: 1 change\(s\); \d+ request\(s\) to 127\.0\.0\.1/);

    const md = await cli(["plan", "--spec", spec, "--all-orgs", "--format", "markdown"], ENV);
    expect(md.stdout).toContain("| | <code>preview</code> | <code>prod</code> |");
    expect(md.stdout).toContain("| **Plan** | 1 change | 1 change |");
    expect(md.stdout).toContain(
      "| ≠ <code>Sample Client profile.groupwhitelist</code> | no change | update profile.groupwhitelist |",
    );
    expect(md.stdout).toMatch(/okta-drift apply --spec \S+ --org prod --plan-hash [0-9a-f]{64}/);
  });

  it("reports one org's failure beside the other's plan, and exits 1", async () => {
    await prod.close();
    const { code, report, stderr } = await planAll();
    expect(code).toBe(1);
    expect(report.orgs[0]).toMatchObject({ org: "preview", status: "planned" });
    expect(report.orgs[1]).toMatchObject({ org: "prod", status: "error" });
    expect(stderr).toMatch(/okta-drift \[prod\]: /);

    const missing = await planAll({ OKTA_API_TOKEN_PREVIEW: API_TOKEN });
    expect(missing.report.orgs[1]).toEqual({
      org: "prod",
      url: prod.url,
      status: "error",
      error:
        "no Okta credentials for org prod: set OKTA_API_TOKEN_PROD, or OKTA_CLIENT_ID_PROD and OKTA_PRIVATE_KEY_PROD",
    });
  });

  it("never sends the unsuffixed token to an org of a many-org spec", async () => {
    const result = await cli(["plan", "--spec", spec, "--org", "preview"], { OKTA_API_TOKEN: API_TOKEN });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("no Okta credentials for org preview: set OKTA_API_TOKEN_PREVIEW");
    expect(preview.requests).toEqual([]);
  });

  it("sends an org's credentials only to a URL on Okta's domains, or one the runner confirms", async () => {
    // A branch that points prod at a collector: nothing goes to any org, and the error says how
    // to confirm a custom domain.
    const collector = "https://okta-drift-collector.example.net";
    writeFileSync(spec, orgsSpecText(preview.url, collector));
    const elsewhere = await cli(["plan", "--spec", spec, "--all-orgs"], ENV);
    expect(elsewhere.code).toBe(1);
    expect(elsewhere.stderr).toContain(
      `org prod: ${collector} (from ${spec}) is not on an Okta domain; set OKTA_ORG_URL_PROD=${collector} (or pass --org-url) to confirm it`,
    );
    // OKTA_ORG_URL_<ORG> must agree with the spec wherever the spec points.
    writeFileSync(spec, orgsSpecText(preview.url, prod.url));
    const disagrees = await cli(["plan", "--spec", spec, "--org", "prod"], {
      ...ENV,
      OKTA_ORG_URL_PROD: "https://example.okta.com",
    });
    expect(disagrees.code).toBe(1);
    expect(disagrees.stderr).toContain(
      `org prod: ${spec} says ${new URL(prod.url).origin} but OKTA_ORG_URL_PROD says https://example.okta.com; nothing was sent`,
    );
    expect(preview.requests).toEqual([]);
    expect(prod.requests).toEqual([]);
    // Confirmed, it plans; --org-url (named on the command line) replaces the spec's url.
    const agrees = await cli(["plan", "--spec", spec, "--org", "prod"], {
      ...ENV,
      OKTA_ORG_URL_PROD: prod.url,
    });
    expect(agrees.code).toBe(2);
    writeFileSync(spec, orgsSpecText(preview.url, collector));
    const named = await cli(["plan", "--spec", spec, "--org", "prod", "--org-url", prod.url], ENV);
    expect(named.code).toBe(2);
    expect(preview.requests).toEqual([]);
  });

  it("asks which org when the spec has several, and refuses an org it does not define", async () => {
    const none = await cli(["plan", "--spec", spec], ENV);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain("serves 2 orgs (preview, prod): pass --org NAME or --all-orgs");
    const unknown = await cli(["apply", "--spec", spec, "--org", "staging"], ENV);
    expect(unknown.stderr).toContain("--org staging: ");
    expect(unknown.stderr).toContain("defines no such org (it has preview, prod)");
    const plain = await cli(["plan", "--spec", join(EXAMPLES, "okta-drift.yml"), "--org", "prod"], ENV);
    expect(plain.stderr).toContain("defines no orgs, so --org has nothing to pick");
    expect(preview.requests).toEqual([]);
    expect(prod.requests).toEqual([]);
  });
});

describe("apply --org", () => {
  it("applies one org with its own reviewed hash, leaving the other alone", async () => {
    const { report } = await planAll();
    const hashOf = (org: string) => {
      const o = report.orgs.find((x) => x.org === org);
      if (o?.status !== "planned") throw new Error(org);
      return o.report.planHash;
    };
    // Preview's hash does not apply to prod.
    const wrong = await cli(
      ["apply", "--spec", spec, "--org", "prod", "--plan-hash", hashOf("preview")],
      ENV,
    );
    expect(wrong.code).toBe(1);
    expect(writes(prod)).toEqual([]);

    const applied = await cli(["apply", "--spec", spec, "--org", "prod", "--plan-hash", hashOf("prod")], ENV);
    expect(applied.code).toBe(0);
    expect(writes(prod).map((r) => `${r.method} ${r.path}`)).toEqual([`PUT /api/v1/apps/${PROD_IDS.app}`]);
    expect(writes(preview)).toEqual([]);
    expect(prod.store.apps.get(PROD_IDS.app)!.body.profile).toMatchObject({
      groupwhitelist: [PROD_IDS.west, PROD_IDS.east],
    });

    const after = await planAll();
    expect(after.report.orgs.map((o) => (o.status === "planned" ? o.report.changes.length : -1))).toEqual([
      1, 0,
    ]);
    const single = await cli(["plan", "--spec", spec, "--org", "prod", "--format", "json"], ENV);
    expect(single.code).toBe(0);
    expect(planReportSchema.parse(JSON.parse(single.stdout))).toMatchObject({ org: "prod", drift: false });
  });
});

describe("service apps per org", () => {
  it("reads OKTA_CLIENT_ID_<ORG> and OKTA_PRIVATE_KEY_<ORG>, and keeps every credential out of the output", async () => {
    const service = await addServiceApp(prod.store, [
      "okta.apps.read",
      "okta.groups.read",
      "okta.authorizationServers.read",
    ]);
    const env = {
      OKTA_API_TOKEN_PREVIEW: API_TOKEN,
      OKTA_CLIENT_ID_PROD: service.OKTA_CLIENT_ID,
      OKTA_PRIVATE_KEY_PROD: service.OKTA_PRIVATE_KEY,
    };
    const result = await cli(["plan", "--spec", spec, "--all-orgs", "--format", "json"], env);
    expect(result.code).toBe(2);
    const report = orgsReportSchema.parse(JSON.parse(result.stdout));
    expect(report.orgs.map((o) => o.status)).toEqual(["planned", "planned"]);
    // Prod was read with a service app's token (its token endpoint was called), preview with SSWS.
    expect(prod.requests.some((r) => r.path === "/oauth2/v1/token" && r.status === 200)).toBe(true);
    expect(preview.requests.some((r) => r.path === "/oauth2/v1/token")).toBe(false);
    const key = JSON.parse(service.OKTA_PRIVATE_KEY) as { d: string };
    for (const out of [result.stdout, result.stderr]) {
      expect(out).not.toContain(API_TOKEN);
      expect(out).not.toContain(key.d.slice(0, 16));
    }
  });
});

describe("smoke --org", () => {
  it("runs a test in each org it is for, against that org's app and server", async () => {
    // Without orgs: [preview], the test runs in both.
    writeFileSync(spec, readFileSync(spec, "utf8").replace("    orgs: [preview]\n", ""));
    const env = {
      SMOKE_CLIENT_SECRET: "demo-client-secret-0123456789",
      SMOKE_USERNAME: "west.user@example.com",
      SMOKE_PASSWORD: "Demo-Passw0rd!",
    };
    for (const [org, emulator, token] of [
      ["preview", preview, { OKTA_API_TOKEN_PREVIEW: API_TOKEN }],
      ["prod", prod, { OKTA_API_TOKEN_PROD: PROD_API_TOKEN }],
    ] as const) {
      const result = await cli(["smoke", "--spec", spec, "--org", org, "--format", "json"], {
        ...env,
        ...token,
      });
      expect(result.code, result.stderr).toBe(0);
      expect(JSON.parse(result.stdout).results.map((r: { status: string }) => r.status)).toEqual(["pass"]);
      // Each org's own token endpoint issued the token, for its own server.
      const server = org === "prod" ? PROD_IDS.server : "ausain6z9zIedDCxB0h7";
      expect(emulator.requests.some((r) => r.path === `/oauth2/${server}/v1/token` && r.status === 200)).toBe(
        true,
      );
    }
  });

  it("runs the tests of that org, reading NAME_<ORG> before NAME", async () => {
    const env = {
      ...ENV,
      SMOKE_CLIENT_SECRET_PREVIEW: "demo-client-secret-0123456789",
      SMOKE_CLIENT_SECRET: "not-this-one",
      SMOKE_USERNAME: "west.user@example.com",
      SMOKE_PASSWORD: "Demo-Passw0rd!",
    };
    const result = await cli(["smoke", "--spec", spec, "--org", "preview", "--format", "json"], env);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const { results } = JSON.parse(result.stdout) as { results: { name: string; status: string }[] };
    expect(results.map((r) => `${r.name}: ${r.status}`)).toEqual(["west coast user sees their group: pass"]);
    expect(prod.requests).toEqual([]);
    // The test says orgs: [preview]; prod has none to run.
    const other = await cli(["smoke", "--spec", spec, "--org", "prod", "--format", "json"], env);
    expect(other.code).toBe(1);
    expect(other.stderr).toContain("no smoke test runs in org prod (each test's orgs: says where it runs)");
    expect(prod.requests).toEqual([]);
  });
});

describe("import --org --merge", () => {
  it("adds the org's IDs to what the spec has, and writes what is new for that org only", async () => {
    // A second group named Sales in prod: import pins the one Partner Portal allowlists, in prod.
    addGroup(prod.store, "00gprod1miOMjxHRW0hz", "Sales");
    const before = readFileSync(spec, "utf8");
    const result = await cli(
      [
        "import",
        "--merge",
        spec,
        "--org",
        "prod",
        "--app",
        "Sample Client",
        "--app",
        "Partner Portal",
        "--auth-server",
        "Groups Demo",
      ],
      ENV,
    );
    expect(result.stderr).toContain("okta-drift import: 2 item(s) the spec has got their ID in prod");
    expect(result.code).toBe(0);
    expect(writes(prod)).toEqual([]);
    expect(preview.requests).toEqual([]);
    const after = readFileSync(spec, "utf8");
    // Every line that was there is still there, in order: the import only inserted lines.
    const rest = after.split("\n");
    for (const line of before.split("\n")) {
      const at = rest.indexOf(line);
      expect(at, line).toBeGreaterThanOrEqual(0);
      rest.splice(0, at + 1);
    }
    expect(after).toContain(
      `      prod:\n        profile:\n          groupwhitelist: [WestCoastDivision, EastCoastDivision]\n        id: ${PROD_IDS.app}\n`,
    );
    expect(after).toContain(
      `    groups:\n      EastCoastDivision: 00gprod1miOMjxHRW0h8  # two groups of this name in prod: pin the one\n      Sales: 00gprod1miOMjxHRW0ha\n`,
    );
    expect(after).toContain(
      `  - label: Partner Portal\n    profile:\n      groupwhitelist:\n        - Sales\n    orgs:\n      prod:\n        id: 0oaprodc6442nkvQO0h8\n`,
    );
    expect(after).toContain(`        id: ${PROD_IDS.server}\n`);

    const validate = await cli(["validate", "--spec", spec]);
    expect(validate.code, validate.stderr).toBe(0);
    // Prod: the new app matches as imported; the drift is what it was.
    const { report } = await planAll();
    const [p, q] = report.orgs;
    if (p?.status !== "planned" || q?.status !== "planned") throw new Error(JSON.stringify(report));
    expect(q.report.changes.map((c) => c.name)).toEqual(["Sample Client profile.groupwhitelist"]);
    // Preview finds the new app by its label, with preview's Sales (no pin there).
    expect(p.report.changes.map((c) => c.name)).toEqual(["groups (IDENTITY)"]);
  });
});

describe("validate of a many-org spec", () => {
  it("lints each org's view: a finding of an override is at the override's line, once", async () => {
    const text = readFileSync(join(EXAMPLES, "okta-drift.orgs.yml"), "utf8").replace(
      '            value: getFilteredGroups(app.profile.groupwhitelist, "group.name", 20)\n            scopes: [groups]',
      '            value: getFilteredGroups(app.profile.groupwhitelist, "group.name", 20)',
    );
    const file = join(dir, "lint.yml");
    writeFileSync(
      file,
      text.replace(
        "claimType: IDENTITY\n            valueType",
        "claimType: RESOURCE\n            valueType",
      ),
    );
    const result = await cli(["validate", "--spec", file]);
    // The override's claim: its name's line (the only claim indented under orgs.prod.claims).
    const line = text.split("\n").indexOf("          - name: groups") + 1;
    expect(line).toBeGreaterThan(0);
    expect(result.stdout).toBe(
      `${file}:${line}:19 warning groups-claim-without-scopes: the access-token groups claim groups has no scopes: every access token of this server carries it\n`,
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("valid (1 apps, 1 authorization servers, 1 smoke tests, 2 orgs)");
  });
});
