import { UserError } from "../errors.js";
import type { Secret } from "../secret.js";
import type { DpopKey } from "./dpop.js";
import { OAuthClient, OAuthError, type TokenResponse } from "./oauth.js";

/** How requests to the admin API are authorized: the headers one request carries. */
export interface OktaCredentials {
  /** Authorization (and, for a DPoP-bound token, the request's DPoP proof). */
  headers(method: string, url: URL): Promise<Record<string, string>>;
  /** Forget a cached token (after a 401), so the next request gets a new one. */
  reset?(): void;
  /** What to add to Okta's error for this request (a 403: the scope it needs), if anything. */
  explain?(status: number, method: string, path: string): string | undefined;
}

/** An API token (SSWS). */
export function apiToken(token: Secret): OktaCredentials {
  return { headers: async () => ({ authorization: `SSWS ${token.reveal()}` }) };
}

/** The okta.* scopes a command needs from a service app. */
export const SCOPES = {
  read: ["okta.apps.read", "okta.groups.read", "okta.authorizationServers.read"],
  write: ["okta.apps.manage", "okta.groups.read", "okta.authorizationServers.manage"],
} as const;

/** The okta.* scope a request of the admin API needs (per Okta's API reference, §6). */
export function scopeFor(method: string, path: string): string | undefined {
  const read = method === "GET";
  if (path.startsWith("/api/v1/apps")) return read ? "okta.apps.read" : "okta.apps.manage";
  if (path.startsWith("/api/v1/authorizationServers"))
    return read ? "okta.authorizationServers.read" : "okta.authorizationServers.manage";
  if (path.startsWith("/api/v1/groups")) return read ? "okta.groups.read" : "okta.groups.manage";
  if (path.startsWith("/api/v1/users")) return read ? "okta.users.read" : "okta.users.manage";
  return undefined;
}

interface Token {
  value: string;
  expiresAt: number;
  /** Set for a DPoP-bound token: the key every request's proof is signed with. */
  dpop: DpopKey | undefined;
}

/** Token requests of one service app at most: the first, a DPoP retry, a nonce retry. */
const TOKEN_ATTEMPTS = 3;

/**
 * An OAuth 2.0 service app: a client-credentials token from the org authorization server,
 * the client authenticated with a private_key_jwt assertion (the only method Okta accepts for
 * okta.* scopes). The token is reused until a minute before it expires. An app that requires
 * DPoP (Okta's default for new API service apps) gets its token bound to a key made for this
 * run: the token request carries a proof (and Okta's nonce when it asks for one), and every
 * admin request then says `Authorization: DPoP` with a proof of its own.
 */
export function serviceApp(
  orgUrl: URL,
  clientId: string,
  privateKey: Secret,
  scopes: readonly string[],
): OktaCredentials {
  // One token request at a time: the first requests of a run all wait for the same token.
  let token: Promise<Token> | undefined;
  let dpop: DpopKey | undefined;
  const tokenEndpoint = new URL("/oauth2/v1/token", orgUrl);
  const oauth = new OAuthClient(orgUrl);
  const refused = (error: OAuthError) =>
    new UserError(
      `the service app ${clientId} could not get an access token for ${scopes.join(" ")}: ${error.status ?? "no answer"} ${error.error} ${error.description}`.trim(),
    );
  const fetchToken = async (): Promise<Token> => {
    // jose signs the assertion and the proofs: loaded only by a run with a service app (a run
    // with an API token never signs anything, and skips ~7 ms of a cold start).
    const [{ clientAuthentication }, { DpopKey }] = await Promise.all([
      import("./client-auth.js"),
      import("./dpop.js"),
    ]);
    let nonce: string | undefined;
    for (let attempt = 1; ; attempt++) {
      // A new assertion each time: Okta may refuse an assertion's jti the second time.
      const auth = await clientAuthentication(
        { clientId, method: "private_key_jwt", privateKey },
        tokenEndpoint.toString(),
      );
      const form = { grant_type: "client_credentials", scope: scopes.join(" "), ...auth.form };
      const headers: Record<string, string> = dpop
        ? { dpop: await dpop.proof("POST", tokenEndpoint, nonce === undefined ? {} : { nonce }) }
        : {};
      let body: TokenResponse;
      try {
        body = await oauth.token(tokenEndpoint.toString(), form, headers);
      } catch (error) {
        if (!(error instanceof OAuthError)) throw error;
        if (attempt < TOKEN_ATTEMPTS && !dpop && wantsDpop(error)) {
          dpop = await DpopKey.create();
          continue;
        }
        if (attempt < TOKEN_ATTEMPTS && dpop && error.error === "use_dpop_nonce" && error.dpopNonce) {
          if (error.dpopNonce !== nonce) {
            nonce = error.dpopNonce;
            continue;
          }
        }
        throw refused(error);
      }
      if (!body.access_token)
        throw new UserError(`the service app ${clientId}: the token answer holds no access_token`);
      const bound = String(body.token_type).toLowerCase() === "dpop";
      if (bound && !dpop)
        throw new UserError(
          `the service app ${clientId}: Okta sent a DPoP token for a request without a proof`,
        );
      return {
        value: body.access_token,
        expiresAt: Date.now() + (body.expires_in ?? 3600) * 1000,
        dpop: bound ? dpop : undefined,
      };
    }
  };
  const current = async (): Promise<Token> => {
    let pending = token;
    if (!pending) {
      pending = fetchToken();
      token = pending;
    }
    let got: Token;
    try {
      got = await pending;
    } catch (error) {
      // Everyone waiting on this request gets its error; the next call asks again.
      if (token === pending) token = undefined;
      throw error;
    }
    if (got.expiresAt <= Date.now() + 60_000) {
      // Renew once, whoever notices first; the others wait for the same renewal.
      if (token === pending) token = fetchToken();
      got = await token!;
    }
    return got;
  };
  return {
    reset: () => {
      token = undefined;
    },
    async headers(method, url): Promise<Record<string, string>> {
      const { value, dpop: key } = await current();
      if (!key) return { authorization: `Bearer ${value}` };
      return { authorization: `DPoP ${value}`, dpop: await key.proof(method, url, { accessToken: value }) };
    },
    explain(status, method, path) {
      if (status !== 403) return undefined;
      const needed = scopeFor(method, path);
      const granted = needed !== undefined && scopes.includes(needed);
      return needed === undefined
        ? undefined
        : granted
          ? `the service app ${clientId} has ${needed}; its admin role must allow this request too`
          : `the service app ${clientId} asked for ${scopes.join(" ")}; this request needs ${needed} (grant it on the app's Okta API Scopes tab)`;
    },
  };
}

/** Okta refused a token request for the lack of a DPoP proof: the app requires DPoP. */
function wantsDpop(error: OAuthError): boolean {
  return (
    error.error === "invalid_dpop_proof" ||
    (error.error === "invalid_request" && /dpop/i.test(error.description))
  );
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
