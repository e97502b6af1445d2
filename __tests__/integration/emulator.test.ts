import { createHash, randomBytes } from "node:crypto";
import {
  createRemoteJWKSet,
  decodeProtectedHeader,
  exportJWK,
  generateKeyPair,
  jwtVerify,
  SignJWT,
} from "jose";
import { afterEach, describe, expect, it } from "vitest";
import { buildTenant, type Emulator, startEmulator } from "../../src/emulator/index.js";
import { API_TOKEN, call, startExampleTenant } from "../helpers/tenant.js";

const SERVER = "ausain6z9zIedDCxB0h7";
const CLIENT = "0oabskvc6442nkvQO0h7";
const SECRET = "demo-client-secret-0123456789";
const WEST = { username: "west.user@example.com", password: "Demo-Passw0rd!" };

let emulator: Emulator;
afterEach(() => emulator?.close());

async function token(
  form: Record<string, string>,
  auth = `Basic ${Buffer.from(`${CLIENT}:${SECRET}`).toString("base64")}`,
) {
  const response = await fetch(`${emulator.url}/oauth2/${SERVER}/v1/token`, {
    method: "POST",
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      Accept: "application/json",
      Authorization: auth,
    },
    body: new URLSearchParams(form),
  });
  return { status: response.status, body: (await response.json()) as Record<string, string> };
}

async function verify(jwt: string, audience: string) {
  const jwks = createRemoteJWKSet(new URL(`${emulator.url}/oauth2/${SERVER}/v1/keys`));
  return (
    await jwtVerify(jwt, jwks, {
      issuer: `${emulator.url}/oauth2/${SERVER}`,
      audience,
      algorithms: ["RS256"],
    })
  ).payload;
}

