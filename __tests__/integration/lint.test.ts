import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Emulator } from "../../src/emulator/index.js";
import { RULES } from "../../src/lint/rules.js";
import { planReportSchema } from "../../src/report/json-schema.js";
import { cli } from "../helpers/cli.js";
import { API_TOKEN, startExampleTenant } from "../helpers/tenant.js";

/**
 * Claim lint over the embedded tenant: each rule firing and not firing, in validate (the
 * offline rules) and plan (all of them), ignores with their reasons, and the exit codes.
 */
let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

const dir = mkdtempSync(join(tmpdir(), "okta-drift-lint-"));
let n = 0;
function specFile(text: string): string {
  const file = join(dir, `spec-${n++}.yml`);
  writeFileSync(file, text);
  return file;
}

const APP = "0oabskvc6442nkvQO0h7";
const SERVER = "ausain6z9zIedDCxB0h7";
const WEST = "00gbso71miOMjxHRW0h7";
const GONE = "00gbso71miOMjxHRW0zz";

/** A spec: one app with `allow`, one claim, extra text appended (smoke tests, pins). */
function spec(options: {
  allow: string;
  value?: string;
  scopes?: string;
  extra?: string;
  claimLint?: string;
}): string {
  return `version: 1
apps:
  - id: ${APP}
    profile:
      groupwhitelist: ${options.allow}
authorizationServers:
  - id: ${SERVER}
    claims:
      - name: groups
        claimType: RESOURCE
        valueType: EXPRESSION
        value: '${options.value ?? 'getFilteredGroups(app.profile.groupwhitelist, "group.name", 40)'}'
        scopes: ${options.scopes ?? "[groups]"}
${options.claimLint ?? ""}${options.extra ?? ""}`;
}

async function lintOf(file: string) {
  const validate = await cli(["validate", "--spec", file]);
  const plan = await cli(["plan", "--spec", file, "--org-url", emulator!.url, "--format", "json"], {
    OKTA_API_TOKEN: API_TOKEN,
  });
  const report = plan.stdout ? planReportSchema.parse(JSON.parse(plan.stdout)) : undefined;
  return { validate, plan, rules: report?.lint.map((f) => f.rule) ?? [], report };
}

const SMOKE = (expect: string) => `smokeTests:
  - name: west sees west
    authorizationServer: ${SERVER}
    app: ${APP}
    grant: password
    clientSecretEnv: S
    usernameEnv: U
    passwordEnv: P
    scopes: [openid, groups]
    expect: ${expect}
`;

