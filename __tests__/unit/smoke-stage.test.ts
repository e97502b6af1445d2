import { exportJWK, generateKeyPair, type JSONWebKeySet, SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { smoke } from "../../src/engine.js";
import type { OAuthGateway, ServerMetadata, TokenResponse } from "../../src/okta/oauth.js";
import { Secret } from "../../src/secret.js";
import { loadSpec } from "../../src/spec/load.js";
import { MemoryOkta } from "../helpers/memory-okta.js";

/**
 * Smoke tests against an in-memory admin gateway and an OAuth side that signs real tokens
 * (jose, a key of its own): how targets are found and what a verified token is checked for.
 */
const SERVER = "ausain6z9zIedDCxB0h7";
const APP = "0oabskvc6442nkvQO0h7";
const ORG = "https://memory.okta.test";

async function oauthSide(
  groups: string[],
  token: { exp?: boolean; iatOffsetSeconds?: number } = {},
): Promise<OAuthGateway & { tokenRequests: Record<string, string>[] }> {
  const { privateKey, publicKey } = await generateKeyPair("RS256");
  const jwk = { ...(await exportJWK(publicKey)), kid: "k1", alg: "RS256", use: "sig" };
  const tokenRequests: Record<string, string>[] = [];
  const issuer = `${ORG}/oauth2/${SERVER}`;
  return {
    orgUrl: new URL(ORG),
    tokenRequests,
    async metadata(serverId): Promise<ServerMetadata> {
      const base = `${ORG}/oauth2/${serverId}`;
      return {
        issuer: base,
        token_endpoint: `${base}/v1/token`,
        authorization_endpoint: `${base}/v1/authorize`,
        jwks_uri: `${base}/v1/keys`,
      };
    },
    async jwks(): Promise<JSONWebKeySet> {
      return { keys: [jwk] };
    },
    async token(_endpoint, form): Promise<TokenResponse> {
      tokenRequests.push(form);
      const jwt = new SignJWT({ groups, scp: form.scope?.split(" ") })
        .setProtectedHeader({ alg: "RS256", kid: "k1" })
        .setIssuer(issuer)
        .setAudience("api://Groups API")
        .setSubject("west.user@example.com")
        .setIssuedAt(Math.floor(Date.now() / 1000) + (token.iatOffsetSeconds ?? 0));
      if (token.exp !== false) jwt.setExpirationTime("5m");
      const access_token = await jwt.sign(privateKey);
      return { token_type: "Bearer", expires_in: 300, access_token };
    },
    async authn() {
      throw new Error("not used");
    },
    async authorize() {
      throw new Error("not used");
    },
  };
}

const spec = (app: string, server: string) =>
  loadSpec(
    "spec.yml",
    `version: 1
apps:
  - label: ${app}
    profile: { allow: [West] }
authorizationServers:
  - name: ${server}
    claims: [{ name: groups, claimType: RESOURCE, valueType: EXPRESSION, value: 'getFilteredGroups(app.profile.allow, "group.name", 1)' }]
smokeTests:
  - name: west
    authorizationServer: ${server}
    app: ${app}
    grant: password
    clientSecretEnv: S
    usernameEnv: U
    passwordEnv: P
    expect: { equals: [West] }
`,
  );

const secrets = () => ({
  clientSecret: new Secret("s"),
  username: "west.user@example.com",
  password: new Secret("p"),
});

function admin(): MemoryOkta {
  const okta = new MemoryOkta();
  okta.addApp({ id: APP, label: "Portal", credentials: { oauthClient: { client_id: "client-123" } } });
  okta.addServer(SERVER, "Groups API");
  return okta;
}

describe("smoke tests through the gateways", () => {
  it("finds the server by name and the client by label, then checks the verified token's claim", async () => {
    const oauth = await oauthSide(["West"]);
    const [result] = await smoke(spec("Portal", "Groups API"), { oauth, admin: admin(), secrets });
    expect(result).toMatchObject({ status: "pass", claims: { value: ["West"], aud: "api://Groups API" } });
    expect(oauth.tokenRequests[0]).toMatchObject({
      grant_type: "password",
      username: "west.user@example.com",
    });
  });

  it("checks the claim's limit and the expectation", async () => {
    const [result] = await smoke(spec("Portal", "Groups API"), {
      oauth: await oauthSide(["West", "East"]),
      admin: admin(),
      secrets,
    });
    expect(result!.status).toBe("fail");
    expect(result!.problems).toEqual([
      "groups: expected exactly [West], got [West, East] (unexpected East)",
      "groups: holds 2 values, more than the claim's limit of 1",
    ]);
  });

  it("refuses a token without an expiry, or issued in the future (#21.10)", async () => {
    for (const [token, says] of [
      [{ exp: false }, "token verification failed: the token has no exp claim"],
      [
        { iatOffsetSeconds: 3600 },
        "token verification failed: the token says it was issued in the future (iat)",
      ],
    ] as const) {
      const [result] = await smoke(spec("Portal", "Groups API"), {
        oauth: await oauthSide(["West"], token),
        admin: admin(),
        secrets,
      });
      expect(result).toMatchObject({ status: "fail", problems: [says] });
    }
  });

  it("a claim named like an Object.prototype member is absent unless the token has it", async () => {
    const loaded = loadSpec(
      "spec.yml",
      `version: 1
apps:
  - label: Portal
    profile: { allow: [West] }
authorizationServers:
  - name: Groups API
smokeTests:
  - { name: proto, authorizationServer: Groups API, app: Portal, grant: password, clientSecretEnv: S, usernameEnv: U, passwordEnv: P, claim: constructor, expect: { equals: [] } }
`,
    );
    const [result] = await smoke(loaded, { oauth: await oauthSide(["West"]), admin: admin(), secrets });
    expect(result).toMatchObject({ status: "pass", claims: { value: undefined } });
  });

  it("refuses a label two apps carry, as plan does, instead of taking the first", async () => {
    const okta = admin();
    okta.addApp({ id: "0oabskvc6442nkvQO0h8", label: "Portal" });
    const [result] = await smoke(spec("Portal", "Groups API"), {
      oauth: await oauthSide(["West"]),
      admin: okta,
      secrets,
    });
    expect(result).toMatchObject({
      status: "error",
      problems: [`2 apps are labelled "Portal" (${APP}, 0oabskvc6442nkvQO0h8); name the app by id`],
    });
  });

  it("says what it needs from the admin API when there are no credentials for it", async () => {
    const [result] = await smoke(spec("Portal", "Groups API"), {
      oauth: await oauthSide(["West"]),
      admin: undefined,
      secrets,
    });
    expect(result!.problems[0]).toBe(
      'smoke test "west" needs the server\'s ID from Okta: set OKTA_API_TOKEN (or say it in the spec)',
    );
  });
});
