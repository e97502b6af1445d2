import { Agent as HttpAgent } from "node:http";
import { Agent as HttpsAgent } from "node:https";
import { setImmediate as nextTurn, setTimeout as sleep } from "node:timers/promises";
import got, { type Got, RequestError, type Response } from "got";
import LinkHeader from "http-link-header";
import { UserError } from "../errors.js";
import { orgUrlProblem } from "../model/org-url.js";
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
import type { OktaCredentials } from "./credentials.js";
import { OktaApiError, type OktaErrorCause, untrustedCertificate } from "./errors.js";
import { endpointFamily, RateGate } from "./rate-gate.js";

export interface OktaClientSettings {
  orgUrl: URL;
  credentials: OktaCredentials;
  /**
   * Requests in flight at once, across all families (default 50). Okta's concurrent limit for
   * API traffic is 75 per org (Enterprise, Workforce); 50 leaves room for the org's other
   * integrations.
   */
  maxConcurrency?: number;
  /** Retries of one idempotent request after 5xx, timeouts and resets (default 3). */
  maxRetries?: number;
  /** Waits for a rate-limit reset after a 429, per request (default 3). */
  max429Waits?: number;
  /** First backoff in milliseconds; doubles each retry (default 250). */
  backoffMs?: number;
  requestTimeoutMs?: number;
  /** Progress and warnings (to stderr in the CLI). */
  log?: (message: string) => void;
}

export interface RequestStats {
  requests: number;
  byFamily: Record<string, number>;
  retries: number;
  rateLimited: number;
  heldBack: number;
}

type Method = "GET" | "POST" | "PUT" | "DELETE";

type Exchange =
  | { response: Response<Uint8Array>; failure?: undefined }
  | { response?: undefined; failure: RequestError };

export const DEFAULT_CONCURRENCY = 50;

/** Far beyond any list okta-drift reads (20,000 groups are 100 pages of 200). */
export const MAX_LIST_PAGES = 2_000;
export const MAX_LIST_ITEMS = 400_000;

function answerTooLarge(method: string, path: string): OktaApiError {
  return new OktaApiError(method, path, undefined, undefined, new AnswerTooLarge().message);
}

/** The body as text (see answer.ts), as an OktaApiError when it cannot be. */
function decodedBody(method: string, path: string, raw: Uint8Array, encoding: string | undefined): string {
  try {
    return decodeBody(raw, encoding);
  } catch (error) {
    if (error instanceof AnswerTooLarge) throw answerTooLarge(method, path);
    if (error instanceof AnswerUndecodable)
      throw new OktaApiError(method, path, undefined, undefined, error.message);
    throw error;
  }
}

function pagingError(path: string, what: string): OktaApiError {
  return new OktaApiError(
    "GET",
    path,
    undefined,
    undefined,
    `Okta's list answered with ${what}; stopped reading it`,
  );
}

export interface WriteOptions {
  retry?: boolean;
}
const IDEMPOTENT = new Set<Method>(["GET", "PUT", "DELETE"]);
const RETRYABLE_STATUS = new Set([500, 502, 503, 504]);

/** The org URL, checked (see orgUrlProblem). */
export function parseOrgUrl(raw: string): URL {
  const problem = orgUrlProblem(raw);
  if (problem) throw new UserError(problem);
  return new URL(new URL(raw).origin);
}

/**
 * The Okta admin API over got: SSWS auth, pagination by Link, rate limits respected before a
 * 429 happens, and retries that never repeat a write blindly.
 */
export class OktaClient {
  private readonly http: Got;
  private readonly gate = new RateGate();
  private readonly maxConcurrency: number;
  private inFlight = 0;
  private readonly queue: (() => void)[] = [];
  readonly stats: RequestStats = { requests: 0, byFamily: {}, retries: 0, rateLimited: 0, heldBack: 0 };

