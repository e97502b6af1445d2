import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Emulator } from "../../src/emulator/index.js";
import { planReportSchema } from "../../src/report/json-schema.js";
import { cli } from "../helpers/cli.js";
import { API_TOKEN, call, startExampleTenant } from "../helpers/tenant.js";

/**
 * The impact of a plan on tokens, over the embedded tenant: which groups enter and leave each
 * claim for each app, with member counts from the same group reads (expand=stats).
 */
let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

const dir = mkdtempSync(join(tmpdir(), "okta-drift-impact-"));
let n = 0;
const APP = "0oabskvc6442nkvQO0h7";
const SERVER = "ausain6z9zIedDCxB0h7";
const WEST = "00gbso71miOMjxHRW0h7";
const EAST = "00gbso71miOMjxHRW0h8";
const ENGINEERING = "00gbso71miOMjxHRW0h9";

function spec(allow: string, claims: string): string {
  const file = join(dir, `spec-${n++}.yml`);
  writeFileSync(
    file,
    `version: 1\napps:\n  - id: ${APP}\n    profile:\n      groupwhitelist: ${allow}\nauthorizationServers:\n  - id: ${SERVER}\n    claims:\n${claims}`,
  );
  return file;
}

const GROUPS_CLAIM = (limit: number, type = "RESOURCE") =>
  `      - { name: groups, claimType: ${type}, valueType: EXPRESSION, value: 'getFilteredGroups(app.profile.groupwhitelist, "group.name", ${limit})', scopes: [groups] }\n`;

async function impactOf(file: string, format = "json") {
  const result = await cli(["plan", "--spec", file, "--org-url", emulator!.url, "--format", format], {
    OKTA_API_TOKEN: API_TOKEN,
  });
  return {
    ...result,
    report: format === "json" ? planReportSchema.parse(JSON.parse(result.stdout)) : undefined,
  };
}