describe("claim lint rules, each firing and not", () => {
  it("allowlist-over-limit: more groups than the claim's limit (offline, so validate says it too)", async () => {
    emulator = await startExampleTenant();
    const over = await lintOf(
      specFile(
        spec({
          allow: "[WestCoastDivision, EastCoastDivision, Engineering]",
          value: 'getFilteredGroups(app.profile.groupwhitelist, "group.name", 2)',
        }),
      ),
    );
    expect(over.validate.code).toBe(0);
    expect(over.validate.stdout).toMatch(
      /:5:23 warning allowlist-over-limit: 3 groups allowlisted, but claim groups \(RESOURCE\) puts at most 2 in a token/,
    );
    expect(over.rules).toContain("allowlist-over-limit");
    expect(over.plan.code).toBe(2);
    const within = await lintOf(
      specFile(
        spec({
          allow: "[WestCoastDivision, EastCoastDivision]",
          value: 'getFilteredGroups(app.profile.groupwhitelist, "group.name", 2)',
        }),
      ),
    );
    expect(within.rules).not.toContain("allowlist-over-limit");
  });

  it("groups-claim-without-scopes: an access-token groups claim emitted for any scope", async () => {
    emulator = await startExampleTenant();
    const open = await lintOf(specFile(spec({ allow: "[WestCoastDivision]", scopes: "[]" })));
    expect(open.rules).toEqual(["groups-claim-without-scopes"]);
    expect(open.validate.stdout).toContain("warning groups-claim-without-scopes");
    const scoped = await lintOf(specFile(spec({ allow: "[WestCoastDivision]" })));
    expect(scoped.rules).toEqual([]);
  });

  it("smoke-expects-unlisted-group: an error, so validate and plan exit 1", async () => {
    emulator = await startExampleTenant();
    const bad = await lintOf(
      specFile(spec({ allow: "[WestCoastDivision]", extra: SMOKE("{ includes: [Sales] }") })),
    );
    expect(bad.validate.code).toBe(1);
    expect(bad.validate.stdout).toMatch(
      /error smoke-expects-unlisted-group: expects "Sales" in groups, but the allowlist profile.groupwhitelist of the app does not hold it/,
    );
    expect(bad.plan.code).toBe(1);
    expect(bad.plan.stderr).toContain("claim lint: 1 error, 0 warnings");
    const good = await lintOf(
      specFile(spec({ allow: "[WestCoastDivision]", extra: SMOKE("{ equals: [WestCoastDivision] }") })),
    );
    expect(good.validate.code).toBe(0);
    expect(good.rules).toEqual([]);
    expect(good.plan.code).toBe(0);
  });

  it("everyone-allowlisted: the BUILT_IN Everyone group, by name", async () => {
    emulator = await startExampleTenant();
    const everyone = await lintOf(specFile(spec({ allow: "[WestCoastDivision, Everyone]" })));
    expect(everyone.rules).toEqual(["everyone-allowlisted"]);
    expect(everyone.report!.lint[0]!.message).toBe(
      "profile.groupwhitelist allowlists Everyone, which every user carries",
    );
    // A tenant rule: validate cannot know it.
    expect(everyone.validate.stdout).toBe("");
  });

  it("group-not-found: an allowlisted ID and a pin that name no group", async () => {
    emulator = await startExampleTenant();
    const gone = await lintOf(
      specFile(`groups:\n  Ghost: ${GONE}\n${spec({ allow: `[WestCoastDivision, ${GONE}]` })}`),
    );
    expect(gone.rules).toEqual(["group-not-found", "group-not-found"]);
    expect(gone.report!.lint.map((f) => f.spec.field)).toEqual([
      "groups.Ghost",
      "apps[0].profile.groupwhitelist[1]",
    ]);
    const present = await lintOf(specFile(spec({ allow: `[${WEST}]` })));
    expect(present.rules).toEqual([]);
  });

  it("duplicate-group: a name and its own ID in one allowlist", async () => {
    emulator = await startExampleTenant();
    const twice = await lintOf(specFile(spec({ allow: `[WestCoastDivision, ${WEST}]` })));
    expect(twice.rules).toEqual(["duplicate-group"]);
    expect(twice.report!.lint[0]!.message).toBe(
      `profile.groupwhitelist[1] is the same group as profile.groupwhitelist[0] (${WEST})`,
    );
  });

  it("profile-key-missing: the claim reads a key the app has neither in Okta nor in the spec", async () => {
    emulator = await startExampleTenant();
    const missing = await lintOf(
      specFile(
        spec({
          allow: "[WestCoastDivision]",
          value: 'getFilteredGroups(app.profile.groupallowlist, "group.name", 40)',
        }),
      ),
    );
    expect(missing.rules).toEqual(["profile-key-missing"]);
    expect(missing.report!.lint[0]!.message).toBe(
      "claim groups reads app.profile.groupallowlist, which app Sample Client does not have (in Okta or in the spec)",
    );
    // Managed by the spec: apply gives it to the app, so it is not missing.
    const managed = await lintOf(
      specFile(
        spec({
          allow: "[WestCoastDivision]\n      groupallowlist: [WestCoastDivision]",
          value: 'getFilteredGroups(app.profile.groupallowlist, "group.name", 40)',
        }),
      ),
    );
    expect(managed.rules).toEqual([]);
  });

  it("token-size-budget: a limit of long group names past 8 KB", async () => {
    emulator = await startExampleTenant();
    const long = "L".repeat(200);
    const ids: string[] = [];
    for (let i = 0; i < 50; i++) {
      const id = `00glongname${String(i).padStart(9, "0")}`;
      emulator.store.addGroup({
        ...emulator.store.groups.get(WEST)!,
        id,
        profile: { name: `${long}${i}`, description: "" },
        members: new Set(),
      });
      ids.push(id);
    }
    const big = await lintOf(
      specFile(
        spec({
          allow: `[${ids.join(", ")}]`,
          value: 'getFilteredGroups(app.profile.groupwhitelist, "group.name", 50)',
        }),
      ),
    );
    expect(big.rules).toEqual(["token-size-budget"]);
    expect(big.report!.lint[0]!.message).toMatch(
      /can hold 50 group names of up to 202 characters: about 10250 bytes, over the 8192-byte budget/,
    );
    const small = await lintOf(
      specFile(
        spec({
          allow: `[${ids.slice(0, 30).join(", ")}]`,
          value: 'getFilteredGroups(app.profile.groupwhitelist, "group.name", 30)',
        }),
      ),
    );
    expect(small.rules).toEqual([]);
  });
});

