import got, { type Got, RequestError } from "got";
import type { JSONWebKeySet } from "jose";
import { UserError } from "../errors.js";
import { printable } from "../printable.js";
import { VERSION } from "../version.js";
import {
  ACCEPT_ENCODING,
  AnswerTooLarge,
  AnswerUndecodable,
  CAPPED_READ,
  capDownload,
  decodeBody,
  redirectSummary,
} from "./answer.js";
import { untrustedCertificate } from "./errors.js";

/**
 * The OAuth side of an Okta org: a custom authorization server's metadata, token endpoint,
 * authorize endpoint (headless, redirects not followed) and the Authentication API. Answers
 * are returned as they come; errors keep Okta's words (`error`, `error_description`).
 */
export class OAuthError extends UserError {
  override name = "OAuthError";
  readonly error: string;
  readonly description: string;

  /** Okta's words are kept printable (see printable.ts). */
  constructor(
    readonly endpoint: string,
    readonly status: number | undefined,
    error: string,
    description: string,
    /** The DPoP-Nonce header of a use_dpop_nonce answer: what the next proof must carry. */
    readonly dpopNonce?: string,
  ) {
    const code = printable(String(error));
    const text = printable(String(description));
    super(`${endpoint}: ${status ?? "no answer"} ${code}${text ? `: ${text}` : ""}`);
    this.error = code;
    this.description = text;
  }
}

export interface ServerMetadata {
  issuer: string;
  token_endpoint: string;
  authorization_endpoint: string;
  jwks_uri: string;
}

export interface TokenResponse {
  token_type: string;
  expires_in: number;
  access_token?: string;
  id_token?: string;
  refresh_token?: string;
  scope?: string;
}

/** The questions smoke tests ask of an org's OAuth side, one method each. */
export interface OAuthGateway {
  readonly orgUrl: URL;
  metadata(serverId: string, kind: MetadataKind): Promise<ServerMetadata>;
  /** The keys a server publishes at its `jwks_uri` (which metadata checked is on the org). */
  jwks(uri: string): Promise<JSONWebKeySet>;
  token(
    endpoint: string,
    form: Record<string, string>,
    headers?: Record<string, string>,
  ): Promise<TokenResponse>;
  authn(username: string, password: string): Promise<string>;
  authorize(endpoint: string, query: Record<string, string>): Promise<URL>;
}

export type MetadataKind = "oauth-authorization-server" | "openid-configuration";

export class OAuthClient implements OAuthGateway {
  private readonly http: Got;
  /** Read once per run: smoke tests on one server share them. */
  private readonly metadataCache = new Map<string, Promise<ServerMetadata>>();
  private readonly keyCache = new Map<string, Promise<JSONWebKeySet>>();

  constructor(readonly orgUrl: URL) {
    this.http = got.extend({
      headers: {
        accept: "application/json",
        "accept-encoding": ACCEPT_ENCODING,
        "user-agent": `okta-drift/${VERSION} node/${process.versions.node}`,
      },
      throwHttpErrors: false,
      retry: { limit: 1, methods: ["GET"] },
      timeout: { request: 30_000 },
      // Bodies are decompressed by answer.ts, so that their decoded size is capped too.
      ...CAPPED_READ,
    });
  }

  /** A server's metadata; its issuer and endpoints must be on the org's origin. */
  metadata(serverId: string, kind: MetadataKind): Promise<ServerMetadata> {
    return once(this.metadataCache, `${serverId} ${kind}`, () => this.readMetadata(serverId, kind));
  }

  jwks(uri: string): Promise<JSONWebKeySet> {
    return once(this.keyCache, uri, async () => {
      const url = new URL(uri);
      if (url.origin !== this.orgUrl.origin)
        throw new UserError(
          `${url.pathname}: the key set is not on ${this.orgUrl.origin}; refusing to use it`,
        );
      const { status, body } = await this.request("GET", url);
      if (status !== 200) throw oauthError(url.pathname, status, body);
      const keys = parse(body) as Partial<JSONWebKeySet>;
      if (!Array.isArray(keys.keys))
        throw new UserError(`${url.pathname}: the answer is not a JSON Web Key Set`);
      return keys as JSONWebKeySet;
    });
  }

  private async readMetadata(serverId: string, kind: MetadataKind): Promise<ServerMetadata> {
    const url = new URL(`/oauth2/${encodeURIComponent(serverId)}/.well-known/${kind}`, this.orgUrl);
    const { status, body } = await this.request("GET", url);
    if (status !== 200) throw oauthError(url.pathname, status, body);
    const metadata = parse(body) as Partial<ServerMetadata>;
    for (const key of ["issuer", "token_endpoint", "authorization_endpoint", "jwks_uri"] as const) {
      const value = metadata[key];
      if (typeof value !== "string" || !URL.canParse(value) || new URL(value).origin !== this.orgUrl.origin) {
        throw new UserError(
          `${url.pathname}: ${key} is missing or not on ${this.orgUrl.origin}; refusing to use it`,
        );
      }
    }
    return metadata as ServerMetadata;
  }