describe("impact on tokens", () => {
  it("an allowlist that grows: the group enters every claim that reads the key, with its member count", async () => {
    emulator = await startExampleTenant();
    const { report } = await impactOf(
      spec("[WestCoastDivision, EastCoastDivision]", GROUPS_CLAIM(40) + GROUPS_CLAIM(40, "IDENTITY")),
    );
    expect(report!.impact).toEqual([
      expect.objectContaining({
        app: APP,
        claim: "groups",
        claimType: "RESOURCE",
        cause: "allowlist",
        entering: [{ id: EAST, name: "EastCoastDivision", members: 1 }],
        leaving: [],
        limit: { before: 40, after: 40 },
      }),
      expect.objectContaining({
        claimType: "IDENTITY",
        entering: [{ id: EAST, name: "EastCoastDivision", members: 1 }],
      }),
    ]);
  });

  it("an allowlist that shrinks: the group Okta has and the spec drops leaves, counted too", async () => {
    emulator = await startExampleTenant();
    emulator.store.apps.get(APP)!.body.profile = { groupwhitelist: [WEST, ENGINEERING], theme: "dark" };
    const { report } = await impactOf(spec("[WestCoastDivision]", GROUPS_CLAIM(40)));
    // The tenant's ID-token groups claim, which this spec does not manage, reads the key too.
    expect(report!.impact).toMatchObject([
      {
        claimType: "RESOURCE",
        cause: "allowlist",
        entering: [],
        leaving: [{ id: ENGINEERING, name: "Engineering", members: 1 }],
      },
      {
        claimType: "IDENTITY",
        cause: "allowlist",
        entering: [],
        leaving: [{ id: ENGINEERING, name: "Engineering", members: 1 }],
      },
    ]);
  });

  it("a claim's limit lowered: no group moves, the limit is the impact", async () => {
    emulator = await startExampleTenant();
    const { report, stdout } = await impactOf(spec("[WestCoastDivision]", GROUPS_CLAIM(10)), "text").then(
      async (text) => ({ ...(await impactOf(join(dir, `spec-${n - 1}.yml`))), stdout: text.stdout }),
    );
    expect(report!.impact).toMatchObject([
      { cause: "claim", entering: [], leaving: [], limit: { before: 40, after: 10 } },
    ]);
    expect(stdout).toContain("Impact on tokens:");
    expect(stdout).toContain("limit 40 → 10");
  });

  it("a literal allowlist in a claim: its groups enter and leave by the expression", async () => {
    emulator = await startExampleTenant();
    const literal = `      - { name: groups, claimType: RESOURCE, valueType: EXPRESSION, value: 'getFilteredGroups({"Engineering", "Sales"}, "group.name", 40)', scopes: [groups] }\n`;
    const { report } = await impactOf(spec("[WestCoastDivision]", literal));
    expect(report!.impact).toMatchObject([
      {
        cause: "claim",
        entering: [
          { id: ENGINEERING, name: "Engineering" },
          { id: "00gbso71miOMjxHRW0ha", name: "Sales" },
        ],
        leaving: [{ id: WEST }],
      },
    ]);
  });

  it("a GROUPS claim's filter changed: the groups each filter matches, found by one prefix search", async () => {
    emulator = await startExampleTenant();
    // Okta has `division` as STARTS_WITH West; the spec makes it EQUALS sales (Okta ignores case).
    const division = `      - { name: division, claimType: RESOURCE, valueType: GROUPS, groupFilterType: EQUALS, value: sales, scopes: [profile] }\n`;
    emulator.requests.length = 0;
    const { report } = await impactOf(spec("[WestCoastDivision]", division));
    expect(report!.impact).toEqual([
      expect.objectContaining({
        claim: "division",
        cause: "claim",
        entering: [{ id: "00gbso71miOMjxHRW0ha", name: "Sales", members: 1 }],
        leaving: [{ id: WEST, name: "WestCoastDivision", members: 1 }],
        unknown: null,
        unknownBecause: null,
        filter: { before: "STARTS_WITH West", after: "EQUALS sales" },
      }),
    ]);
    const searches = emulator.requests
      .filter((r) => r.path.startsWith("/api/v1/groups?"))
      .map((r) => new URL(r.path, emulator!.url).searchParams.get("search"));
    expect(searches).toContain('profile.name sw "West" or profile.name sw "sales"');
    // The same filter with other scopes: no group impact at all, and no search for it.
    const scopesOnly = `      - { name: division, claimType: RESOURCE, valueType: GROUPS, groupFilterType: STARTS_WITH, value: West, scopes: [groups] }\n`;
    emulator.requests.length = 0;
    expect((await impactOf(spec("[WestCoastDivision]", scopesOnly))).report!.impact).toEqual([]);
    expect(emulator.requests.filter((r) => r.path.includes("sw"))).toEqual([]);
  });

  it("CONTAINS and REGEX filters: unknown without --impact groups, listed with it from one group list", async () => {
    emulator = await startExampleTenant();
    const contains = `      - { name: division, claimType: RESOURCE, valueType: GROUPS, groupFilterType: CONTAINS, value: coast, scopes: [profile] }\n`;
    const file = spec("[WestCoastDivision]", contains);
    const { report, stdout } = await impactOf(file).then(async (json) => ({
      ...json,
      stdout: (await impactOf(file, "text")).stdout,
    }));
    expect(report!.impact).toMatchObject([
      { claim: "division", unknown: "after", unknownBecause: "group-filter", entering: [], leaving: [] },
    ]);
    expect(stdout).toContain(
      "groups after not worked out (a CONTAINS or REGEX filter: --impact groups lists its groups, unless the REGEX needs back-references or lookaround)",
    );

    emulator.requests.length = 0;
    const listed = await cli(
      ["plan", "--spec", file, "--org-url", emulator.url, "--format", "json", "--impact", "groups"],
      { OKTA_API_TOKEN: API_TOKEN },
    );
    expect(planReportSchema.parse(JSON.parse(listed.stdout)).impact).toEqual([
      expect.objectContaining({
        entering: [{ id: EAST, name: "EastCoastDivision", members: 1 }],
        leaving: [],
        unknown: null,
        filter: { before: "STARTS_WITH West", after: "CONTAINS coast" },
      }),
    ]);
    const lists = emulator.requests.filter(
      (r) => r.path.startsWith("/api/v1/groups?") && !r.path.includes("search="),
    );
    expect(lists).toHaveLength(1);

    // REGEX is case-sensitive and must match the whole name.
    const regex = `      - { name: division, claimType: RESOURCE, valueType: GROUPS, groupFilterType: REGEX, value: "(Sales|engineering|East.*)", scopes: [profile] }\n`;
    const matched = await cli(
      [
        "plan",
        "--spec",
        spec("[WestCoastDivision]", regex),
        "--org-url",
        emulator.url,
        "--format",
        "json",
        "--impact",
        "users,groups",
      ],
      { OKTA_API_TOKEN: API_TOKEN },
    );
    expect(planReportSchema.parse(JSON.parse(matched.stdout)).impact).toEqual([
      expect.objectContaining({
        entering: [
          { id: EAST, name: "EastCoastDivision", members: 1 },
          { id: "00gbso71miOMjxHRW0ha", name: "Sales", members: 1 },
        ],
        leaving: [{ id: WEST, name: "WestCoastDivision", members: 1 }],
        users: expect.objectContaining({ truncated: false }),
      }),
    ]);
  });

  it("a claim from GROUPS to an expression: the filter's groups leave, the allowlist's enter", async () => {
    emulator = await startExampleTenant();
    const expression = `      - { name: division, claimType: RESOURCE, valueType: EXPRESSION, value: 'getFilteredGroups(app.profile.groupwhitelist, "group.name", 5)', scopes: [profile] }\n`;
    const { report } = await impactOf(spec("[WestCoastDivision, Engineering]", expression));
    expect(report!.impact).toContainEqual(
      expect.objectContaining({
        claim: "division",
        cause: "both",
        entering: [{ id: ENGINEERING, name: "Engineering", members: 1 }],
        leaving: [],
        limit: { before: null, after: 5 },
        filter: { before: "STARTS_WITH West", after: null },
      }),
    );
  });

  it("no drift, no impact; and the counts cost no request of their own", async () => {
    emulator = await startExampleTenant();
    const file = spec("[WestCoastDivision]", GROUPS_CLAIM(40));
    const { report } = await impactOf(file);
    expect(report!.impact).toEqual([]);
    emulator.requests.length = 0;
    await impactOf(spec("[WestCoastDivision, EastCoastDivision]", GROUPS_CLAIM(40)));
    const groupReads = emulator.requests.filter((r) => r.path.startsWith("/api/v1/groups"));
    expect(groupReads).toHaveLength(1);
    expect(groupReads[0]!.path).toContain("expand=stats");
  });

  it("the markdown report has the impact table a reviewer reads at a glance", async () => {
    emulator = await startExampleTenant();
    const { stdout } = await impactOf(
      spec("[WestCoastDivision, EastCoastDivision]", GROUPS_CLAIM(40)),
      "markdown",
    );
    expect(stdout).toContain("#### Impact on tokens");
    expect(stdout).toContain("| App | Claim | Token | + groups | − groups | Users affected |");
    expect(stdout).toMatch(
      /\| <code>Sample Client<\/code> \| <code>groups<\/code> \| access \| EastCoastDivision \(00gbso71miOMjxHRW0h8\) · 1 user \| — \| up to 1 \|/,
    );
  });
});

