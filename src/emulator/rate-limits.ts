/**
 * Okta's per-minute rate limits, one bucket per endpoint family. Defaults are the Enterprise
 * column of Okta's table (wire reference §9). Windows start with a family's first request and
 * are not aligned to wall-clock minutes, as Okta says of its own.
 */
export type EndpointFamily =
  | "apps"
  | "app"
  | "groups"
  | "group"
  | "users"
  | "authorizationServers"
  | "token"
  | "authn"
  | "unlimited";

export const DEFAULT_RATE_LIMITS: Record<Exclude<EndpointFamily, "unlimited">, number> = {
  apps: 100, // GET/POST /api/v1/apps and every /api/v1/apps/* sub-resource
  app: 600, // /api/v1/apps/{id}
  groups: 600, // GET/POST /api/v1/groups
  group: 1000, // /api/v1/groups/{id} and below
  users: 600,
  authorizationServers: 600, // "most other /api/v1" endpoints
  token: 600,
  authn: 600,
};

export interface RateLimitOptions {
  windowMs?: number;
  limits?: Partial<Record<EndpointFamily, number>>;
}

export interface RateLimitState {
  limit: number;
  remaining: number;
  /** UTC epoch seconds when the window ends. */
  reset: number;
  allowed: boolean;
}

export class RateLimiter {
  private readonly windowMs: number;
  private readonly limits: Record<string, number>;
  private readonly windows = new Map<EndpointFamily, { start: number; used: number }>();

  constructor(
    options: RateLimitOptions = {},
    private readonly now: () => number = Date.now,
  ) {
    this.windowMs = options.windowMs ?? 60_000;
    this.limits = { ...DEFAULT_RATE_LIMITS, ...options.limits };
  }

  take(family: EndpointFamily): RateLimitState | undefined {
    const limit = this.limits[family];
    if (family === "unlimited" || limit === undefined) return undefined;
    const now = this.now();
    let window = this.windows.get(family);
    if (!window || now >= window.start + this.windowMs) {
      window = { start: now, used: 0 };
      this.windows.set(family, window);
    }
    const allowed = window.used < limit;
    if (allowed) window.used++;
    return {
      limit,
      remaining: Math.max(0, limit - window.used),
      reset: Math.ceil((window.start + this.windowMs) / 1000),
      allowed,
    };
  }
}
