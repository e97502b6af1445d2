import { createHash } from "node:crypto";
import { json, OAuthHttpError, type Reply } from "../http.js";
import { mintTokens } from "../mint.js";
import {
  assertGrantAllowed,
  authenticateClient,
  clientIdOf,
  evaluatePolicy,
  requestedScopes,
} from "../oauth-checks.js";
import type { Context } from "../router.js";
import type { AppRecord, ServerRecord, UserRecord } from "../store.js";
import { activeServer } from "./oauth-server.js";

/** `/v1/token`: password, client_credentials, authorization_code (with PKCE) and refresh_token. */
export async function token(ctx: Context): Promise<Reply> {
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

export function assertAssigned(ctx: Context, app: AppRecord, user: UserRecord): void {
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
