import { createHash, randomBytes } from "node:crypto";
import { UserError } from "../errors.js";
import { type ClientCredentials, clientAuthentication } from "../okta/client-auth.js";
import type { OAuthGateway, ServerMetadata, TokenResponse } from "../okta/oauth.js";
import type { Secret } from "../secret.js";

export type Grant = "password" | "authorization_code" | "client_credentials";

export interface GrantRequest {
  grant: Grant;
  client: ClientCredentials;
  scopes: string[];
  username?: string;
  password?: Secret;
  redirectUri?: string;
}

/** The token response, and the nonce sent (ID tokens must carry it back). */
export interface ObtainedTokens {
  tokens: TokenResponse;
  nonce: string | undefined;
}

/** Obtains tokens by the grant a smoke test names, without a browser. */
export async function obtainTokens(
  oauth: OAuthGateway,
  metadata: ServerMetadata,
  request: GrantRequest,
): Promise<ObtainedTokens> {
  const auth = await clientAuthentication(request.client, metadata.token_endpoint);
  const scope = request.scopes.join(" ");
  switch (request.grant) {
    case "client_credentials":
      return {
        tokens: await oauth.token(
          metadata.token_endpoint,
          { grant_type: "client_credentials", scope, ...auth.form },
          auth.headers,
        ),
        nonce: undefined,
      };
    case "password":
      return {
        tokens: await oauth.token(
          metadata.token_endpoint,
          {
            grant_type: "password",
            scope,
            username: request.username!,
            password: request.password!.reveal(),
            ...auth.form,
          },
          auth.headers,
        ),
        nonce: undefined,
      };
    case "authorization_code":
      return authorizationCode(oauth, metadata, request, auth);
  }
}

/** Authentication API → sessionToken → /v1/authorize (prompt=none, PKCE S256, state) → code → token. */
async function authorizationCode(
  oauth: OAuthGateway,
  metadata: ServerMetadata,
  request: GrantRequest,
  auth: { form: Record<string, string>; headers: Record<string, string> },
): Promise<ObtainedTokens> {
  const sessionToken = await oauth.authn(request.username!, request.password!.reveal());
  const verifier = randomBytes(32).toString("base64url");
  const state = randomBytes(16).toString("base64url");
  const nonce = randomBytes(16).toString("base64url");
  const redirect = await oauth.authorize(metadata.authorization_endpoint, {
    client_id: request.client.clientId,
    response_type: "code",
    response_mode: "query",
    scope: request.scopes.join(" "),
    redirect_uri: request.redirectUri!,
    state,
    nonce,
    prompt: "none",
    sessionToken,
    code_challenge: createHash("sha256").update(verifier).digest("base64url"),
    code_challenge_method: "S256",
  });
  const params = redirect.searchParams;
  if (params.get("state") !== state)
    throw new UserError(
      "/v1/authorize: the redirect's state does not match the request's (possible interception); no code was redeemed",
    );
  const error = params.get("error");
  if (error) throw new UserError(`/v1/authorize: ${error}: ${params.get("error_description") ?? ""}`);
  const code = params.get("code");
  if (!code) throw new UserError("/v1/authorize: the redirect carries neither a code nor an error");
  const tokens = await oauth.token(
    metadata.token_endpoint,
    {
      grant_type: "authorization_code",
      code,
      redirect_uri: request.redirectUri!,
      code_verifier: verifier,
      ...auth.form,
    },
    auth.headers,
  );
  return { tokens, nonce };
}