describe("tokens", () => {
  it("mints the seed's example: a password grant whose access token verifies and holds ['WestCoastDivision']", async () => {
    emulator = await startExampleTenant();
    const { status, body } = await token({ grant_type: "password", scope: "openid groups", ...WEST });
    expect(status).toBe(200);
    const access = await verify(body.access_token!, "api://groups-demo");
    expect(access).toMatchObject({
      ver: 1,
      cid: CLIENT,
      scp: ["openid", "groups"],
      sub: WEST.username,
      groups: ["WestCoastDivision"],
    });
    expect(String(access.jti)).toMatch(/^AT\./);
    // The IDENTITY claim (limit 20) is evaluated for the ID token too.
    const id = await verify(body.id_token!, CLIENT);
    expect(id).toMatchObject({ groups: ["WestCoastDivision"] });
    expect(decodeProtectedHeader(body.access_token!).kid).toBeTruthy();
  });

  it("leaves out claims whose scope was not granted, and system claims follow their scopes", async () => {
    emulator = await startExampleTenant();
    const { body } = await token({ grant_type: "password", scope: "openid profile", ...WEST });
    const access = await verify(body.access_token!, "api://groups-demo");
    expect(access.groups).toBeUndefined();
    expect(access.division).toEqual(["WestCoastDivision"]); // GROUPS claim STARTS_WITH West, scope profile
    const id = await verify(body.id_token!, CLIENT);
    expect(id).toMatchObject({ name: "Wendy West", preferred_username: WEST.username });
    expect(id.given_name).toBeUndefined(); // alwaysIncludeInToken false: /userinfo only
  });

  it("client_credentials has no user and no groups", async () => {
    emulator = await startExampleTenant();
    const { status, body } = await token({ grant_type: "client_credentials", scope: "groups" });
    expect(status).toBe(200);
    const access = await verify(body.access_token!, "api://groups-demo");
    expect(access.sub).toBe(CLIENT);
    expect(access.uid).toBeUndefined();
    expect(access.groups).toEqual([]);
  });

  it("runs the headless authorization code flow with PKCE", async () => {
    emulator = await startExampleTenant();
    const authn = await call(emulator, "POST", "/api/v1/authn", WEST, {});
    expect(authn.status).toBe(200);
    const sessionToken = (authn.body as { sessionToken: string }).sessionToken;
    const verifier = randomBytes(32).toString("base64url");
    const challenge = createHash("sha256").update(verifier).digest("base64url");
    const params = new URLSearchParams({
      client_id: CLIENT,
      response_type: "code",
      scope: "openid groups",
      redirect_uri: "https://example.com/oauth2/callback",
      state: "s1",
      nonce: "n1",
      prompt: "none",
      sessionToken,
      code_challenge: challenge,
      code_challenge_method: "S256",
    });
    const redirect = await fetch(`${emulator.url}/oauth2/${SERVER}/v1/authorize?${params}`, {
      redirect: "manual",
    });
    expect(redirect.status).toBe(302);
    const location = new URL(redirect.headers.get("location")!);
    expect(location.searchParams.get("state")).toBe("s1");
    const code = location.searchParams.get("code")!;
    const exchanged = await token({
      grant_type: "authorization_code",
      code,
      redirect_uri: "https://example.com/oauth2/callback",
      code_verifier: verifier,
    });
    expect(exchanged.status).toBe(200);
    expect(await verify(exchanged.body.id_token!, CLIENT)).toMatchObject({
      nonce: "n1",
      groups: ["WestCoastDivision"],
    });
    // A code is good once.
    expect(
      (
        await token({
          grant_type: "authorization_code",
          code,
          redirect_uri: "https://example.com/oauth2/callback",
          code_verifier: verifier,
        })
      ).body,
    ).toEqual({
      error: "invalid_grant",
      error_description: "The authorization code is invalid or has expired.",
    });
  });

  it("answers token errors in the OAuth shape", async () => {
    emulator = await startExampleTenant();
    expect(
      (await token({ grant_type: "password", scope: "groups", username: WEST.username, password: "wrong" }))
        .body,
    ).toEqual({
      error: "invalid_grant",
      error_description: "The credentials provided were invalid.",
    });
    expect((await token({ grant_type: "password", ...WEST })).body.error).toBe("invalid_scope");
    expect(
      (
        await token(
          { grant_type: "password", scope: "groups", ...WEST },
          `Basic ${Buffer.from(`${CLIENT}:nope`).toString("base64")}`,
        )
      ).status,
    ).toBe(401);
    expect((await token({ grant_type: "device_code", scope: "groups" })).body.error).toBe(
      "unsupported_grant_type",
    );
  });

  it("fills a REGEX groups claim as Okta does (whole name, case-sensitive), and no pattern stalls it", async () => {
    const names = ["Eng-West", "eng-east", "Eng-West-Ops", "x".repeat(60)];
    const store = buildTenant({
      groups: names.map((name) => ({ name })),
      users: [{ login: "u@example.com", password: "pw", groups: names }],
      apps: [
        { id: CLIENT, label: "A", clientSecret: SECRET, grantTypes: ["password"], users: ["u@example.com"] },
      ],
      authorizationServers: [
        {
          id: SERVER,
          name: "S",
          audience: "api://s",
          claims: [
            {
              name: "eng",
              claimType: "RESOURCE",
              valueType: "GROUPS",
              group_filter_type: "REGEX",
              value: "Eng-[A-Za-z]+",
            },
            // Backtracking engines take 2^60 steps on the 60 x's; RE2 takes one pass.
            {
              name: "hostile",
              claimType: "RESOURCE",
              valueType: "GROUPS",
              group_filter_type: "REGEX",
              value: "(x+x+)+y",
            },
          ],
          policies: [{ name: "p", rules: [{ name: "r", grantTypes: ["password"], groups: ["EVERYONE"] }] }],
        },
      ],
    });
    emulator = await startEmulator({ store, apiToken: API_TOKEN });
    const { status, body } = await token({
      grant_type: "password",
      scope: "openid",
      username: "u@example.com",
      password: "pw",
    });
    expect(status).toBe(200);
    const access = await verify(body.access_token!, "api://s");
    expect(access.eng).toEqual(["Eng-West"]);
    expect(access.hostile).toEqual([]);
  });

  it("fails the token request when a user matches more groups than the limit", async () => {
    const groups = Array.from({ length: 3 }, (_, i) => ({ name: `G${i}` }));
    const store = buildTenant({
      groups,
      users: [{ login: "u@example.com", password: "pw", groups: groups.map((g) => g.name) }],
      apps: [
        {
          id: CLIENT,
          label: "A",
          clientSecret: SECRET,
          grantTypes: ["password"],
          profile: { allow: [] },
          users: ["u@example.com"],
        },
      ],
      authorizationServers: [
        {
          id: SERVER,
          name: "S",
          audience: "api://s",
          claims: [
            {
              name: "groups",
              claimType: "RESOURCE",
              valueType: "GROUPS",
              group_filter_type: "STARTS_WITH",
              value: "G",
            },
          ],
          policies: [{ name: "p", rules: [{ name: "r", grantTypes: ["password"], groups: ["EVERYONE"] }] }],
        },
      ],
    });
    const expression = [...store.servers.get(SERVER)!.claims.values()].find((c) => c.name === "groups")!;
    expression.valueType = "EXPRESSION";
    expression.value = `getFilteredGroups({${[...store.groups.values()].map((g) => `"${g.id}"`).join(", ")}}, "group.name", 2)`;
    emulator = await startEmulator({ store, apiToken: API_TOKEN });
    const { status, body } = await token({
      grant_type: "password",
      scope: "openid",
      username: "u@example.com",
      password: "pw",
    });
    expect(status).toBe(400);
    expect(body.error_description).toMatch(/more than the limit of 2/);
  });

  it("denies by policy with Okta's error", async () => {
    const store = buildTenant({
      users: [{ login: "u@example.com", password: "pw" }],
      apps: [
        { id: CLIENT, label: "A", clientSecret: SECRET, grantTypes: ["password"], users: ["u@example.com"] },
      ],
      authorizationServers: [
        {
          id: SERVER,
          name: "S",
          audience: "api://s",
          policies: [{ name: "p", rules: [{ name: "r", grantTypes: ["client_credentials"] }] }],
        },
      ],
    });
    emulator = await startEmulator({ store, apiToken: API_TOKEN });
    expect(
      (await token({ grant_type: "password", scope: "openid", username: "u@example.com", password: "pw" }))
        .body,
    ).toEqual({
      error: "access_denied",
      error_description: "Policy evaluation failed for this request, please check the policy configurations.",
    });
  });

  it("publishes rotated keys so older tokens still verify", async () => {
    emulator = await startExampleTenant();
    const before = await token({ grant_type: "password", scope: "groups", ...WEST });
    const rotated = await call(
      emulator,
      "POST",
      `/api/v1/authorizationServers/${SERVER}/credentials/lifecycle/keyRotate`,
    );
    expect(rotated.status).toBe(200);
    const after = await token({ grant_type: "password", scope: "groups", ...WEST });
    expect(decodeProtectedHeader(after.body.access_token!).kid).not.toBe(
      decodeProtectedHeader(before.body.access_token!).kid,
    );
    await verify(before.body.access_token!, "api://groups-demo");
    await verify(after.body.access_token!, "api://groups-demo");
  });
});

