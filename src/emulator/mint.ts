import { createHash, createPublicKey } from "node:crypto";
import { exportJWK, generateKeyPair, SignJWT } from "jose";
import type { Keys } from "./keys.js";
import { clientIdOf } from "./oauth-checks.js";
import { type RuleRecord, randomToken, type TenantStore } from "./store.js";
import { customClaims, type Grant } from "./token-claims.js";

export interface TokenResponse {
  token_type: "Bearer";
  expires_in: number;
  access_token: string;
  scope: string;
  id_token?: string;
  refresh_token?: string;
}

const ID_TOKEN_LIFETIME_SECONDS = 3600;

/** Mints the tokens of one grant: an access token, an ID token when openid was granted. */
export async function mintTokens(
  store: TenantStore,
  keys: Keys,
  org: string,
  grant: Grant,
  rule: RuleRecord,
  options: { nonce?: string | undefined },
): Promise<TokenResponse> {
  const issuer = `${org}/oauth2/${grant.server.id}`;
  const tamper = store.tokenTamper;
  const key = tamper.unpublishedKey ? await keys.unpublishedKey() : await keys.signingKey(grant.server.id);
  const now = Math.floor(Date.now() / 1000);
  const lifetime = rule.actions.token.accessTokenLifetimeMinutes * 60;
  const clientId = clientIdOf(grant.app);
  const sign = (payload: Record<string, unknown>, exp: number) => {
    const claims = { ...payload, iat: now, exp, ...tamper.claims };
    if (tamper.forge) return forged(tamper.forge, claims, keys, key);
    return new SignJWT(claims).setProtectedHeader({ alg: "RS256", kid: key.kid }).sign(key.privateKey);
  };

  const access = await sign(
    {
      ver: 1,
      jti: `AT.${randomToken(32)}`,
      iss: issuer,
      aud: grant.server.audiences[0],
      cid: clientId,
      ...(grant.user ? { uid: grant.user.id } : {}),
      scp: grant.scopes,
      ...(grant.user ? { auth_time: now } : {}),
      ...customClaims(store, grant, "access", true),
    },
    now + lifetime,
  );
  const response: TokenResponse = {
    token_type: "Bearer",
    expires_in: lifetime,
    access_token: access,
    scope: grant.scopes.join(" "),
  };

  if (grant.user && grant.scopes.includes("openid")) {
    response.id_token = await sign(
      {
        ver: 1,
        jti: `ID.${randomToken(32)}`,
        sub: grant.user.id,
        iss: issuer,
        aud: clientId,
        amr: ["pwd"],
        idp: `00o${store.orgSuffix.padStart(17, "0")}`,
        auth_time: now,
        at_hash: atHash(access),
        ...(options.nonce ? { nonce: options.nonce } : {}),
        // With an access token beside it, claims not marked alwaysIncludeInToken go to /userinfo.
        ...customClaims(store, grant, "id", true),
      },
      now + ID_TOKEN_LIFETIME_SECONDS,
    );
  }

  const refreshAllowed = rule.conditions.grantTypes.include.includes("refresh_token");
  if (grant.user && grant.scopes.includes("offline_access") && refreshAllowed) {
    const token = randomToken(32);
    const minutes =
      rule.actions.token.refreshTokenLifetimeMinutes || rule.actions.token.refreshTokenWindowMinutes;
    store.refreshTokens.set(token, {
      serverId: grant.server.id,
      clientId,
      userId: grant.user.id,
      scopes: grant.scopes,
      expiresAt: Date.now() + minutes * 60_000,
    });
    response.refresh_token = token;
  }
  return response;
}

/** OIDC at_hash: the left half of SHA-256 of the access token, base64url. */
function atHash(accessToken: string): string {
  const digest = createHash("sha256").update(accessToken).digest();
  return digest.subarray(0, digest.length / 2).toString("base64url");
}

/** A token forged as `how` (see TokenForgery): what a verifier must refuse. */
async function forged(
  how: NonNullable<TenantStore["tokenTamper"]["forge"]>,
  claims: Record<string, unknown>,
  keys: Keys,
  key: Awaited<ReturnType<Keys["signingKey"]>>,
): Promise<string> {
  const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  switch (how) {
    case "alg-none":
      return `${b64({ alg: "none", kid: key.kid })}.${b64(claims)}.`;
    case "hs256-public-key": {
      // The public key's PEM as an HMAC secret: a verifier that takes alg from the token accepts it.
      const pem = createPublicKey({ key: key.publicJwk as never, format: "jwk" }).export({
        type: "spki",
        format: "pem",
      });
      return new SignJWT(claims)
        .setProtectedHeader({ alg: "HS256", kid: key.kid })
        .sign(new TextEncoder().encode(String(pem)));
    }
    case "unknown-kid":
      return new SignJWT(claims)
        .setProtectedHeader({ alg: "RS256", kid: "not-a-published-kid" })
        .sign(key.privateKey);
    case "jku":
    case "x5u":
    case "jwk": {
      const attacker = await keys.unpublishedKey();
      const pointer =
        how === "jku"
          ? { jku: "https://attacker.example.com/keys" }
          : how === "x5u"
            ? { x5u: "https://attacker.example.com/cert.pem" }
            : { jwk: attacker.publicJwk };
      return new SignJWT(claims)
        .setProtectedHeader({ alg: "RS256", kid: attacker.kid, ...pointer })
        .sign(attacker.privateKey);
    }
  }
}

/** An EC public key under `kid`: a JWKS entry whose type does not match the token's RS256. */
export async function wrongTypeKey(kid: string) {
  const { publicKey } = await generateKeyPair("ES256");
  return { ...(await exportJWK(publicKey)), kid, alg: "ES256", use: "sig" };
}