describe("silencing a rule", () => {
  it("an ignored finding is listed with its reason and changes no exit code", async () => {
    emulator = await startExampleTenant();
    const smoke = SMOKE("{ includes: [Sales] }").replace(
      "    expect:",
      "    lint: { ignore: [{ rule: smoke-expects-unlisted-group, reason: Sales is added by a later change } ] }\n    expect:",
    );
    const result = await lintOf(specFile(spec({ allow: "[WestCoastDivision]", extra: smoke })));
    expect(result.validate.code).toBe(0);
    expect(result.validate.stdout).toContain("(ignored: Sales is added by a later change)");
    expect(result.plan.code).toBe(0);
    expect(result.report!.lint).toMatchObject([
      { rule: "smoke-expects-unlisted-group", ignored: "Sales is added by a later change" },
    ]);
    const sarif = await cli(
      ["plan", "--spec", join(dir, `spec-${n - 1}.yml`), "--org-url", emulator.url, "--format", "sarif"],
      {
        OKTA_API_TOKEN: API_TOKEN,
      },
    );
    const run = JSON.parse(sarif.stdout).runs[0];
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toContain(
      "okta-drift/lint/smoke-expects-unlisted-group",
    );
    const finding = run.results.find(
      (r: { ruleId: string }) => r.ruleId === "okta-drift/lint/smoke-expects-unlisted-group",
    );
    expect(finding).toMatchObject({
      level: "error",
      suppressions: [{ kind: "inSource", justification: "Sales is added by a later change" }],
    });
    expect(finding.locations[0].physicalLocation.region.startLine).toBeGreaterThan(0);
  });

  it("a server's ignore covers its claims; an unknown rule ID is a spec error", async () => {
    emulator = await startExampleTenant();
    const text = spec({ allow: "[WestCoastDivision]", scopes: "[]" }).replace(
      "    claims:",
      "    lint: { ignore: [{ rule: groups-claim-without-scopes, reason: every token needs it } ] }\n    claims:",
    );
    const result = await lintOf(specFile(text));
    expect(result.report!.lint).toMatchObject([
      { rule: "groups-claim-without-scopes", ignored: "every token needs it" },
    ]);
    const unknown = await cli([
      "validate",
      "--spec",
      specFile(text.replace("groups-claim-without-scopes", "no-such-rule")),
    ]);
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toMatch(/lint\.ignore\[0\]\.rule/);
  });
});

describe("okta-drift rules", () => {
  it("the README's table has every rule, as the code says it", () => {
    const readme = readFileSync(join(import.meta.dirname, "..", "..", "README.md"), "utf8");
    const rows = readme
      .split("\n")
      .filter((line) => line.startsWith("| `"))
      .map((line) =>
        line
          .split("|")
          .slice(1, -1)
          .map((cell) => cell.trim()),
      );
    for (const [id, rule] of Object.entries(RULES))
      expect(rows).toContainEqual([
        `\`${id}\``,
        rule.severity,
        rule.tenant ? "plan" : "validate, plan",
        rule.why,
        rule.fix,
      ]);
  });

  it("lists every rule with its severity, why and fix", async () => {
    const { code, stdout } = await cli(["rules"]);
    expect(code).toBe(0);
    for (const [id, rule] of Object.entries(RULES)) {
      expect(stdout).toContain(`${id}  (${rule.severity}, ${rule.tenant ? "tenant" : "offline"})`);
      expect(stdout).toContain(`why: ${rule.why}`);
      expect(stdout).toContain(`fix: ${rule.fix}`);
    }
  });
});