describe("service apps and refresh tokens", () => {
  it("gives a service app an okta.* bearer token (private_key_jwt) that the admin API accepts within its scopes", async () => {
    const { privateKey, publicKey } = await generateKeyPair("RS256");
    const jwk = { ...(await exportJWK(publicKey)), kid: "svc-key", alg: "RS256", use: "sig" };
    const store = buildTenant({
      groups: [{ name: "Readers" }],
      apps: [
        {
          id: "0oaservice00000000000",
          label: "svc",
          tokenEndpointAuthMethod: "private_key_jwt",
          grantTypes: ["client_credentials"],
          jwks: [jwk],
          oktaScopes: ["okta.groups.read"],
        },
      ],
    });
    emulator = await startEmulator({ store, apiToken: API_TOKEN });
    const tokenUrl = `${emulator.url}/oauth2/v1/token`;
    const assertion = await new SignJWT({})
      .setProtectedHeader({ alg: "RS256", kid: "svc-key" })
      .setIssuer("0oaservice00000000000")
      .setSubject("0oaservice00000000000")
      .setAudience(tokenUrl)
      .setIssuedAt()
      .setExpirationTime("5m")
      .setJti(randomBytes(8).toString("hex"))
      .sign(privateKey);
    const form = {
      grant_type: "client_credentials",
      scope: "okta.groups.read",
      client_assertion_type: "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
      client_assertion: assertion,
    };
    const response = await fetch(tokenUrl, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(form),
    });
    expect(response.status).toBe(200);
    const { access_token } = (await response.json()) as { access_token: string };
    const bearer = { Authorization: `Bearer ${access_token}` };
    expect((await call(emulator, "GET", "/api/v1/groups", undefined, bearer)).status).toBe(200);
    expect((await call(emulator, "GET", "/api/v1/apps", undefined, bearer)).status).toBe(403);
    expect(
      (await call(emulator, "GET", "/api/v1/groups", undefined, { Authorization: "Bearer not.a.jwt" }))
        .status,
    ).toBe(401);
    const denied = await fetch(tokenUrl, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ ...form, scope: "okta.apps.manage" }),
    });
    expect(((await denied.json()) as { error: string }).error).toBe("invalid_scope");
  });

  it("issues a refresh token for offline_access and honours it", async () => {
    emulator = await startExampleTenant();
    const first = await token({ grant_type: "password", scope: "openid groups offline_access", ...WEST });
    expect(first.body.refresh_token).toBeTruthy();
    const refreshed = await token({ grant_type: "refresh_token", refresh_token: first.body.refresh_token! });
    expect(refreshed.status).toBe(200);
    expect(await verify(refreshed.body.access_token!, "api://groups-demo")).toMatchObject({
      groups: ["WestCoastDivision"],
    });
  });
});

