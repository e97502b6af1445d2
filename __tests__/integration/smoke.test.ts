import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { exportJWK, generateKeyPair } from "jose";
import { afterEach, describe, expect, it } from "vitest";
import { buildTenant, type Emulator, startEmulator } from "../../src/emulator/index.js";
import type { SmokeResult } from "../../src/model/smoke.js";
import { cli } from "../helpers/cli.js";
import { API_TOKEN, EXAMPLES, startExampleTenant } from "../helpers/tenant.js";

const SERVER = "ausain6z9zIedDCxB0h7";
const APP = "0oabskvc6442nkvQO0h7";
const SECRET = "demo-client-secret-0123456789";
const PASSWORD = "Demo-Passw0rd!";
const dir = mkdtempSync(join(tmpdir(), "okta-drift-smoke-"));

let emulator: Emulator;
afterEach(() => emulator?.close());

const ENV = {
  SMOKE_CLIENT_SECRET: SECRET,
  SMOKE_USERNAME: "west.user@example.com",
  SMOKE_PASSWORD: PASSWORD,
};

/** A spec around one smoke test; `test` is YAML for the test's own fields. */
function spec(name: string, test: string, extraClaims = ""): string {
  const file = join(dir, `${name}.yml`);
  writeFileSync(
    file,
    `version: 1
apps:
  - id: ${APP}
    profile:
      groupwhitelist: [WestCoastDivision]
authorizationServers:
  - id: ${SERVER}
    claims:
      - { name: groups, claimType: RESOURCE, valueType: EXPRESSION, value: 'getFilteredGroups(app.profile.groupwhitelist, "group.name", 40)', scopes: [groups] }
      - { name: groups, claimType: IDENTITY, valueType: EXPRESSION, value: 'getFilteredGroups(app.profile.groupwhitelist, "group.name", 20)', scopes: [groups] }
${extraClaims}smokeTests:
  - name: ${name}
    authorizationServer: ${SERVER}
    app: ${APP}
${test
  .trim()
  .split("\n")
  .map((l) => `    ${l}`)
  .join("\n")}
`,
  );
  return file;
}

const PASSWORD_GRANT = `grant: password
clientSecretEnv: SMOKE_CLIENT_SECRET
usernameEnv: SMOKE_USERNAME
passwordEnv: SMOKE_PASSWORD
scopes: [openid, groups]
audience: api://groups-demo
expect: { equals: [WestCoastDivision] }`;

async function smoke(file: string, env: Record<string, string> = ENV) {
  const text = await cli(["smoke", "--spec", file, "--org-url", emulator.url], env);
  const json = await cli(["smoke", "--spec", file, "--org-url", emulator.url, "--format", "json"], env);
  const results = (JSON.parse(json.stdout) as { results: SmokeResult[] }).results;
  // Never a token, a password or a secret, in any output.
  for (const out of [text.stdout, text.stderr, json.stdout, json.stderr]) {
    expect(out).not.toContain(PASSWORD);
    expect(out).not.toContain(SECRET);
    expect(out).not.toMatch(/eyJ[\w-]+\.eyJ/);
  }
  expect(json.code).toBe(text.code);
  return { ...text, result: results[0]! };
}

