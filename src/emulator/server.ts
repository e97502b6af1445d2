import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createServer as createTlsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import type { TlsIdentity } from "./certificate.js";
import { Faults } from "./faults.js";
import { OAuthHttpError, OktaHttpError, type Reply } from "./http.js";
import { Keys } from "./keys.js";
import { type EndpointFamily, RateLimiter, type RateLimitOptions } from "./rate-limits.js";
import { type Access, bodyReaders, type Context, Router } from "./router.js";
import { adminRoutes } from "./routes/admin.js";
import { oauthRoutes } from "./routes/oauth.js";
import { verifyAdminToken } from "./routes/org-token.js";
import { randomToken, type TenantStore } from "./store.js";

/** Okta's default concurrent rate limit for API traffic (Enterprise, Workforce Identity). */
export const DEFAULT_CONCURRENCY_LIMIT = 75;

export interface EmulatorOptions {
  store: TenantStore;
  /** The SSWS API token the admin API accepts. */
  apiToken: string;
  port?: number;
  rateLimits?: RateLimitOptions;
  /**
   * Requests Okta processes at once for an org (Okta's "concurrent rate limit": 75 for
   * Enterprise and Workforce orgs); one more is answered 429 at once.
   */
  concurrencyLimit?: number;
  latencyMs?: number;
  /** Caps every list's page size, as a small Okta page would, to exercise pagination. */
  pageLimit?: number;
  /** Serve https with this identity (certificate.ts makes one), as Okta does; else http. */
  tls?: TlsIdentity;
}

/** One request as the emulator saw it: for tests and the benchmark's request counts. */
export interface RequestRecord {
  method: string;
  path: string;
  family: EndpointFamily;
  status: number;
  userAgent: string | undefined;
}

export interface Emulator {
  url: string;
  store: TenantStore;
  faults: Faults;
  keys: Keys;
  requests: RequestRecord[];
  close(): Promise<void>;
}

