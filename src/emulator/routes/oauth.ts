import { createHash } from "node:crypto";
import { createLocalJWKSet, jwtVerify, SignJWT } from "jose";
import { json, OAuthHttpError, OktaHttpError, type Reply } from "../http.js";
import { mintTokens } from "../mint.js";
import {
  assertGrantAllowed,
  authenticateClient,
  clientIdOf,
  evaluatePolicy,
  redirectUris,
  requestedScopes,
} from "../oauth-checks.js";
import type { Context, Route } from "../router.js";
import { type AppRecord, oktaTime, randomToken, type ServerRecord, type UserRecord } from "../store.js";
import { RESERVED_SCOPES } from "../system-objects.js";

const PUBLIC = { admin: false } as const;
/** The org authorization server's key set, for okta.* bearer tokens of service apps. */
const ORG_KEYS = "org";

function activeServer(ctx: Context): ServerRecord {
  const server = ctx.store.servers.get(ctx.params.serverId!);
  if (server?.status !== "ACTIVE")
    throw new OktaHttpError(
      404,
      "E0000007",
      `Not found: Resource not found: ${ctx.params.serverId} (AuthorizationServer)`,
    );
  return server;
}

function metadata(ctx: Context, openid: boolean) {
  const server = activeServer(ctx);
  const issuer = `${ctx.org}/oauth2/${server.id}`;
  const scopes = [
    ...RESERVED_SCOPES,
    ...[...server.scopes.values()]
      .filter((s) => s.metadataPublish === "ALL_CLIENTS" && !s.system)
      .map((s) => s.name),
  ];
  const common = {
    issuer,
    authorization_endpoint: `${issuer}/v1/authorize`,
    token_endpoint: `${issuer}/v1/token`,
    jwks_uri: `${issuer}/v1/keys`,
    response_types_supported: [
      "code",
      "id_token",
      "code id_token",
      "code token",
      "id_token token",
      "code id_token token",
    ],
    response_modes_supported: ["query", "fragment", "form_post", "okta_post_message"],
    grant_types_supported: [
      "authorization_code",
      "implicit",
      "refresh_token",
      "password",
      ...(openid ? [] : ["client_credentials"]),
    ],
    scopes_supported: scopes,
    token_endpoint_auth_methods_supported: [
      "client_secret_basic",
      "client_secret_post",
      "client_secret_jwt",
      "private_key_jwt",
      "none",
    ],
    code_challenge_methods_supported: ["S256"],
    introspection_endpoint: `${issuer}/v1/introspect`,
    revocation_endpoint: `${issuer}/v1/revoke`,
    end_session_endpoint: `${issuer}/v1/logout`,
    request_parameter_supported: true,
    request_object_signing_alg_values_supported: [
      "HS256",
      "HS384",
      "HS512",
      "RS256",
      "RS384",
      "RS512",
      "ES256",
      "ES384",
      "ES512",
    ],
  };
  if (!openid)
    return json(200, {
      ...common,
      claims_supported: ["ver", "jti", "iss", "aud", "iat", "exp", "cid", "uid", "scp", "sub"],
    });
  return json(200, {
    ...common,
    userinfo_endpoint: `${issuer}/v1/userinfo`,
    subject_types_supported: ["public"],
    id_token_signing_alg_values_supported: ["RS256"],
    claims_supported: [
      "iss",
      "ver",
      "sub",
      "aud",
      "iat",
      "exp",
      "jti",
      "auth_time",
      "amr",
      "idp",
      "nonce",
      "name",
      "nickname",
      "preferred_username",
      "given_name",
      "family_name",
      "email",
      "email_verified",
      "profile",
      "zoneinfo",
      "locale",
      "address",
      "phone_number",
      "picture",
      "website",
      "gender",
      "birthdate",
      "updated_at",
      "at_hash",
      "c_hash",
    ],
  });
}