  constructor(private readonly settings: OktaClientSettings) {
    this.maxConcurrency = settings.maxConcurrency ?? DEFAULT_CONCURRENCY;
    this.http = got.extend({
      prefixUrl: settings.orgUrl.origin,
      headers: {
        accept: "application/json",
        "accept-encoding": ACCEPT_ENCODING,
        "user-agent": `okta-drift/${VERSION} (+https://github.com/okta-drift/okta-drift) node/${process.versions.node}`,
      },
      throwHttpErrors: false,
      // Retries are ours: got's rules do not know a 429's reset or which writes are safe.
      retry: { limit: 0 },
      timeout: { request: settings.requestTimeoutMs ?? 30_000 },
      // Connections of this client only: one org's pool, and none left warm by another client.
      agent: { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) },
      // Bodies are decompressed here, not by got, so that their decoded size is capped too.
      ...CAPPED_READ,
    });
  }

  get orgUrl(): URL {
    return this.settings.orgUrl;
  }

  /** One resource: Okta's answer must be a JSON object. */
  async get<T>(path: string, query?: Record<string, string>): Promise<T> {
    return (await this.send<T>("GET", path, { query, expect: "object" })).body;
  }

  /**
   * Every page of a list, following `Link: <...>; rel="next"` on the same origin. A next link
   * that repeats a page, or more pages or items than any real list has, stops with an error.
   */
  async getAll<T>(path: string, query?: Record<string, string>): Promise<T[]> {
    return (await this.getUpTo<T>(path, query, Number.POSITIVE_INFINITY)).items;
  }

  /** The first `max` items of a list (pages read only as far as needed), and whether there are more. */
  async getUpTo<T>(
    path: string,
    query: Record<string, string> | undefined,
    max: number,
  ): Promise<{ items: T[]; truncated: boolean }> {
    const items: T[] = [];
    const visited = new Set<string>();
    let next: { path: string; query?: Record<string, string> } | undefined = {
      path,
      ...(query ? { query } : {}),
    };
    while (next) {
      const page: { body: T[]; next: URL | undefined } = await this.send<T[]>("GET", next.path, {
        query: next.query,
        expect: "list",
      });
      items.push(...page.body);
      if (items.length >= max)
        return { items: items.slice(0, max), truncated: items.length > max || page.next !== undefined };
      if (items.length > MAX_LIST_ITEMS || visited.size >= MAX_LIST_PAGES)
        throw pagingError(path, `more than ${MAX_LIST_PAGES} pages or ${MAX_LIST_ITEMS} items`);
      if (page.next) {
        const key = `${page.next.pathname}${page.next.search}`;
        if (visited.has(key) || key === `${path}?${new URLSearchParams(query).toString()}`)
          throw pagingError(path, "a next-page link that points back at a page already read");
        visited.add(key);
      }
      next = page.next
        ? { path: page.next.pathname, query: Object.fromEntries(page.next.searchParams) }
        : undefined;
    }
    return { items, truncated: false };
  }

  /**
   * Writes. `retry: false` turns off the automatic retry of an idempotent write after a 5xx or
   * a lost answer, for callers that first read whether the write happened (apply does). A 429
   * is always waited out and resent: Okta did not process it.
   */
  async put<T>(path: string, body: unknown, options: WriteOptions = {}): Promise<T> {
    return (await this.send<T>("PUT", path, { body, retry: options.retry, expect: "object" })).body;
  }

  async post<T>(path: string, body: unknown): Promise<T> {
    return (await this.send<T>("POST", path, { body, expect: "object" })).body;
  }

  async delete(path: string, options: WriteOptions = {}): Promise<void> {
    await this.send("DELETE", path, { retry: options.retry, expect: "nothing" });
  }

  private async send<T>(
    method: Method,
    path: string,
    request: {
      query?: Record<string, string> | undefined;
      body?: unknown;
      retry?: boolean | undefined;
      /** What a successful answer holds; anything else is an error, never retried. */
      expect: Expected;
    },
  ): Promise<{ body: T; next: URL | undefined }> {
    const { query, body } = request;
    const retry = request.retry ?? true;
    const family = endpointFamily(path);
    const retryable = retry && IDEMPOTENT.has(method);
    let retries = 0;
    let waits429 = 0;
    let renewed = false;
    for (;;) {
      const heldBefore = this.gate.waits;
      await this.gate.acquire(family);
      this.stats.heldBack += this.gate.waits - heldBefore;
      await this.slot();
      this.stats.requests++;
      this.stats.byFamily[family] = (this.stats.byFamily[family] ?? 0) + 1;
      // Let the event loop put this request on the wire before the next one is prepared: a
      // burst of requests otherwise waits until every one of them has been built.
      await nextTurn();
      let exchanged: Exchange | undefined;
      try {
        exchanged = await this.exchange(method, path, query, body);
      } finally {
        this.gate.release(family, exchanged?.response ? rateHeaders(exchanged.response.headers) : {});
        this.release();
      }
      const { response, failure } = exchanged;
      if (failure?.code === "ENOTFOUND") {
        // No such host: asking again changes nothing, and the request never left.
        throw new OktaApiError(
          method,
          path,
          undefined,
          "ENOTFOUND",
          `cannot reach ${this.settings.orgUrl.host}: the name does not resolve; check the org URL (the org's own https://…okta.com or custom domain)`,
        );
      }
      const untrusted = untrustedCertificate(failure?.code, this.settings.orgUrl.host);
      if (untrusted) throw new OktaApiError(method, path, undefined, failure?.code, untrusted);
      if (failure) {
        // No answer: a read can be repeated; a write may have happened, so the caller decides.
        if (retryable && retries < (this.settings.maxRetries ?? 3)) {
          retries++;
          await this.backoff(retries, `${method} ${path}: ${failure.code ?? failure.message}; retrying`);
          continue;
        }
        throw new OktaApiError(
          method,
          path,
          undefined,
          failure.code,
          `no response from Okta (${failure.code ?? failure.message})`,
        );
      }
      const status = response.statusCode;
      const { headers } = response;
      if (status === 401 && this.settings.credentials.reset && !renewed) {
        // A service app's token may have expired or been revoked: get a new one, once.
        renewed = true;
        this.settings.credentials.reset();
        continue;
      }
      if (status === 429) {
        this.stats.rateLimited++;
        const resetAt = resetTime(headers);
        this.gate.exhausted(family, resetAt ?? Date.now() + 1000);
        if (waits429 < (this.settings.max429Waits ?? 3)) {
          // Okta's 429s say when the window resets; one that does not (a proxy's) waits a second.
          waits429++;
          const wait = Math.max(0, (resetAt ?? Date.now() + 1000) - Date.now());
          this.settings.log?.(
            `${method} ${path}: rate limited; waiting ${Math.ceil(wait / 1000)}s for the reset`,
          );
          await sleep(wait);
          continue;
        }
      } else if (RETRYABLE_STATUS.has(status) && retryable && retries < (this.settings.maxRetries ?? 3)) {
        retries++;
        await this.backoff(retries, `${method} ${path}: ${status}; retrying`);
        continue;
      }
      const text = decodedBody(method, path, response.rawBody, header(headers, "content-encoding"));
      if (status >= 400)
        throw apiError(
          method,
          path,
          status,
          text,
          headers,
          this.settings.credentials.explain?.(status, method, path),
        );
      if (status < 200 || status >= 300)
        throw unexpectedStatus(method, path, status, headers, this.settings.orgUrl);
      return {
        body: answerBody<T>(method, path, status, text, request.expect, headers),
        next: nextLink(headers.link, this.settings.orgUrl),
      };
    }
  }

  /** One request on the wire: its answer, or the failure that left none. Never reads past the cap. */
  private async exchange(
    method: Method,
    path: string,
    query: Record<string, string> | undefined,
    body: unknown,
  ): Promise<Exchange> {
    const abort = new AbortController();
    const pending = this.http(path.replace(/^\//, ""), {
      method,
      ...(query ? { searchParams: query } : {}),
      ...(body === undefined ? {} : { json: body }),
      headers: await this.settings.credentials.headers(method, new URL(path, this.settings.orgUrl)),
      responseType: "buffer",
      signal: abort.signal,
    });
    const cut = capDownload(pending, abort);
    try {
      return { response: await pending };
    } catch (error) {
      if (cut()) throw answerTooLarge(method, path);
      if (error instanceof RequestError) return { failure: error };
      throw error;
    }
  }

  private async backoff(attempt: number, message: string): Promise<void> {
    this.stats.retries++;
    this.settings.log?.(message);
    const base = (this.settings.backoffMs ?? 250) * 2 ** (attempt - 1);
    await sleep(base / 2 + Math.random() * base);
  }

  private async slot(): Promise<void> {
    if (this.inFlight < this.maxConcurrency) {
      this.inFlight++;
      return;
    }
    await new Promise<void>((resolve) => this.queue.push(resolve));
  }

  private release(): void {
    const next = this.queue.shift();
    if (next) next();
    else this.inFlight--;
  }
}