describe("admin API behaviour", () => {
  it("pages groups with Link headers and finds them exactly with search, by prefix with q", async () => {
    emulator = await startEmulator({
      store: buildTenant({
        groups: Array.from({ length: 25 }, (_, i) => ({ name: `Team ${String(i).padStart(2, "0")}` })),
      }),
      apiToken: API_TOKEN,
    });
    const seen: string[] = [];
    let next: string | undefined = "/api/v1/groups?limit=10";
    let pages = 0;
    while (next) {
      const response = await call(emulator, "GET", next);
      pages++;
      seen.push(...(response.body as { profile: { name: string } }[]).map((g) => g.profile.name));
      const link = response.headers.get("link") ?? "";
      const match = /<([^>]+)>; rel="next"/.exec(link);
      next = match ? new URL(match[1]!).pathname + new URL(match[1]!).search : undefined;
    }
    expect(pages).toBe(3);
    expect(seen).toHaveLength(26); // 25 + Everyone
    const search = await call(
      emulator,
      "GET",
      `/api/v1/groups?search=${encodeURIComponent('profile.name eq "Team 01" or profile.name eq "Team 02"')}`,
    );
    expect((search.body as { profile: { name: string } }[]).map((g) => g.profile.name).sort()).toEqual([
      "Team 01",
      "Team 02",
    ]);
    const q = await call(emulator, "GET", "/api/v1/groups?q=team%201");
    expect(q.headers.get("link")).toBeNull();
    expect((q.body as unknown[]).length).toBe(10);
  });

  it("counts a group's members and the apps it is assigned to under expand=stats", async () => {
    emulator = await startExampleTenant();
    const group = "00gbso71miOMjxHRW0h7";
    const assignedTo = () => [...emulator!.store.apps.values()].filter((a) => a.groups.has(group)).length;
    const stats = async () => {
      const query = `search=${encodeURIComponent(`id eq "${group}"`)}&expand=stats`;
      const found = await call(emulator!, "GET", `/api/v1/groups?${query}`);
      return (found.body as { _embedded: { stats: { usersCount: number; appsCount: number } } }[])[0]!
        ._embedded.stats;
    };
    const before = assignedTo();
    expect((await stats()).appsCount).toBe(before);
    const other = [...emulator.store.apps.values()].find((a) => !a.groups.has(group))!;
    expect((await call(emulator, "PUT", `/api/v1/apps/${other.id}/groups/${group}`, {})).status).toBe(200);
    expect(await stats()).toMatchObject({
      appsCount: before + 1,
      usersCount: emulator.store.groups.get(group)!.members.size,
    });
    expect((await call(emulator, "DELETE", `/api/v1/apps/${other.id}/groups/${group}`)).status).toBe(204);
    expect((await stats()).appsCount).toBe(before);
  });

  it("keeps the client secret on a PUT without it, never returns it on GET, and drops an omitted profile", async () => {
    emulator = await startExampleTenant();
    const app = (await call(emulator, "GET", `/api/v1/apps/${CLIENT}`)).body as Record<string, unknown> & {
      credentials: { oauthClient: Record<string, unknown> };
    };
    expect(app.credentials.oauthClient.client_secret).toBeUndefined();
    const { profile, ...withoutProfile } = app;
    expect(profile).toEqual({ groupwhitelist: ["00gbso71miOMjxHRW0h7"], theme: "dark" });
    const put = await call(emulator, "PUT", `/api/v1/apps/${CLIENT}`, withoutProfile);
    expect(put.status).toBe(200);
    expect((put.body as typeof app).credentials.oauthClient.client_secret).toBe(SECRET);
    expect((put.body as typeof app).profile).toBeUndefined();
    // The kept secret still authenticates the client.
    expect((await token({ grant_type: "password", scope: "openid", ...WEST })).status).toBe(200);
  });

  it("saves a claim with a bad expression and fails only when minting", async () => {
    emulator = await startExampleTenant();
    const claims = (await call(emulator, "GET", `/api/v1/authorizationServers/${SERVER}/claims`)).body as {
      id: string;
      name: string;
      claimType: string;
    }[];
    const groups = claims.find((c) => c.name === "groups" && c.claimType === "RESOURCE")!;
    const saved = await call(emulator, "PUT", `/api/v1/authorizationServers/${SERVER}/claims/${groups.id}`, {
      name: "groups",
      status: "ACTIVE",
      claimType: "RESOURCE",
      valueType: "EXPRESSION",
      value: "getFilteredGroups(app.profile.groupwhitelist, group.name, 40)",
      conditions: { scopes: ["groups"] },
    });
    expect(saved.status).toBe(200);
    const { status, body } = await token({ grant_type: "password", scope: "groups", ...WEST });
    expect(status).toBe(400);
    expect(body.error_description).toMatch(/'groups' claim could not be evaluated/);
  });

  it("refuses camelCase groupFilterType, as Okta does, and echoes conditions {} as scopes []", async () => {
    emulator = await startExampleTenant();
    const path = `/api/v1/authorizationServers/${SERVER}/claims`;
    const base = {
      name: "g",
      status: "ACTIVE",
      claimType: "RESOURCE",
      valueType: "GROUPS",
      value: "West",
      conditions: {},
    };
    const camel = await call(emulator, "POST", path, { ...base, groupFilterType: "STARTS_WITH" });
    expect(camel.status).toBe(400);
    expect(camel.body).toMatchObject({ errorCode: "E0000001", errorSummary: "Api validation failed: claim" });
    const snake = await call(emulator, "POST", path, { ...base, group_filter_type: "STARTS_WITH" });
    expect(snake.status).toBe(201);
    expect(snake.body).toMatchObject({
      conditions: { scopes: [] },
      group_filter_type: "STARTS_WITH",
      apiResourceId: null,
    });
  });

  it("starts a new server with Okta's 19 system claims, which cannot be deleted", async () => {
    emulator = await startExampleTenant();
    const created = await call(emulator, "POST", "/api/v1/authorizationServers", {
      name: "New",
      description: "d",
      audiences: ["api://new"],
    });
    expect(created.status).toBe(201);
    const claims = (
      await call(
        emulator,
        "GET",
        `/api/v1/authorizationServers/${(created.body as { id: string }).id}/claims`,
      )
    ).body as { id: string; system: boolean; value?: string; name: string }[];
    expect(claims).toHaveLength(19);
    expect(claims.every((c) => c.system)).toBe(true);
    expect(claims.filter((c) => c.value !== undefined).map((c) => c.name)).toEqual(["sub"]);
    const del = await call(
      emulator,
      "DELETE",
      `/api/v1/authorizationServers/${(created.body as { id: string }).id}/claims/${claims[0]!.id}`,
    );
    expect(del.status).toBe(403);
  });

  it("rejects a bad SSWS token with E0000011 and sends rate-limit headers and a request id", async () => {
    emulator = await startExampleTenant();
    const bad = await call(emulator, "GET", "/api/v1/groups", undefined, { Authorization: "SSWS wrong" });
    expect(bad.status).toBe(401);
    expect(bad.body).toMatchObject({
      errorCode: "E0000011",
      errorSummary: "Invalid token provided",
      errorLink: "E0000011",
      errorCauses: [],
    });
    const ok = await call(emulator, "GET", "/api/v1/groups");
    expect(Number(ok.headers.get("x-rate-limit-limit"))).toBe(600);
    expect(Number(ok.headers.get("x-rate-limit-reset"))).toBeGreaterThan(Date.now() / 1000);
    expect(ok.headers.get("x-okta-request-id")).toBeTruthy();
  });

  it("answers 429 with E0000047 past the limit, and serves again after the reset", async () => {
    emulator = await startExampleTenant({ rateLimits: { windowMs: 1000, limits: { groups: 2 } } });
    expect((await call(emulator, "GET", "/api/v1/groups")).status).toBe(200);
    const last = await call(emulator, "GET", "/api/v1/groups");
    expect(last.headers.get("x-rate-limit-remaining")).toBe("0");
    const limited = await call(emulator, "GET", "/api/v1/groups");
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ errorCode: "E0000047" });
    await new Promise((r) =>
      setTimeout(r, Number(limited.headers.get("x-rate-limit-reset")) * 1000 - Date.now() + 50),
    );
    expect((await call(emulator, "GET", "/api/v1/groups")).status).toBe(200);
  });

  it("answers 429 beyond Okta's concurrent limit, with zeroed rate headers", async () => {
    emulator = await startExampleTenant({ concurrencyLimit: 2, latencyMs: 100 });
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => call(emulator, "GET", "/api/v1/groups")),
    );
    const limited = answers.filter((a) => a.status === 429);
    expect(limited.length).toBe(3);
    expect(limited[0]!.headers.get("x-rate-limit-limit")).toBe("0");
    expect(limited[0]!.body).toMatchObject({ errorCode: "E0000047" });
  });

  it("injects 5xx errors, connection resets and latency", async () => {
    emulator = await startExampleTenant();
    emulator.faults.add({ path: "/api/v1/groups", status: 503, times: 1 });
    expect((await call(emulator, "GET", "/api/v1/groups")).status).toBe(503);
    expect((await call(emulator, "GET", "/api/v1/groups")).status).toBe(200);
    emulator.faults.add({ path: "/api/v1/groups", reset: "before" });
    await expect(call(emulator, "GET", "/api/v1/groups")).rejects.toThrow();
    emulator.faults.add({ method: "POST", path: "/api/v1/groups", reset: "after" });
    await expect(
      call(emulator, "POST", "/api/v1/groups", { profile: { name: "Written" } }),
    ).rejects.toThrow();
    // The write happened although the reply was lost.
    const search = await call(
      emulator,
      "GET",
      `/api/v1/groups?search=${encodeURIComponent('profile.name eq "Written"')}`,
    );
    expect(search.body).toHaveLength(1);
    emulator.faults.add({ path: "/api/v1/groups", delayMs: 150 });
    const started = Date.now();
    await call(emulator, "GET", "/api/v1/groups");
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });
});
