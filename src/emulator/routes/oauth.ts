import { json } from "../http.js";
import { wrongTypeKey } from "../mint.js";
import type { Context, Route } from "../router.js";
import { RESERVED_SCOPES } from "../system-objects.js";
import { authn, authorize } from "./authorize.js";
import { activeServer } from "./oauth-server.js";
import { ORG_KEYS, orgToken } from "./org-token.js";
import { token } from "./token.js";

const PUBLIC = { admin: false } as const;

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
      handle: async (ctx) => {
        const set = await ctx.keys.jwks(activeServer(ctx).id);
        if (!ctx.store.tokenTamper.jwksWrongKeyType) return json(200, set);
        // The same kids, each with an EC key: a token signed RS256 finds no key it can use.
        return json(200, { keys: await Promise.all(set.keys.map((k) => wrongTypeKey(String(k.kid)))) });
      },
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
