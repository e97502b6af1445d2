import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: "Bot" | "User" };
}

/** The author of everything the Action writes, as GitHub reports the Actions token. */
export const ACTIONS_BOT = { login: "github-actions[bot]", type: "Bot" as const };

/** A pull request's merge, as the commits→pulls API reports it. */
export interface FakeMerge {
  headSha: string;
  mergeCommitSha: string;
}

export interface FakeIssue {
  number: number;
  /** Pull requests only: set once merged. */
  merge?: FakeMerge;
  title: string;
  body: string;
  labels: { name: string }[];
  state: "open" | "closed";
  comments: FakeComment[];
  user: { login: string; type: "Bot" | "User" };
}

/**
 * The few GitHub REST endpoints the Action uses, on loopback, recording what it is sent:
 * issue and pull request comments, and issues. `forbidComments` answers comment writes as
 * GitHub answers a read-only token.
 */
export class FakeGitHub {
  url = "";
  readonly issues = new Map<number, FakeIssue>();
  readonly requests: { method: string; path: string; authorization: string | undefined; body: string }[] = [];
  forbidComments = false;
  /** Answer issue writes as a token without `issues: write` gets them answered. */
  forbidIssues = false;
  /** Answer this many of the next requests with 502 (GitHub having a bad moment). */
  failNext = 0;
  /** Set for a personal token: GET /user answers this login, and writes are authored by it. */
  tokenUser: string | undefined;
  /**
   * Set for a GitHub App's installation token: GET /user is refused (as for the workflow's
   * token), GraphQL's viewer is the app's bot, and writes are authored by it.
   */
  appBot: string | undefined;
  private nextId = 1000;
  private server: Server | undefined;

  /** A comment by a person, e.g. one that pastes okta-drift's marker. */
  addHumanComment(
    number: number,
    body: string,
    user: FakeComment["user"] = { login: "someone", type: "User" },
  ): void {
    this.issues.get(number)!.comments.push({ id: this.nextId++, body, user });
  }

  /** Merges a pull request: `mergeCommitSha` on the default branch came from `headSha`. */
  merge(number: number, merge: FakeMerge): void {
    this.issues.get(number)!.merge = merge;
  }

