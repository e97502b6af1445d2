import { json, OAuthHttpError, OktaHttpError, type Reply } from "../http.js";
import {
  assertGrantAllowed,
  clientIdOf,
  evaluatePolicy,
  redirectUris,
  requestedScopes,
} from "../oauth-checks.js";
import type { Context } from "../router.js";
import { oktaTime, randomToken } from "../store.js";
import { activeServer } from "./oauth-server.js";
import { assertAssigned } from "./token.js";

/** `/v1/authorize` for the headless code flow: a sessionToken instead of a browser session. */
export function authorize(ctx: Context): Reply {
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
export async function authn(ctx: Context): Promise<Reply> {
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