describe("the embedded tenant serves what impact needs, as Okta does", () => {
  it("expand=stats gives _embedded.stats.usersCount; sortBy and sortOrder order a search", async () => {
    emulator = await startExampleTenant();
    const stats = await call(
      emulator,
      "GET",
      `/api/v1/groups?search=${encodeURIComponent(`id eq "${WEST}"`)}&expand=stats`,
    );
    expect(
      (stats.body as { _embedded: { stats: { usersCount: number } } }[])[0]!._embedded.stats.usersCount,
    ).toBe(1);
    const plain = await call(
      emulator,
      "GET",
      `/api/v1/groups?search=${encodeURIComponent(`id eq "${WEST}"`)}`,
    );
    expect((plain.body as object[])[0]).not.toHaveProperty("_embedded");
    const sorted = await call(
      emulator,
      "GET",
      `/api/v1/groups?search=${encodeURIComponent('type eq "OKTA_GROUP"')}&sortBy=profile.name&sortOrder=desc`,
    );
    const names = (sorted.body as { profile: { name: string } }[]).map((g) => g.profile.name);
    expect(names).toEqual([...names].sort().reverse());
  });
});

describe("--impact users", () => {
  const SMOKE = `smokeTests:
  - name: west user
    authorizationServer: ${SERVER}
    app: ${APP}
    grant: password
    clientSecretEnv: SMOKE_CLIENT_SECRET
    usernameEnv: SMOKE_USERNAME
    passwordEnv: SMOKE_PASSWORD
    scopes: [openid, groups]
    expect: { includes: [WestCoastDivision] }
`;
  const SMOKE_ENV = {
    SMOKE_CLIENT_SECRET: "demo-client-secret-0123456789",
    SMOKE_USERNAME: "west.user@example.com",
    SMOKE_PASSWORD: "Demo-Passw0rd!",
  };

  it("names the users who gain a group, exactly when the list is whole", async () => {
    emulator = await startExampleTenant();
    const file = spec("[WestCoastDivision, EastCoastDivision]", GROUPS_CLAIM(40));
    const result = await cli(
      ["plan", "--spec", file, "--org-url", emulator.url, "--format", "json", "--impact", "users"],
      {
        OKTA_API_TOKEN: API_TOKEN,
      },
    );
    const report = planReportSchema.parse(JSON.parse(result.stdout));
    expect(report.impact[0]!.users).toEqual({
      gaining: ["east.user@example.com"],
      losing: [],
      truncated: false,
    });
    const text = await cli(["plan", "--spec", file, "--org-url", emulator.url, "--impact", "users"], {
      OKTA_API_TOKEN: API_TOKEN,
    });
    expect(text.stdout).toContain(": 1 user(s) affected");
    expect(text.stdout).toContain("    gaining: east.user@example.com");
    // Without --impact users, no member list is read.
    emulator.requests.length = 0;
    await impactOf(file);
    expect(emulator.requests.filter((r) => /\/groups\/[^/]+\/users/.test(r.path))).toEqual([]);
  });

  it("stops at --impact-max-users and says so", async () => {
    emulator = await startExampleTenant();
    const west = [...emulator.store.users.values()].find((u) => u.profile.login === "west.user@example.com")!;
    emulator.store.groups.get(EAST)!.members.add(west.id);
    const file = spec("[WestCoastDivision, EastCoastDivision]", GROUPS_CLAIM(40));
    const result = await cli(
      ["plan", "--spec", file, "--org-url", emulator.url, "--impact", "users", "--impact-max-users", "1"],
      {
        OKTA_API_TOKEN: API_TOKEN,
      },
    );
    expect(result.stdout).toContain("(and more: the list stopped at --impact-max-users)");
    expect(result.stdout).toContain("up to 2 user(s) affected");
    const bad = await cli(["plan", "--spec", file, "--org-url", emulator.url, "--impact", "everyone"], {
      OKTA_API_TOKEN: API_TOKEN,
    });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--impact: expected none, users, groups or users,groups, not "everyone"');
  });

  it("a user in more allowlisted groups than the limit is an error; applied anyway, the smoke test shows the failure", async () => {
    emulator = await startExampleTenant();
    const file = spec("[WestCoastDivision, Engineering]", GROUPS_CLAIM(1));
    writeFileSync(file, `${readFileSync(file, "utf8")}${SMOKE}`);
    const plan = await cli(
      ["plan", "--spec", file, "--org-url", emulator.url, "--format", "json", "--impact", "users"],
      {
        OKTA_API_TOKEN: API_TOKEN,
      },
    );
    expect(plan.code).toBe(1);
    const findings = planReportSchema
      .parse(JSON.parse(plan.stdout))
      .lint.filter((f) => f.rule === "allowlist-over-limit");
    expect(findings.map((f) => [f.severity, f.message])).toEqual([
      [
        "warning",
        "2 groups allowlisted, but claim groups (RESOURCE) puts at most 1 in a token: a user in more than 1 of them gets an error, not a token",
      ],
      [
        "error",
        "west.user@example.com is in 2 of these groups, more than the limit 1 of claim groups (RESOURCE) for Sample Client: their token request fails",
      ],
    ]);
    // Applied regardless (apply does not lint), the user the plan named gets no token.
    expect(
      (await cli(["apply", "--spec", file, "--org-url", emulator.url], { OKTA_API_TOKEN: API_TOKEN })).code,
    ).toBe(0);
    const smoke = await cli(["smoke", "--spec", file, "--org-url", emulator.url], {
      OKTA_API_TOKEN: API_TOKEN,
      ...SMOKE_ENV,
    });
    expect(smoke.code).not.toBe(0);
    expect(smoke.stdout + smoke.stderr).toMatch(/more than the limit of 1/);
  });
});