async function token(ctx: Context): Promise<Reply> {
  const server = activeServer(ctx);
  const form = await ctx.form();
  const tokenUrl = `${ctx.org}/oauth2/${server.id}/v1/token`;
  const app = await authenticateClient(
    ctx.store,
    { authorization: ctx.req.headers.authorization },
    form,
    tokenUrl,
  );
  const grantType = form.get("grant_type") ?? "";
  if (!["password", "client_credentials", "authorization_code", "refresh_token"].includes(grantType)) {
    throw new OAuthHttpError(400, "unsupported_grant_type", "The grant type in the request isn't supported.");
  }
  assertGrantAllowed(app, grantType);

  let user: UserRecord | undefined;
  let scopes: string[];
  let nonce: string | undefined;
  if (grantType === "password") {
    scopes = requestedScopes(server, form.get("scope"), grantType);
    user = passwordUser(ctx, form.get("username"), form.get("password"));
    assertAssigned(ctx, app, user);
  } else if (grantType === "client_credentials") {
    scopes = requestedScopes(server, form.get("scope"), grantType);
  } else if (grantType === "authorization_code") {
    const code = redeemCode(ctx, server, app, form);
    user = ctx.store.users.get(code.userId);
    scopes = code.scopes;
    nonce = code.nonce;
  } else {
    const refresh = ctx.store.refreshTokens.get(form.get("refresh_token") ?? "");
    if (!refresh || refresh.expiresAt < Date.now() || refresh.serverId !== server.id) {
      throw new OAuthHttpError(400, "invalid_grant", "The refresh token is invalid or expired.");
    }
    if (refresh.clientId !== clientIdOf(app))
      throw new OAuthHttpError(400, "invalid_grant", "The refresh token was issued to another client.");
    user = refresh.userId ? ctx.store.users.get(refresh.userId) : undefined;
    scopes = refresh.scopes;
  }
  const rule = evaluatePolicy(ctx.store, server, app, grantType, user, scopes);
  return json(
    200,
    await mintTokens(ctx.store, ctx.keys, ctx.org, { server, app, user, scopes }, rule, { nonce }),
    {
      "Cache-Control": "no-cache, no-store",
      Pragma: "no-cache",
    },
  );
}

function passwordUser(ctx: Context, username: string | null, password: string | null): UserRecord {
  const user = username ? ctx.store.userByLogin(username) : undefined;
  if (user?.status !== "ACTIVE" || user.password === undefined || user.password !== password) {
    throw new OAuthHttpError(400, "invalid_grant", "The credentials provided were invalid.");
  }
  return user;
}

function assertAssigned(ctx: Context, app: AppRecord, user: UserRecord): void {
  if (!ctx.store.isAssigned(app, user.id))
    throw new OAuthHttpError(400, "access_denied", "User isn't assigned to the client app.");
}

function redeemCode(ctx: Context, server: ServerRecord, app: AppRecord, form: URLSearchParams) {
  const value = form.get("code") ?? "";
  const code = ctx.store.authCodes.get(value);
  ctx.store.authCodes.delete(value);
  if (!code || code.expiresAt < Date.now() || code.serverId !== server.id) {
    throw new OAuthHttpError(400, "invalid_grant", "The authorization code is invalid or has expired.");
  }
  if (code.clientId !== clientIdOf(app)) {
    throw new OAuthHttpError(
      400,
      "invalid_grant",
      "The grant was issued to another client. Ensure that the `client_id` matches the one used at the authorize request.",
    );
  }
  if (form.get("redirect_uri") !== code.redirectUri) {
    throw new OAuthHttpError(
      400,
      "invalid_grant",
      "The redirect_uri does not match the redirect_uri used in the authorization request.",
    );
  }
  if (code.codeChallenge !== undefined) {
    const verifier = form.get("code_verifier") ?? "";
    if (createHash("sha256").update(verifier).digest("base64url") !== code.codeChallenge) {
      throw new OAuthHttpError(400, "invalid_grant", "PKCE verification failed.");
    }
  }
  return code;
}

