import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SignJWT } from "jose";
import { afterEach, describe, expect, it } from "vitest";
import { type Emulator, loadTenantYaml, startEmulator } from "../../src/emulator/index.js";
import { OktaClient } from "../../src/okta/client.js";
import { serviceApp } from "../../src/okta/credentials.js";
import { DpopKey } from "../../src/okta/dpop.js";
import { OktaApiError } from "../../src/okta/errors.js";
import { Secret } from "../../src/secret.js";
import { cli } from "../helpers/cli.js";
import { API_TOKEN, addServiceApp, EXAMPLES } from "../helpers/tenant.js";

/**
 * "Require DPoP", on by default for Okta's new API service apps: the token request carries a
 * proof (a second one with Okta's nonce), and every admin request a proof of its own by the
 * same key, bound to the token by its hash. The embedded tenant enforces it, so these run the
 * real code path over HTTP.
 */
let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

const SCOPES = [
  "okta.apps.read",
  "okta.apps.manage",
  "okta.groups.read",
  "okta.authorizationServers.read",
  "okta.authorizationServers.manage",
];
const SPEC = join(EXAMPLES, "okta-drift.yml");

async function tenant(dpop: boolean, scopes = SCOPES) {
  const { store } = loadTenantYaml(readFileSync(join(EXAMPLES, "tenant.yml"), "utf8"));
  const env = await addServiceApp(store, scopes, { dpop });
  emulator = await startEmulator({ store, apiToken: API_TOKEN });
  return env;
}

const tokenCalls = () => emulator!.requests.filter((r) => r.path === "/oauth2/v1/token").map((r) => r.status);
const adminCalls = () => emulator!.requests.filter((r) => r.path.startsWith("/api/v1/"));

/** A DPoP-bound token for the service app, got as okta-drift gets it, and its key. */
async function boundToken(env: { OKTA_CLIENT_ID: string; OKTA_PRIVATE_KEY: string }) {
  const org = new URL(emulator!.url);
  const credentials = serviceApp(org, env.OKTA_CLIENT_ID, new Secret(env.OKTA_PRIVATE_KEY), [
    "okta.apps.read",
  ]);
  const url = new URL("/api/v1/apps/0oabskvc6442nkvQO0h7", org);
  const headers = await credentials.headers("GET", url);
  return { url, headers, token: headers.authorization!.replace(/^DPoP /, "") };
}

const get = (url: URL, headers: Record<string, string>) =>
  fetch(url, { headers: { Accept: "application/json", ...headers } }).then(async (r) => ({
    status: r.status,
    body: (await r.json()) as Record<string, unknown>,
  }));

describe("a service app that requires DPoP", () => {
  it("plans and applies: the token request learns DPoP and the nonce, every admin request has its proof", async () => {
    const env = await tenant(true);
    const planned = await cli(["plan", "--spec", SPEC, "--org-url", emulator!.url], env);
    expect(planned.code, planned.stderr).toBe(2);
    // Without a proof; with one but no nonce; with the nonce.
    expect(tokenCalls()).toEqual([400, 400, 200]);
    expect(adminCalls().length).toBeGreaterThan(0);
    expect(adminCalls().filter((r) => r.status !== 200)).toEqual([]);

    const applied = await cli(["apply", "--spec", SPEC, "--org-url", emulator!.url], env);
    expect(applied.code, applied.stderr).toBe(0);
    expect(emulator!.requests.filter((r) => r.method === "PUT" && r.status === 200).length).toBeGreaterThan(
      0,
    );
    expect((await cli(["plan", "--spec", SPEC, "--org-url", emulator!.url], env)).code).toBe(0);
    const d = (JSON.parse(env.OKTA_PRIVATE_KEY) as { d: string }).d;
    for (const out of [planned.stdout, planned.stderr, applied.stdout, applied.stderr]) {
      expect(out).not.toContain(d.slice(0, 16));
      expect(out).not.toMatch(/eyJ[\w-]+\.eyJ/);
    }
  });

  it("an app without DPoP still gets a plain bearer token in one request", async () => {
    const env = await tenant(false);
    expect((await cli(["plan", "--spec", SPEC, "--org-url", emulator!.url], env)).code).toBe(2);
    expect(tokenCalls()).toEqual([200]);
  });
});

describe("the embedded tenant enforces DPoP as Okta does", () => {
  it("accepts the right proof once, and refuses every other way of using the token", async () => {
    const env = await tenant(true);
    const { url, headers, token } = await boundToken(env);
    expect(headers.authorization).toMatch(/^DPoP /);
    expect((await get(url, headers)).status).toBe(200);

    // The same proof again: a replay.
    const replay = await get(url, headers);
    expect(replay).toMatchObject({ status: 400, body: { error: "invalid_dpop_proof" } });
    // The token as a bearer token, or without a proof.
    expect((await get(url, { authorization: `Bearer ${token}` })).status).toBe(401);
    expect((await get(url, { authorization: `DPoP ${token}` })).body.error).toBe("invalid_dpop_proof");
    // A proof by another key, for another URL, or without the token's hash.
    const other = await DpopKey.create();
    for (const proof of [
      await other.proof("GET", url, { accessToken: token }),
      await other.proof("GET", new URL("/api/v1/groups", url), { accessToken: token }),
      await (await DpopKey.create()).proof("GET", url),
    ])
      expect((await get(url, { authorization: `DPoP ${token}`, dpop: proof })).status).toBe(400);
    // alg none, and a proof that carries a private key.
    const none = `${Buffer.from(JSON.stringify({ typ: "dpop+jwt", alg: "none", jwk: {} })).toString("base64url")}.${Buffer.from(JSON.stringify({ htm: "GET", htu: url.href, iat: Math.floor(Date.now() / 1000), jti: "x" })).toString("base64url")}.`;
    expect((await get(url, { authorization: `DPoP ${token}`, dpop: none })).body.error).toBe(
      "invalid_dpop_proof",
    );
    const hs = await new SignJWT({ htm: "GET", htu: url.href, jti: "y" })
      .setProtectedHeader({ typ: "dpop+jwt", alg: "HS256", jwk: JSON.parse(`{"kty":"oct","k":"c2VjcmV0"}`) })
      .setIssuedAt()
      .sign(new TextEncoder().encode("secret"));
    expect((await get(url, { authorization: `DPoP ${token}`, dpop: hs })).body.error).toBe(
      "invalid_dpop_proof",
    );
  });
});

describe("a 403 names the scope the request needs", () => {
  it("says which okta.* scope the service app lacks", async () => {
    const env = await tenant(true, ["okta.apps.read", "okta.groups.read"]);
    const org = new URL(emulator!.url);
    const client = new OktaClient({
      orgUrl: org,
      credentials: serviceApp(org, env.OKTA_CLIENT_ID, new Secret(env.OKTA_PRIVATE_KEY), ["okta.apps.read"]),
    });
    const error = await client.get("/api/v1/groups").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OktaApiError);
    expect((error as OktaApiError).status).toBe(403);
    expect((error as OktaApiError).message).toContain(
      `cause: the service app ${env.OKTA_CLIENT_ID} asked for okta.apps.read; this request needs okta.groups.read (grant it on the app's Okta API Scopes tab)`,
    );
  });
});
