import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** An answer the proxy gives instead of Okta's, to the requests a rule matches. */
export interface Answer {
  status: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

export interface Rule {
  method?: string;
  path: RegExp;
  /** Matched against the query string (without `?`), when given. */
  query?: RegExp;
  answer: Answer;
}

export interface SeenRequest {
  method: string;
  path: string;
  authorization: string | undefined;
}

/**
 * A loopback server in front of the embedded tenant that answers the requests its rules match
 * itself (a redirect, an empty body, the wrong shape) and passes every other one through, with
 * the tenant's own address rewritten to the proxy's so issuers and links stay on one origin.
 */
export class AnsweringProxy {
  readonly seen: SeenRequest[] = [];
  url = "";
  private server: Server | undefined;

  constructor(
    private readonly target: string,
    private readonly rules: Rule[],
  ) {}

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const path = req.url ?? "/";
      this.seen.push({ method: req.method ?? "GET", path, authorization: req.headers.authorization });
      const rule = this.rules.find(
        (r) => (r.method ?? req.method) === req.method && r.path.test(path.split("?")[0]!),
      );
      if (rule) {
        req.resume();
        res.writeHead(rule.answer.status, rule.answer.headers ?? {}).end(rule.answer.body ?? "");
        return;
      }
      const upstream = request(
        new URL(path, this.target),
        { method: req.method, headers: { ...req.headers, host: new URL(this.target).host }, agent: false },
        (answer) => {
          const chunks: Buffer[] = [];
          answer.on("data", (c: Buffer) => chunks.push(c));
          answer.on("end", () => {
            const body = Buffer.concat(chunks).toString("utf8").replaceAll(this.target, this.url);
            const headers = { ...answer.headers };
            delete headers["content-length"];
            delete headers["transfer-encoding"];
            if (typeof headers.link === "string")
              headers.link = headers.link.replaceAll(this.target, this.url);
            res.writeHead(answer.statusCode ?? 502, headers).end(body);
          });
        },
      );
      // A connection cut while the test shuts down is no finding.
      upstream.on("error", () => res.destroy());
      req.on("error", () => upstream.destroy());
      req.pipe(upstream);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  close(): Promise<void> {
    this.server?.closeAllConnections();
    return new Promise((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}

/** A server that only records who called it: where a redirect points. */
export class Elsewhere {
  readonly seen: SeenRequest[] = [];
  url = "";
  private server: Server | undefined;

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.seen.push({
        method: req.method ?? "GET",
        path: req.url ?? "/",
        authorization: req.headers.authorization,
      });
      res.writeHead(200, { "content-type": "application/json" }).end("[]");
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.2", resolve));
    this.url = `http://127.0.0.2:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  close(): Promise<void> {
    this.server?.closeAllConnections();
    return new Promise((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}