/** `/v1/authorize` for the headless code flow: a sessionToken instead of a browser session. */
function authorize(ctx: Context): Reply {
  const server = activeServer(ctx);
  const q = ctx.url.searchParams;
  const app = ctx.store.appByClientId(q.get("client_id") ?? "");
  if (app?.status !== "ACTIVE")
    throw new OAuthHttpError(400, "invalid_client", "Invalid value for the `client_id` parameter");
  const redirectUri = q.get("redirect_uri") ?? "";
  if (!redirectUris(app).includes(redirectUri)) {
    throw new OAuthHttpError(
      400,
      "invalid_request",
      "The 'redirect_uri' parameter must be a Login redirect URI in the client app settings",
    );
  }
  const redirect = (params: Record<string, string>) => {
    const target = new URL(redirectUri);
    for (const [k, v] of Object.entries(params)) target.searchParams.set(k, v);
    const state = q.get("state");
    if (state !== null) target.searchParams.set("state", state);
    return { status: 302, headers: { Location: target.toString() } };
  };
  const fail = (error: string, description: string) => redirect({ error, error_description: description });

  if (q.get("response_type") !== "code")
    return fail("unsupported_response_type", "The response type contained in the request isn't supported.");
  if (q.get("state") === null) return fail("invalid_request", "The 'state' parameter is required.");
  const challenge = q.get("code_challenge") ?? undefined;
  if (challenge !== undefined && q.get("code_challenge_method") !== "S256")
    return fail("invalid_request", "The code_challenge_method must be S256.");

  const sessionToken = q.get("sessionToken") ?? "";
  const session = ctx.store.sessionTokens.get(sessionToken);
  ctx.store.sessionTokens.delete(sessionToken);
  if (!session || session.expiresAt < Date.now())
    return fail("login_required", "The client specified not to prompt, but the user is not logged in.");
  const user = ctx.store.users.get(session.userId)!;

  try {
    assertGrantAllowed(app, "authorization_code");
    const scopes = requestedScopes(server, q.get("scope"), "authorization_code");
    assertAssigned(ctx, app, user);
    evaluatePolicy(ctx.store, server, app, "authorization_code", user, scopes);
    const code = randomToken(24);
    ctx.store.authCodes.set(code, {
      serverId: server.id,
      clientId: clientIdOf(app),
      userId: user.id,
      redirectUri,
      scopes,
      nonce: q.get("nonce") ?? undefined,
      codeChallenge: challenge,
      expiresAt: Date.now() + 60_000,
    });
    return redirect({ code });
  } catch (error) {
    if (error instanceof OAuthHttpError) return fail(error.error, error.description);
    throw error;
  }
}

/** The Classic Engine Authentication API: primary authentication for a session token. */
async function authn(ctx: Context): Promise<Reply> {
  if (!ctx.store.authnApi)
    throw new OktaHttpError(404, "E0000007", "Not found: Resource not found: /api/v1/authn (Endpoint)");
  const body = await ctx.json();
  const user = typeof body.username === "string" ? ctx.store.userByLogin(body.username) : undefined;
  if (user?.status !== "ACTIVE" || user.password === undefined || user.password !== body.password) {
    throw new OktaHttpError(401, "E0000004", "Authentication failed");
  }
  const sessionToken = randomToken(30);
  const expiresAt = Date.now() + 5 * 60_000;
  ctx.store.sessionTokens.set(sessionToken, { userId: user.id, expiresAt });
  user.lastLogin = oktaTime(ctx.now());
  const { login, firstName, lastName } = user.profile;
  return json(200, {
    expiresAt: oktaTime(new Date(expiresAt)),
    status: "SUCCESS",
    sessionToken,
    _embedded: {
      user: {
        id: user.id,
        passwordChanged: user.passwordChanged,
        profile: { login, firstName, lastName, locale: "en", timeZone: "America/Los_Angeles" },
      },
    },
  });
}

