import { UserError } from "../errors.js";
import type { Secret } from "../secret.js";
import { clientAuthentication } from "./client-auth.js";
import { OAuthClient, OAuthError } from "./oauth.js";

/** How requests to the admin API are authorized: the value of the Authorization header. */
export interface OktaCredentials {
  authorization(): Promise<string>;
  /** Forget a cached token (after a 401), so the next request gets a new one. */
  reset?(): void;
}

/** An API token (SSWS). */
export function apiToken(token: Secret): OktaCredentials {
  return { authorization: async () => `SSWS ${token.reveal()}` };
}

/** The okta.* scopes a command needs from a service app. */
export const SCOPES = {
  read: ["okta.apps.read", "okta.groups.read", "okta.authorizationServers.read"],
  write: ["okta.apps.manage", "okta.groups.read", "okta.authorizationServers.manage"],
} as const;

/**
 * An OAuth 2.0 service app: a client-credentials token from the org authorization server,
 * the client authenticated with a private_key_jwt assertion (the only method Okta accepts for
 * okta.* scopes). The token is reused until a minute before it expires.
 */
export function serviceApp(
  orgUrl: URL,
  clientId: string,
  privateKey: Secret,
  scopes: readonly string[],
): OktaCredentials {
  // One token request at a time: the first requests of a run all wait for the same token.
  let token: Promise<{ value: string; expiresAt: number }> | undefined;
  const tokenEndpoint = new URL("/oauth2/v1/token", orgUrl).toString();
  const fetchToken = async () => {
    const auth = await clientAuthentication(
      { clientId, method: "private_key_jwt", privateKey },
      tokenEndpoint,
    );
    const form = { grant_type: "client_credentials", scope: scopes.join(" "), ...auth.form };
    let body: Awaited<ReturnType<OAuthClient["token"]>>;
    try {
      body = await new OAuthClient(orgUrl).token(tokenEndpoint, form);
    } catch (error) {
      if (!(error instanceof OAuthError)) throw error;
      throw new UserError(
        `the service app ${clientId} could not get an access token for ${scopes.join(" ")}: ${error.status ?? "no answer"} ${error.error} ${error.description}`.trim(),
      );
    }
    if (!body.access_token)
      throw new UserError(`the service app ${clientId}: the token answer holds no access_token`);
    return { value: body.access_token, expiresAt: Date.now() + (body.expires_in ?? 3600) * 1000 };
  };
  return {
    reset: () => {
      token = undefined;
    },
    async authorization() {
      let pending = token;
      if (!pending) {
        pending = fetchToken();
        token = pending;
      }
      let current: { value: string; expiresAt: number };
      try {
        current = await pending;
      } catch (error) {
        // Everyone waiting on this request gets its error; the next call asks again.
        if (token === pending) token = undefined;
        throw error;
      }
      if (current.expiresAt <= Date.now() + 60_000) {
        // Renew once, whoever notices first; the others wait for the same renewal.
        if (token === pending) token = fetchToken();
        current = await token!;
      }
      return `Bearer ${current.value}`;
    },
  };
}

/** The credentials a shell was given: an API token wins; else a service app, if complete. */
export function oktaCredentials(
  orgUrl: URL,
  given: { apiToken?: Secret | undefined; serviceApp?: { clientId: string; privateKey: Secret } | undefined },
  access: keyof typeof SCOPES,
): OktaCredentials | undefined {
  if (given.apiToken) return apiToken(given.apiToken);
  if (!given.serviceApp) return undefined;
  return serviceApp(orgUrl, given.serviceApp.clientId, given.serviceApp.privateKey, SCOPES[access]);
}