describe("okta-drift smoke: the seed's example passes by every grant", () => {
  it("password grant, access token: groups is [WestCoastDivision], verified", async () => {
    emulator = await startExampleTenant();
    const { code, stdout, result } = await smoke(spec("password", PASSWORD_GRANT));
    expect(code).toBe(0);
    expect(result.status).toBe("pass");
    expect(result.claims).toMatchObject({
      sub: "west.user@example.com",
      aud: "api://groups-demo",
      scp: ["openid", "groups"],
      value: ["WestCoastDivision"],
    });
    expect(String(result.claims!.jti)).toMatch(/^AT\./);
    expect(stdout).toContain("PASS  password");
    expect(stdout).toContain("groups=[WestCoastDivision]");
    expect(stdout).toContain("1 passed, 0 failed, 0 errored");
  });

  it("authorization_code without a browser (authn, authorize with PKCE, token), ID token with nonce", async () => {
    emulator = await startExampleTenant();
    const test = PASSWORD_GRANT.replace(
      "grant: password",
      "grant: authorization_code\nredirectUri: https://example.com/oauth2/callback",
    ).replace("audience: api://groups-demo\n", "token: id\n");
    const { code, result } = await smoke(spec("code", test));
    expect(result.problems).toEqual([]);
    expect(code).toBe(0);
    expect(result.claims).toMatchObject({ aud: APP, value: ["WestCoastDivision"] });
  });

  it("client_credentials: no user, no groups", async () => {
    emulator = await startExampleTenant();
    const { code, result } = await smoke(
      spec(
        "cc",
        "grant: client_credentials\nclientSecretEnv: SMOKE_CLIENT_SECRET\nscopes: [groups]\naudience: api://groups-demo\nexpect: { equals: [] }",
      ),
    );
    expect(result.problems).toEqual([]);
    expect(code).toBe(0);
    expect(result.claims!.sub).toBe(APP);
  });

  it("client_secret_post and private_key_jwt client authentication", async () => {
    emulator = await startExampleTenant();
    expect((await smoke(spec("post", `${PASSWORD_GRANT}\nclientAuth: client_secret_post`))).code).toBe(0);
    await emulator.close();

    const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
    const publicJwk = { ...(await exportJWK(publicKey)), kid: "k1", alg: "RS256", use: "sig" };
    const store = buildTenant({
      groups: [{ id: "00gbso71miOMjxHRW0h7", name: "WestCoastDivision" }],
      users: [{ login: "west.user@example.com", password: PASSWORD, groups: ["WestCoastDivision"] }],
      apps: [
        {
          id: APP,
          label: "JWT client",
          tokenEndpointAuthMethod: "private_key_jwt",
          jwks: [publicJwk],
          grantTypes: ["password"],
          profile: { groupwhitelist: ["00gbso71miOMjxHRW0h7"] },
          groups: ["WestCoastDivision"],
        },
      ],
      authorizationServers: [
        {
          id: SERVER,
          name: "Groups Demo",
          audience: "api://groups-demo",
          scopes: ["groups"],
          claims: [
            {
              name: "groups",
              claimType: "RESOURCE",
              valueType: "EXPRESSION",
              value: 'getFilteredGroups(app.profile.groupwhitelist, "group.name", 40)',
              scopes: ["groups"],
            },
          ],
          policies: [{ name: "p", rules: [{ name: "r", grantTypes: ["password"], groups: ["EVERYONE"] }] }],
        },
      ],
    });
    emulator = await startEmulator({ store, apiToken: API_TOKEN });
    const privateJwk = JSON.stringify({ ...(await exportJWK(privateKey)), kid: "k1", alg: "RS256" });
    const test = PASSWORD_GRANT.replace(
      "clientSecretEnv: SMOKE_CLIENT_SECRET",
      "clientAuth: private_key_jwt\nprivateKeyEnv: SMOKE_PRIVATE_KEY",
    );
    const { code, result, stdout } = await smoke(spec("jwt", test), {
      ...ENV,
      SMOKE_PRIVATE_KEY: privateJwk,
    });
    expect(result.problems).toEqual([]);
    expect(code).toBe(0);
    expect(stdout).not.toContain(JSON.parse(privateJwk).d);
  });

  it("reads the audience from Okta when the spec leaves it out", async () => {
    emulator = await startExampleTenant();
    const { code } = await smoke(
      spec("audience", PASSWORD_GRANT.replace("audience: api://groups-demo\n", "")),
      { ...ENV, OKTA_API_TOKEN: API_TOKEN },
    );
    expect(code).toBe(0);
    const without = await smoke(
      spec("audience2", PASSWORD_GRANT.replace("audience: api://groups-demo\n", "")),
    );
    expect(without.code).toBe(1);
    expect(without.result.problems[0]).toContain("set OKTA_API_TOKEN");
  });
});