export async function startEmulator(options: EmulatorOptions): Promise<Emulator> {
  const router = new Router();
  router.add(...adminRoutes(), ...oauthRoutes());
  const faults = new Faults();
  faults.latencyMs = options.latencyMs ?? 0;
  const limiter = new RateLimiter(options.rateLimits);
  const keys = new Keys();
  const requests: RequestRecord[] = [];
  let org = "";

  const listener = (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((error: unknown) => {
      // A bug in the emulator: answer as Okta does for its own, and keep serving.
      console.error("emulator: internal error", error);
      if (!res.headersSent)
        send(
          res,
          serialize({
            status: 500,
            body: new OktaHttpError(500, "E0000009", "Internal Server Error").body(),
          }),
        );
      else res.destroy();
    });
  };
  const server = options.tls ? createTlsServer(options.tls, listener) : createServer(listener);

  let inFlight = 0;
  const concurrencyLimit = options.concurrencyLimit ?? DEFAULT_CONCURRENCY_LIMIT;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    inFlight++;
    try {
      await handleCounted(req, res);
    } finally {
      inFlight--;
    }
  }

  async function handleCounted(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", org);
    const method = req.method ?? "GET";
    const requestId = randomToken(15);
    res.setHeader("X-Okta-Request-Id", requestId);
    res.setHeader("Date", new Date().toUTCString());

    const found = router.match(method, url.pathname);
    const family = "route" in found ? found.route.family : "unlimited";
    // Okta counts a request against its concurrency limit from its arrival.
    const overConcurrency = inFlight > concurrencyLimit && family !== "unlimited";

    const fault = faults.take(method, url.pathname + url.search);
    // The latency is the time to answer, the emulator's own work included: its CPU is not the
    // client's, so a benchmark sees okta-drift's time, not the emulator's.
    const started = performance.now();
    const delay = faults.latencyMs + (fault?.delayMs ?? 0);
    const waitOut = () =>
      delay > 0 ? sleep(Math.max(0, delay - (performance.now() - started))) : Promise.resolve();
    const respond = async (reply: Reply) => {
      // Serialized before the wait: turning the answer into bytes is part of the time to answer.
      const ready = serialize(reply);
      await waitOut();
      send(res, ready);
    };
    if (fault?.reset === "before") {
      await waitOut();
      req.socket.destroy();
      return;
    }

    const record = (status: number) =>
      requests.push({
        method,
        path: url.pathname + url.search,
        family,
        status,
        userAgent: req.headers["user-agent"],
      });

    if (!("route" in found)) {
      const reply =
        found.allowed.length > 0
          ? errorReply(
              new OktaHttpError(405, "E0000022", `The endpoint does not support the provided HTTP method`),
              {
                Allow: found.allowed.join(", "),
              },
            )
          : errorReply(
              new OktaHttpError(404, "E0000007", `Not found: Resource not found: ${url.pathname} (Endpoint)`),
            );
      record(reply.status);
      return respond(reply);
    }

    if (overConcurrency) {
      // Okta's concurrency violations carry 0s and an estimated reset (wire reference §9).
      res.setHeader("X-Rate-Limit-Limit", "0");
      res.setHeader("X-Rate-Limit-Remaining", "0");
      res.setHeader("X-Rate-Limit-Reset", String(Math.ceil(Date.now() / 1000) + 1));
      record(429);
      return respond(tooManyRequests());
    }

    const rate = limiter.take(family);
    if (rate) {
      res.setHeader("X-Rate-Limit-Limit", String(rate.limit));
      res.setHeader("X-Rate-Limit-Remaining", String(rate.remaining));
      res.setHeader("X-Rate-Limit-Reset", String(rate.reset));
      if (!rate.allowed) {
        record(429);
        return respond(tooManyRequests());
      }
    }

    if (fault?.status) {
      record(fault.status);
      if (fault.status === 429) {
        for (const name of ["X-Rate-Limit-Limit", "X-Rate-Limit-Remaining", "X-Rate-Limit-Reset"])
          res.removeHeader(name);
        if (fault.resetInSeconds !== undefined) {
          res.setHeader("X-Rate-Limit-Limit", "50");
          res.setHeader("X-Rate-Limit-Remaining", "0");
          res.setHeader("X-Rate-Limit-Reset", String(Math.ceil(Date.now() / 1000) + fault.resetInSeconds));
        }
        return respond(tooManyRequests());
      }
      const summary = fault.status >= 500 ? "Internal Server Error" : "Injected fault";
      return respond(
        errorReply(new OktaHttpError(fault.status, fault.status >= 500 ? "E0000009" : "E0000001", summary)),
      );
    }

    const ctx: Context = {
      req,
      url,
      params: found.params,
      org,
      store: options.store,
      keys,
      pageLimit: options.pageLimit,
      now: () => new Date(),
      ...bodyReaders(req),
    };
    let reply: Reply;
    try {
      await authorize(found.route.access, req, ctx, options.apiToken);
      reply = await found.route.handle(ctx);
    } catch (error) {
      if (error instanceof OktaHttpError || error instanceof OAuthHttpError) reply = errorReply(error);
      else throw error;
    }
    record(reply.status);
    // The answer as the tenant is now: what `afterAnswer` changes next is after it.
    const ready = serialize(reply);
    fault?.afterAnswer?.();
    if (fault?.reset === "after") {
      await waitOut();
      req.socket.destroy();
      return;
    }
    await waitOut();
    if (fault?.truncate) {
      // Half the answer's JSON, as a complete HTTP message: a body cut short on its way.
      const body = ready.body?.slice(0, Math.floor(ready.body.length / 2)) ?? "";
      send(res, { ...ready, headers: { ...ready.headers, "Content-Length": Buffer.byteLength(body) }, body });
      return;
    }
    send(res, ready);
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  org = `${options.tls ? "https" : "http"}://127.0.0.1:${port}`;

  return {
    url: org,
    store: options.store,
    faults,
    keys,
    requests,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

async function authorize(
  access: Access,
  req: IncomingMessage,
  ctx: Context,
  apiToken: string,
): Promise<void> {
  if (!access.admin) return;
  const header = req.headers.authorization ?? "";
  const invalid = () => new OktaHttpError(401, "E0000011", "Invalid token provided");
  if (header.startsWith("SSWS ")) {
    if (header.slice(5) !== apiToken) throw invalid();
    return;
  }
  const scheme = /^(Bearer|DPoP) (.+)$/.exec(header);
  if (scheme) {
    const accessToken = scheme[2]!;
    const { scopes, jkt } = await verifyAdminToken(ctx, accessToken).catch(() => {
      throw invalid();
    });
    // A DPoP-bound token only with DPoP and a proof by its key; a bearer token never with DPoP.
    if ((jkt === undefined) !== (scheme[1] === "Bearer")) throw invalid();
    if (jkt !== undefined) {
      const proof = await ctx.store.dpop.verify(req.headers.dpop, {
        method: req.method ?? "GET",
        url: `${ctx.org}${ctx.url.pathname}`,
        accessToken,
      });
      if (proof.jkt !== jkt)
        throw new OAuthHttpError(
          400,
          "invalid_dpop_proof",
          "The DPoP proof is not by the key the token is bound to.",
        );
    }
    if (
      !scopes.includes(access.scope) &&
      !(access.scope.endsWith(".read") && scopes.includes(access.scope.replace(/\.read$/, ".manage")))
    ) {
      throw new OktaHttpError(403, "E0000006", "You do not have permission to perform the requested action");
    }
    return;
  }
  throw invalid();
}

/** Okta's 429 body (wire reference §9); the caller sets the rate-limit headers it has. */
const tooManyRequests = (): Reply =>
  errorReply(new OktaHttpError(429, "E0000047", "API call exceeded rate limit due to too many requests."));

function errorReply(error: OktaHttpError | OAuthHttpError, headers?: Record<string, string>): Reply {
  if (error instanceof OAuthHttpError) {
    return {
      status: error.status,
      body: { error: error.error, error_description: error.description },
      headers: { ...error.headers, ...headers },
    };
  }
  return { status: error.status, body: error.body(), headers: { ...error.headers, ...headers } };
}

interface SerializedReply {
  status: number;
  headers: Record<string, string | string[] | number>;
  body?: string;
}

function serialize(reply: Reply): SerializedReply {
  if (reply.body === undefined) return { status: reply.status, headers: { ...reply.headers } };
  const body = JSON.stringify(reply.body);
  return {
    status: reply.status,
    headers: {
      ...reply.headers,
      "Content-Type": "application/json",
      "Content-Length": Buffer.byteLength(body),
    },
    body,
  };
}

function send(res: ServerResponse, reply: SerializedReply): void {
  for (const [name, value] of Object.entries(reply.headers)) res.setHeader(name, value);
  res.writeHead(reply.status).end(reply.body);
}
