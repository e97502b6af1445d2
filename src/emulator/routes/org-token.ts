import { createLocalJWKSet, jwtVerify, SignJWT } from "jose";
import { json, OAuthHttpError, type Reply } from "../http.js";
import { authenticateClient, clientIdOf } from "../oauth-checks.js";
import type { Context } from "../router.js";
import { type AppRecord, randomToken } from "../store.js";

/** The org authorization server's key set, for okta.* bearer tokens of service apps. */
export const ORG_KEYS = "org";

/** The org authorization server's client_credentials grant for service apps (private_key_jwt only). */
export async function orgToken(ctx: Context): Promise<Reply> {
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
  // "Require DPoP": the token request must carry a proof, with the nonce handed out first.
  let jkt: string | undefined;
  if (requiresDpop(app)) {
    const proof = await ctx.store.dpop.verify(ctx.req.headers.dpop, {
      method: "POST",
      url: `${ctx.org}/oauth2/v1/token`,
    });
    if (!proof.nonced)
      throw new OAuthHttpError(400, "use_dpop_nonce", "Authorization server requires nonce in DPoP proof.", {
        "DPoP-Nonce": ctx.store.dpop.nonce,
      });
    jkt = proof.jkt;
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
    ...(jkt === undefined ? {} : { cnf: { jkt } }),
  })
    .setProtectedHeader({ alg: "RS256", kid: key.kid })
    .setIssuedAt(now)
    .setExpirationTime(now + 3600)
    .sign(key.privateKey);
  return json(200, {
    token_type: jkt === undefined ? "Bearer" : "DPoP",
    expires_in: 3600,
    access_token: accessToken,
    scope: requested.join(" "),
  });
}

function requiresDpop(app: AppRecord): boolean {
  const settings = app.body.settings as { oauthClient?: { dpop_bound_access_tokens?: unknown } } | undefined;
  return settings?.oauthClient?.dpop_bound_access_tokens === true;
}

/**
 * Verifies an org-issued access token and returns its scopes and, for a DPoP-bound token, the
 * thumbprint of the key it is bound to (cnf.jkt).
 */
export async function verifyAdminToken(
  ctx: Context,
  accessToken: string,
): Promise<{ scopes: string[]; jkt: string | undefined }> {
  const { payload } = await jwtVerify(accessToken, createLocalJWKSet(await ctx.keys.jwks(ORG_KEYS)), {
    issuer: ctx.org,
    audience: ctx.org,
    algorithms: ["RS256"],
  });
  const cnf = payload.cnf as { jkt?: unknown } | undefined;
  return {
    scopes: Array.isArray(payload.scp) ? payload.scp.map(String) : [],
    jkt: typeof cnf?.jkt === "string" ? cnf.jkt : undefined,
  };
}