describe("okta-drift smoke fails clearly", () => {
  it("when the user is not in an allowlisted group", async () => {
    emulator = await startExampleTenant();
    const { code, result } = await smoke(spec("east", PASSWORD_GRANT), {
      ...ENV,
      SMOKE_USERNAME: "east.user@example.com",
    });
    expect(code).toBe(2);
    expect(result.problems).toEqual([
      "groups: expected exactly [WestCoastDivision], got none (missing WestCoastDivision)",
    ]);
  });

  it("when the allowlist changed", async () => {
    emulator = await startExampleTenant();
    emulator.store.apps.get(APP)!.body.profile = { groupwhitelist: ["00gbso71miOMjxHRW0h9"] };
    const { code, result } = await smoke(
      spec(
        "changed",
        PASSWORD_GRANT.replace("equals: [WestCoastDivision]", "equals: [WestCoastDivision, Engineering]"),
      ),
    );
    expect(code).toBe(2);
    expect(result.problems).toEqual([
      "groups: expected exactly [WestCoastDivision, Engineering], got [Engineering] (missing WestCoastDivision)",
    ]);
  });

  it("when the token is signed by a key the server does not publish", async () => {
    emulator = await startExampleTenant();
    emulator.store.tokenTamper = { unpublishedKey: true };
    const { code, result } = await smoke(spec("rogue", PASSWORD_GRANT));
    expect(code).toBe(2);
    expect(result.problems).toEqual([
      "token verification failed: the token is signed with a key the server does not publish at its jwks_uri",
    ]);
  });

  it("when the issuer or the audience is wrong", async () => {
    emulator = await startExampleTenant();
    emulator.store.tokenTamper = { claims: { iss: "https://evil.example.com/oauth2/default" } };
    expect((await smoke(spec("iss", PASSWORD_GRANT))).result.problems).toEqual([
      "token verification failed: the token's iss is not the server's issuer",
    ]);
    emulator.store.tokenTamper = {};
    const aud = await smoke(
      spec("aud", PASSWORD_GRANT.replace("audience: api://groups-demo", "audience: api://someone-else")),
    );
    expect(aud.code).toBe(2);
    expect(aud.result.problems).toEqual([
      "token verification failed: the token's aud is not the expected audience",
    ]);
  });

  it("when the token has expired", async () => {
    emulator = await startExampleTenant();
    emulator.store.tokenTamper = { claims: { exp: Math.floor(Date.now() / 1000) - 3600 } };
    const { code, result } = await smoke(spec("expired", PASSWORD_GRANT));
    expect(code).toBe(2);
    expect(result.problems).toEqual(["token verification failed: the token has expired"]);
  });

  it("when the policy denies the grant (an error, exit 1, with Okta's words)", async () => {
    emulator = await startExampleTenant();
    for (const policy of emulator.store.servers.get(SERVER)!.policies.values()) {
      for (const rule of policy.rules.values()) rule.conditions.grantTypes.include = ["client_credentials"];
    }
    const { code, result } = await smoke(spec("denied", PASSWORD_GRANT));
    expect(code).toBe(1);
    expect(result.status).toBe("error");
    expect(result.problems[0]).toContain("400 access_denied: Policy evaluation failed for this request");
  });

  it("when the Authentication API is not there, pointing to the password grant", async () => {
    emulator = await startExampleTenant();
    emulator.store.authnApi = false;
    const test = PASSWORD_GRANT.replace(
      "grant: password",
      "grant: authorization_code\nredirectUri: https://example.com/oauth2/callback",
    );
    const { code, result } = await smoke(spec("no-authn", test));
    expect(code).toBe(1);
    expect(result.problems[0]).toContain("use grant: password");
  });

  it("when a variable the spec names is not set, naming the variable", async () => {
    emulator = await startExampleTenant();
    const { code, result } = await smoke(spec("unset", PASSWORD_GRANT), {
      SMOKE_CLIENT_SECRET: SECRET,
      SMOKE_USERNAME: "west.user@example.com",
    });
    expect(code).toBe(1);
    expect(result.problems).toEqual([
      'smoke test "unset": the environment variable SMOKE_PASSWORD (the password) is not set',
    ]);
  });

  it("when the claim holds more values than its limit", async () => {
    emulator = await startExampleTenant();
    const extra = `      - { name: all, claimType: RESOURCE, valueType: EXPRESSION, value: 'getFilteredGroups({"00gbso71miOMjxHRW0h7", "00gbso71miOMjxHRW0h9"}, "group.name", 1)' }\n`;
    // Okta would refuse this token itself; the emulator's claim has a looser limit than the spec says.
    const claim = [...emulator.store.servers.get(SERVER)!.claims.values()].find(
      (c) => c.name === "department",
    )!;
    claim.name = "all";
    claim.value = 'getFilteredGroups({"00gbso71miOMjxHRW0h7", "00gbso71miOMjxHRW0h9"}, "group.name", 5)';
    const { code, result } = await smoke(
      spec(
        "limit",
        PASSWORD_GRANT.replace("equals: [WestCoastDivision]", "includes: [WestCoastDivision]").replace(
          "scopes: [openid, groups]",
          "scopes: [openid, groups]\nclaim: all",
        ),
        extra,
      ),
    );
    expect(code).toBe(2);
    expect(result.problems).toEqual(["all: holds 2 values, more than the claim's limit of 1"]);
  });

  it("runs only the test --test names, and resolves a server named by name through the admin API", async () => {
    emulator = await startExampleTenant();
    const file = join(dir, "two.yml");
    writeFileSync(
      file,
      `version: 1
apps: [{ id: ${APP}, profile: { groupwhitelist: [WestCoastDivision] } }]
authorizationServers: [{ name: Groups Demo }]
smokeTests:
  - { name: one, authorizationServer: Groups Demo, app: ${APP}, grant: client_credentials, clientSecretEnv: SMOKE_CLIENT_SECRET, scopes: [groups], expect: { equals: [] } }
  - { name: two, authorizationServer: Groups Demo, app: ${APP}, grant: client_credentials, clientSecretEnv: SMOKE_CLIENT_SECRET, scopes: [groups], expect: { equals: [nope] } }
`,
    );
    const one = await cli(["smoke", "--spec", file, "--org-url", emulator.url, "--test", "one"], {
      ...ENV,
      OKTA_API_TOKEN: API_TOKEN,
    });
    expect(one.stdout).toContain("PASS  one");
    expect(one.stdout).not.toContain("two");
    expect(one.code).toBe(0);
    expect(emulator.requests.some((r) => r.path.startsWith("/api/v1/authorizationServers?q=Groups"))).toBe(
      true,
    );
    // Both tests name the same server: it is looked up once, and its metadata read once.
    emulator.requests.length = 0;
    const both = await cli(["smoke", "--spec", file, "--org-url", emulator.url], {
      ...ENV,
      OKTA_API_TOKEN: API_TOKEN,
    });
    expect(both.code).toBe(2);
    expect(
      emulator.requests.filter((r) => r.path.startsWith("/api/v1/authorizationServers?q=")),
    ).toHaveLength(1);
    expect(emulator.requests.filter((r) => r.path.includes("/.well-known/"))).toHaveLength(1);
    const missing = await cli(["smoke", "--spec", file, "--org-url", emulator.url, "--test", "three"], ENV);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no smoke test is named "three"');
  });

  it("the example spec's smoke test passes against the example tenant", async () => {
    emulator = await startExampleTenant();
    const result = await cli(
      ["smoke", "--spec", join(EXAMPLES, "okta-drift.yml"), "--org-url", emulator.url],
      { ...ENV, OKTA_API_TOKEN: API_TOKEN },
    );
    expect(result.stdout).toContain("1 passed, 0 failed, 0 errored");
    expect(result.code).toBe(0);
  });
});