function header(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function rateHeaders(headers: Record<string, string | string[] | undefined>) {
  const number = (name: string) => {
    const value = header(headers, name);
    // Okta has sent duplicated headers ("1,1"); such a value tells nothing reliable.
    return value === undefined || value.includes(",") ? undefined : Number(value);
  };
  const date = header(headers, "date");
  return {
    limit: number("x-rate-limit-limit"),
    remaining: number("x-rate-limit-remaining"),
    reset: number("x-rate-limit-reset"),
    serverNow: date ? Date.parse(date) : undefined,
  };
}

/** When a 429's window resets, in local time (Okta's reset is against its own clock). */
function resetTime(headers: Record<string, string | string[] | undefined>): number | undefined {
  const { reset, serverNow } = rateHeaders(headers);
  if (reset === undefined || Number.isNaN(reset)) return undefined;
  const skew = serverNow === undefined || Number.isNaN(serverNow) ? 0 : Date.now() - serverNow;
  return reset * 1000 + skew + 250;
}

/**
 * The next page, from Link headers as RFC 8288 has them (relation types are case-insensitive
 * and space-separated: `REL="NEXT"` and `rel="prev next"` are next links too).
 */
function nextLink(link: string | string[] | undefined, org: URL): URL | undefined {
  const headers = Array.isArray(link) ? link : link ? [link] : [];
  for (const header of headers) {
    let refs: LinkHeader.Reference[];
    try {
      refs = LinkHeader.parse(header).refs;
    } catch {
      throw new OktaApiError(
        "GET",
        org.pathname,
        undefined,
        undefined,
        "Okta sent a Link header that does not parse",
      );
    }
    const next = refs.find((r) => r.rel.toLowerCase().split(/\s+/).includes("next"));
    if (!next) continue;
    if (!URL.canParse(next.uri, org.href))
      throw new OktaApiError(
        "GET",
        org.pathname,
        undefined,
        undefined,
        "Okta sent a next-page link that is not a URL",
      );
    const url = new URL(next.uri, org);
    // Never send the token to another origin, whatever a header says.
    if (url.origin !== org.origin)
      throw new UserError(
        `Okta sent a next-page link to another origin (${url.origin}); refusing to follow it`,
      );
    return url;
  }
  return undefined;
}

/** What a successful answer must hold: one resource, a page of resources, or nothing (204). */
type Expected = "object" | "list" | "nothing";

const SHAPE = { object: "an object", list: "a list" } as const;

/**
 * A 2xx answer's body, checked for the shape the request expects. A proxy's page, an empty
 * body or the wrong shape is an error that names the request and status; it carries the status,
 * so a write that got one is never resent blindly.
 */
function answerBody<T>(
  method: string,
  path: string,
  status: number,
  text: string,
  expect: Expected,
  headers: Record<string, string | string[] | undefined>,
): T {
  if (expect === "nothing") return undefined as T;
  const unexpected = (what: string) =>
    new OktaApiError(
      method,
      path,
      status,
      undefined,
      `Okta's answer is ${what}, not ${SHAPE[expect]} as this request expects; check the org URL (is something between okta-drift and Okta?)`,
      [],
      header(headers, "x-okta-request-id"),
    );
  if (text.trim() === "") throw unexpected("empty");
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw unexpected("not JSON");
  }
  const list = Array.isArray(body);
  if (expect === "list") {
    if (!list) throw unexpected(describeJson(body));
    if (!(body as unknown[]).every(isResource))
      throw unexpected("a list holding something other than Okta objects");
  } else if (list || typeof body !== "object" || body === null) {
    throw unexpected(describeJson(body));
  }
  return body as T;
}

