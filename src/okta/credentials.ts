import got from "got";
import { UserError } from "../errors.js";
import type { Secret } from "../secret.js";
import { VERSION } from "../version.js";
import { clientAuthentication } from "./client-auth.js";

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
    const response = await got.post(tokenEndpoint, {
      form: { grant_type: "client_credentials", scope: scopes.join(" "), ...auth.form },
      headers: { accept: "application/json", "user-agent": `okta-drift/${VERSION}` },
      throwHttpErrors: false,
      responseType: "text",
      retry: { limit: 0 },
      timeout: { request: 30_000 },
    });
    let body: { access_token?: string; expires_in?: number; error?: string; error_description?: string } = {};
    try {
      body = JSON.parse(String(response.body)) as typeof body;
    } catch {
      // Not JSON (a proxy's page, say): the status says enough.
    }
    if (response.statusCode !== 200 || !body.access_token) {
      throw new UserError(
        `the service app ${clientId} could not get an access token for ${scopes.join(" ")}: ${response.statusCode} ${body.error ?? ""} ${body.error_description ?? ""}`.trim(),
      );
    }
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
