import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Emulator } from "../../src/emulator/index.js";
import type { TokenTamper } from "../../src/emulator/store.js";
import type { SmokeResult } from "../../src/model/smoke.js";
import { cli } from "../helpers/cli.js";
import { API_TOKEN, startExampleTenant } from "../helpers/tenant.js";
import { reliabilitySection } from "./table.js";

/**
 * Token attacks: the embedded tenant mints each forgery a verifier must refuse, and smoke
 * (which checks a token only after verifying it) must fail the test with the reason, having
 * fetched keys only from the server's own jwks_uri.
 */
const dir = mkdtempSync(join(tmpdir(), "okta-drift-tokens-"));
let emulator: Emulator;
afterEach(() => emulator?.close());

const SPEC = join(dir, "okta-drift.yml");
writeFileSync(
  SPEC,
  `version: 1
apps:
  - id: 0oabskvc6442nkvQO0h7
    profile: { groupwhitelist: [WestCoastDivision] }
authorizationServers:
  - id: ausain6z9zIedDCxB0h7
smokeTests:
  - name: west
    authorizationServer: ausain6z9zIedDCxB0h7
    app: 0oabskvc6442nkvQO0h7
    grant: password
    clientSecretEnv: SMOKE_CLIENT_SECRET
    usernameEnv: SMOKE_USERNAME
    passwordEnv: SMOKE_PASSWORD
    scopes: [openid, groups]
    audience: api://groups-demo
    expect: { includes: [WestCoastDivision] }
`,
);
const ENV = {
  OKTA_API_TOKEN: API_TOKEN,
  SMOKE_CLIENT_SECRET: "demo-client-secret-0123456789",
  SMOKE_USERNAME: "west.user@example.com",
  SMOKE_PASSWORD: "Demo-Passw0rd!",
};

const now = () => Math.floor(Date.now() / 1000);
const CASES: { tried: string; tamper: () => TokenTamper; reason: string }[] = [
  {
    tried: "`alg: none`, no signature",
    tamper: () => ({ forge: "alg-none" }),
    reason: "the token's algorithm is not RS256",
  },
  {
    tried: "HS256 keyed with the server's public key",
    tamper: () => ({ forge: "hs256-public-key" }),
    reason: "the token's algorithm is not RS256",
  },
  {
    tried: "a `kid` the server does not publish",
    tamper: () => ({ forge: "unknown-kid" }),
    reason: "the token is signed with a key the server does not publish at its jwks_uri",
  },
  {
    tried: "signed by another key, `jku` pointing at its keys",
    tamper: () => ({ forge: "jku" }),
    reason: "the token is signed with a key the server does not publish at its jwks_uri",
  },
  {
    tried: "signed by another key, `x5u` pointing at its certificate",
    tamper: () => ({ forge: "x5u" }),
    reason: "the token is signed with a key the server does not publish at its jwks_uri",
  },
  {
    tried: "signed by another key, embedded as `jwk`",
    tamper: () => ({ forge: "jwk" }),
    reason: "the token is signed with a key the server does not publish at its jwks_uri",
  },
  {
    tried: "the right key id, but the JWKS publishes it as an EC key",
    tamper: () => ({ jwksWrongKeyType: true }),
    reason: "the token is signed with a key the server does not publish at its jwks_uri",
  },
  {
    tried: "another issuer",
    tamper: () => ({ claims: { iss: "https://attacker.example.com/oauth2/default" } }),
    reason: "the token's iss is not the server's issuer",
  },
  {
    tried: "another audience",
    tamper: () => ({ claims: { aud: "api://someone-else" } }),
    reason: "the token's aud is not the expected audience",
  },
  {
    tried: "expired an hour ago",
    tamper: () => ({ claims: { exp: now() - 3600 } }),
    reason: "the token has expired",
  },
  {
    tried: "not valid for another hour (`nbf`)",
    tamper: () => ({ claims: { nbf: now() + 3600 } }),
    reason: "the token is not valid yet (nbf)",
  },
  {
    tried: "issued an hour from now (`iat`)",
    tamper: () => ({ claims: { iat: now() + 3600 } }),
    reason: "the token says it was issued in the future (iat)",
  },
  {
    tried: "no `exp`",
    tamper: () => ({ claims: { exp: undefined } }),
    reason: "the token has no exp claim",
  },
];

const table = reliabilitySection("tokens", "Token attacks: smoke refuses each forgery", CASES.length);

describe("smoke refuses forged tokens", () => {
  it.each(CASES)("$tried", async ({ tried, tamper, reason }) => {
    emulator = await startExampleTenant();
    emulator.store.tokenTamper = tamper();
    const run = await cli(["smoke", "--spec", SPEC, "--org-url", emulator.url, "--format", "json"], ENV);
    expect(run.code).toBe(2);
    const [result] = (JSON.parse(run.stdout) as { results: SmokeResult[] }).results;
    expect(result!.status).toBe("fail");
    expect(result!.problems).toEqual([`token verification failed: ${reason}`]);
    // Keys came from the server's jwks_uri and nowhere else; nothing was written anywhere.
    const keyReads = emulator.requests.filter((r) => r.path.endsWith("/v1/keys")).map((r) => r.path);
    expect(keyReads).toEqual(["/oauth2/ausain6z9zIedDCxB0h7/v1/keys"]);
    expect(run.stdout + run.stderr).not.toMatch(/eyJ[\w-]+\.eyJ/);
    table.held({ tried, held: `failed the test: "${reason}"; keys read only from the server's jwks_uri` });
  });
});