function isResource(item: unknown): boolean {
  return (
    typeof item === "object" &&
    item !== null &&
    !Array.isArray(item) &&
    typeof (item as { id?: unknown }).id === "string"
  );
}

function describeJson(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (value === null) return "null";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

/** A 1xx or 3xx: never followed (credentials stay with the org), and said plainly. */
function unexpectedStatus(
  method: string,
  path: string,
  status: number,
  headers: Record<string, string | string[] | undefined>,
  org: URL,
): OktaApiError {
  const summary =
    status >= 300 && status < 400
      ? redirectSummary(header(headers, "location"), org)
      : `Okta answered with status ${status}, which okta-drift does not expect here; check the org URL`;
  return new OktaApiError(method, path, status, undefined, summary, [], header(headers, "x-okta-request-id"));
}

function apiError(
  method: string,
  path: string,
  status: number,
  text: string,
  headers: Record<string, string | string[] | undefined>,
  /** What okta-drift knows that Okta did not say (the scope a 403 lacks). */
  hint?: string,
): OktaApiError {
  let body: { errorCode?: string; errorSummary?: string; errorCauses?: OktaErrorCause[] } = {};
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    // Not Okta's error object (a proxy's page, say): the status says enough.
  }
  return new OktaApiError(
    method,
    path,
    status,
    body.errorCode,
    body.errorSummary ?? `HTTP ${status}`,
    [...(Array.isArray(body.errorCauses) ? body.errorCauses : []), ...(hint ? [{ errorSummary: hint }] : [])],
    header(headers, "x-okta-request-id"),
  );
}