  async token(
    endpoint: string,
    form: Record<string, string>,
    headers: Record<string, string> = {},
  ): Promise<TokenResponse> {
    const url = new URL(endpoint);
    const { status, body, nonce } = await this.request("POST", url, { form, headers });
    if (status !== 200) throw oauthError(url.pathname, status, body, nonce);
    return parse(body) as TokenResponse;
  }

  /** Primary authentication (Classic Engine); returns a one-time session token. */
  async authn(username: string, password: string): Promise<string> {
    const url = new URL("/api/v1/authn", this.orgUrl);
    const { status, body } = await this.request("POST", url, { json: { username, password } });
    if (status === 404 || status === 405) {
      throw new UserError(
        "/api/v1/authn is not available in this org (Okta Identity Engine orgs may not have the Classic Authentication API); use grant: password for this smoke test instead",
      );
    }
    const answer = parse(body) as {
      status?: string;
      sessionToken?: string;
      errorCode?: string;
      errorSummary?: string;
    };
    if (status !== 200)
      throw new OAuthError(url.pathname, status, answer.errorCode ?? "error", answer.errorSummary ?? "");
    if (answer.status !== "SUCCESS" || !answer.sessionToken) {
      throw new UserError(
        `/api/v1/authn: the user's sign-in ended in ${answer.status ?? "no status"}, not SUCCESS (an MFA or password policy applies); use a test user without it`,
      );
    }
    return answer.sessionToken;
  }

  /** `/v1/authorize` without a browser: the redirect's Location, not followed. */
  async authorize(endpoint: string, query: Record<string, string>): Promise<URL> {
    const url = new URL(endpoint);
    for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
    const { status, body, location } = await this.request("GET", url, { redirects: true });
    if (status !== 302 || !location) throw oauthError(url.pathname, status, body);
    return new URL(location, this.orgUrl);
  }

  private async request(
    method: "GET" | "POST",
    url: URL,
    options: {
      form?: Record<string, string>;
      json?: unknown;
      headers?: Record<string, string>;
      /** Only /v1/authorize answers with a redirect on purpose; elsewhere one is an error. */
      redirects?: boolean;
    } = {},
  ) {
    const abort = new AbortController();
    let tooLarge = () => false;
    try {
      const pending = this.http(url, {
        method,
        ...(options.form ? { form: options.form } : {}),
        ...(options.json ? { json: options.json } : {}),
        headers: options.headers ?? {},
        signal: abort.signal,
        responseType: "buffer",
      });
      tooLarge = capDownload(pending, abort);
      const response = await pending;
      const location = response.headers.location;
      if (!options.redirects && response.statusCode >= 300 && response.statusCode < 400)
        throw new OAuthError(
          url.pathname,
          response.statusCode,
          "redirect",
          redirectSummary(typeof location === "string" ? location : undefined, url),
        );
      let body: string;
      try {
        body = decodeBody(response.rawBody, headerValue(response.headers["content-encoding"]));
      } catch (error) {
        if (error instanceof AnswerTooLarge || error instanceof AnswerUndecodable)
          throw new OAuthError(url.pathname, response.statusCode, "unreadable_answer", error.message);
        throw error;
      }
      const nonce = headerValue(response.headers["dpop-nonce"]);
      return {
        status: response.statusCode,
        body,
        location: typeof location === "string" ? location : undefined,
        // A nonce is a short token; anything else in the header is not one.
        nonce: nonce !== undefined && /^[\x21-\x7e]{1,512}$/.test(nonce) ? nonce : undefined,
      };
    } catch (error) {
      if (tooLarge())
        throw new OAuthError(url.pathname, undefined, "unreadable_answer", new AnswerTooLarge().message);
      if (error instanceof RequestError)
        throw new OAuthError(
          url.pathname,
          undefined,
          error.code ?? "request_failed",
          untrustedCertificate(error.code, url.host) ?? error.message,
        );
      throw error;
    }
  }
}

/** The cached promise of `key`, made once; a failure is forgotten so that a later call asks again. */
function once<T>(cache: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  let value = cache.get(key);
  if (!value) {
    value = make();
    cache.set(key, value);
    value.catch(() => cache.delete(key));
  }
  return value;
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function parse(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return {};
  }
}

function oauthError(endpoint: string, status: number, body: string, nonce?: string): OAuthError {
  const answer = parse(body) as {
    error?: string;
    error_description?: string;
    errorCode?: string;
    errorSummary?: string;
  };
  return new OAuthError(
    endpoint,
    status,
    answer.error ?? answer.errorCode ?? "error",
    answer.error_description ?? answer.errorSummary ?? "",
    nonce,
  );
}