  /** A pull request is an issue too; its comments live on it. */
  addPullRequest(number: number): void {
    this.issues.set(number, {
      number,
      title: `PR ${number}`,
      body: "",
      labels: [],
      state: "open",
      comments: [],
      user: { login: "author", type: "User" },
    });
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      let body = "";
      req.on("data", (chunk) => {
        body += String(chunk);
      });
      req.on("end", () => {
        const url = new URL(req.url ?? "/", "http://localhost");
        this.requests.push({
          method: req.method ?? "",
          path: url.pathname + url.search,
          authorization: req.headers.authorization,
          body,
        });
        if (this.failNext > 0) {
          this.failNext--;
          res.writeHead(502, { "Content-Type": "application/json" }).end('{"message":"Bad Gateway"}');
          return;
        }
        const { status, json } = this.route(
          req.method ?? "GET",
          url,
          body ? (JSON.parse(body) as Record<string, unknown>) : {},
        );
        res.writeHead(status, { "Content-Type": "application/json" }).end(JSON.stringify(json));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  private author(): FakeComment["user"] {
    if (this.tokenUser) return { login: this.tokenUser, type: "User" };
    return this.appBot ? { login: this.appBot, type: "Bot" } : ACTIONS_BOT;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  private route(method: string, url: URL, body: Record<string, unknown>): { status: number; json: unknown } {
    const path = url.pathname;
    // The workflow token is an installation token: it has no user of its own.
    if (path === "/user") {
      return this.tokenUser
        ? { status: 200, json: { login: this.tokenUser, type: "User" } }
        : { status: 403, json: { message: "Resource not accessible by integration" } };
    }
    // GraphQL answers `viewer` for any token: an installation token's is its app's bot.
    if (path === "/graphql" && method === "POST") {
      if (!/\bviewer\s*\{\s*login\s*\}/.test(String(body.query)))
        return { status: 200, json: { errors: [{ message: "the fake answers only viewer { login }" }] } };
      return { status: 200, json: { data: { viewer: { login: this.author()!.login } } } };
    }
    let m = /^\/repos\/[^/]+\/[^/]+\/commits\/([0-9a-f]+)\/pulls$/.exec(path);
    if (m) {
      const sha = m[1];
      const pulls = [...this.issues.values()].filter(
        (i) => i.merge && (i.merge.mergeCommitSha === sha || i.merge.headSha === sha),
      );
      return {
        status: 200,
        json: pulls.map((i) => ({
          number: i.number,
          state: "closed",
          merged_at: "2026-12-01T10:00:00Z",
          merge_commit_sha: i.merge!.mergeCommitSha,
          head: { sha: i.merge!.headSha },
        })),
      };
    }
    m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/labels(?:\/(.+))?$/.exec(path);
    if (m) {
      const issue = this.issues.get(Number(m[1]));
      if (!issue) return { status: 404, json: { message: "Not Found" } };
      if (method === "POST") {
        for (const name of body.labels as string[])
          if (!issue.labels.some((l) => l.name === name)) issue.labels.push({ name });
        return { status: 200, json: issue.labels };
      }
      if (method === "DELETE") {
        const name = decodeURIComponent(m[2] ?? "");
        if (!issue.labels.some((l) => l.name === name))
          return { status: 404, json: { message: "Label does not exist" } };
        issue.labels = issue.labels.filter((l) => l.name !== name);
        return { status: 200, json: issue.labels };
      }
    }
    m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(path);
    if (m) {
      const issue = this.issues.get(Number(m[1]));
      if (!issue) return { status: 404, json: { message: "Not Found" } };
      if (method === "GET") return { status: 200, json: issue.comments };
      if (this.forbidComments)
        return { status: 403, json: { message: "Resource not accessible by integration" } };
      const comment: FakeComment = { id: this.nextId++, body: String(body.body), user: this.author() };
      issue.comments.push(comment);
      return { status: 201, json: comment };
    }
    m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(path);
    if (m && method === "PATCH") {
      if (this.forbidComments)
        return { status: 403, json: { message: "Resource not accessible by integration" } };
      const comment = [...this.issues.values()]
        .flatMap((i) => i.comments)
        .find((c) => c.id === Number(m![1]));
      if (!comment) return { status: 404, json: { message: "Not Found" } };
      comment.body = String(body.body);
      return { status: 200, json: comment };
    }
    if (/^\/repos\/[^/]+\/[^/]+\/issues$/.test(path)) {
      if (method === "GET") {
        const label = url.searchParams.get("labels");
        const state = url.searchParams.get("state") ?? "open";
        return {
          status: 200,
          json: [...this.issues.values()].filter(
            (i) => i.state === state && (!label || i.labels.some((l) => l.name === label)),
          ),
        };
      }
      if (this.forbidIssues)
        return { status: 403, json: { message: "Resource not accessible by integration" } };
      const number = this.nextId++;
      const issue: FakeIssue = {
        number,
        title: String(body.title),
        body: String(body.body),
        labels: ((body.labels as string[]) ?? []).map((name) => ({ name })),
        state: "open",
        comments: [],
        user: this.author(),
      };
      this.issues.set(number, issue);
      return { status: 201, json: issue };
    }
    m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)$/.exec(path);
    if (m && method === "PATCH") {
      const issue = this.issues.get(Number(m[1]));
      if (!issue) return { status: 404, json: { message: "Not Found" } };
      if (typeof body.body === "string") issue.body = body.body;
      if (body.state === "open" || body.state === "closed") issue.state = body.state;
      return { status: 200, json: issue };
    }
    return { status: 404, json: { message: `fake GitHub has no ${method} ${path}` } };
  }
}