/** The org authorization server's client_credentials grant for service apps (private_key_jwt only). */
async function orgToken(ctx: Context): Promise<Reply> {
  const form = await ctx.form();
  if (form.get("grant_type") !== "client_credentials")
    throw new OAuthHttpError(400, "unsupported_grant_type", "The grant type in the request isn't supported.");
  if (form.get("client_assertion") === null) {
    throw new OAuthHttpError(
      400,
      "invalid_client",
      "The `private_key_jwt` client authentication method is the only supported method for OAuth service apps.",
    );
  }
  const app = await authenticateClient(
    ctx.store,
    { authorization: undefined },
    form,
    `${ctx.org}/oauth2/v1/token`,
  );
  const requested = (form.get("scope") ?? "").split(/\s+/).filter(Boolean);
  const granted = ctx.store.oktaScopeGrants.get(app.id) ?? [];
  if (requested.length === 0 || requested.some((s) => !granted.includes(s))) {
    throw new OAuthHttpError(
      400,
      "invalid_scope",
      "The following scopes are not granted to the client: " +
        requested.filter((s) => !granted.includes(s)).join(" "),
    );
  }
  const key = await ctx.keys.signingKey(ORG_KEYS);
  const now = Math.floor(Date.now() / 1000);
  const accessToken = await new SignJWT({
    ver: 1,
    jti: `AT.${randomToken(32)}`,
    iss: ctx.org,
    aud: ctx.org,
    cid: clientIdOf(app),
    scp: requested,
    sub: clientIdOf(app),
  })
    .setProtectedHeader({ alg: "RS256", kid: key.kid })
    .setIssuedAt(now)
    .setExpirationTime(now + 3600)
    .sign(key.privateKey);
  return json(200, {
    token_type: "Bearer",
    expires_in: 3600,
    access_token: accessToken,
    scope: requested.join(" "),
  });
}

/** Verifies an org-issued bearer token and returns its scopes. */
export async function verifyAdminBearer(ctx: Context, accessToken: string): Promise<string[]> {
  const { payload } = await jwtVerify(accessToken, createLocalJWKSet(await ctx.keys.jwks(ORG_KEYS)), {
    issuer: ctx.org,
    audience: ctx.org,
    algorithms: ["RS256"],
  });
  return Array.isArray(payload.scp) ? payload.scp.map(String) : [];
}

export function oauthRoutes(): Route[] {
  const base = "/oauth2/:serverId";
  return [
    {
      method: "GET",
      pattern: `${base}/.well-known/openid-configuration`,
      family: "unlimited",
      access: PUBLIC,
      handle: (ctx) => metadata(ctx, true),
    },
    {
      method: "GET",
      pattern: `${base}/.well-known/oauth-authorization-server`,
      family: "unlimited",
      access: PUBLIC,
      handle: (ctx) => metadata(ctx, false),
    },
    {
      method: "GET",
      pattern: `${base}/v1/keys`,
      family: "unlimited",
      access: PUBLIC,
      handle: async (ctx) => json(200, await ctx.keys.jwks(activeServer(ctx).id)),
    },
    { method: "POST", pattern: `${base}/v1/token`, family: "token", access: PUBLIC, handle: token },
    { method: "GET", pattern: `${base}/v1/authorize`, family: "token", access: PUBLIC, handle: authorize },
    { method: "POST", pattern: "/api/v1/authn", family: "authn", access: PUBLIC, handle: authn },
    { method: "POST", pattern: "/oauth2/v1/token", family: "token", access: PUBLIC, handle: orgToken },
    {
      method: "GET",
      pattern: "/oauth2/v1/keys",
      family: "unlimited",
      access: PUBLIC,
      handle: async (ctx) => json(200, await ctx.keys.jwks(ORG_KEYS)),
    },
  ];
}
