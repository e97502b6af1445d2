import type { IncomingMessage } from "node:http";
import { parseJsonBody, type Reply, readBody } from "./http.js";
import type { Keys } from "./keys.js";
import type { EndpointFamily } from "./rate-limits.js";
import type { TenantStore } from "./store.js";

/** Who may call a route: the admin API (SSWS token or an okta.* bearer token), or anyone. */
export type Access = { admin: true; scope: string } | { admin: false };

export interface Context {
  req: IncomingMessage;
  url: URL;
  params: Record<string, string>;
  /** The org's base URL as clients see it, e.g. http://127.0.0.1:8080. */
  org: string;
  store: TenantStore;
  keys: Keys;
  /** A cap on every list's page size (EmulatorOptions.pageLimit). */
  pageLimit: number | undefined;
  now(): Date;
  text(): Promise<string>;
  json(): Promise<Record<string, unknown>>;
  form(): Promise<URLSearchParams>;
}

export interface Route {
  method: string;
  pattern: string;
  family: EndpointFamily;
  access: Access;
  handle(ctx: Context): Promise<Reply> | Reply;
}

interface CompiledRoute extends Route {
  regex: RegExp;
  names: string[];
}

export class Router {
  private readonly routes: CompiledRoute[] = [];

  add(...routes: Route[]): void {
    for (const route of routes) {
      const names: string[] = [];
      const source = route.pattern.replace(/[.]/g, "\\.").replace(/:([A-Za-z]+)/g, (_m, name: string) => {
        names.push(name);
        return "([^/]+)";
      });
      this.routes.push({ ...route, regex: new RegExp(`^${source}$`), names });
    }
  }

  /** The route for a request, or the methods the path allows (for a 405) when none matches. */
  match(
    method: string,
    path: string,
  ): { route: CompiledRoute; params: Record<string, string> } | { allowed: string[] } {
    const allowed: string[] = [];
    for (const route of this.routes) {
      const m = route.regex.exec(path);
      if (!m) continue;
      if (route.method !== method) {
        allowed.push(route.method);
        continue;
      }
      const params = Object.fromEntries(route.names.map((n, i) => [n, decodeURIComponent(m[i + 1]!)]));
      return { route, params };
    }
    return { allowed };
  }
}

export function bodyReaders(req: IncomingMessage): Pick<Context, "text" | "json" | "form"> {
  let cached: Promise<string> | undefined;
  const text = () => {
    cached ??= readBody(req);
    return cached;
  };
  return {
    text,
    json: async () => parseJsonBody(await text()),
    form: async () => new URLSearchParams(await text()),
  };
}
