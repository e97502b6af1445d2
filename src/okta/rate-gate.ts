import { setTimeout as sleep } from "node:timers/promises";

/**
 * Okta's rate-limit buckets, as the client learns them from `X-Rate-Limit-*` headers. Okta
 * counts per endpoint family; the client keys its knowledge the same way so that one busy
 * family never slows another.
 */
export function endpointFamily(path: string): string {
  if (/^\/api\/v1\/apps\/?$/.test(path)) return "apps";
  if (/^\/api\/v1\/apps\/[^/]+\/?$/.test(path)) return "app";
  if (path.startsWith("/api/v1/apps/")) return "apps";
  if (/^\/api\/v1\/groups\/?$/.test(path)) return "groups";
  if (path.startsWith("/api/v1/groups/")) return "group";
  if (path.startsWith("/api/v1/users")) return "users";
  if (path.startsWith("/api/v1/authorizationServers")) return "authorizationServers";
  if (path.startsWith("/oauth2/")) return "oauth";
  return "other";
}

/** A window whose reset no response has told yet. */
const PENDING = Number.POSITIVE_INFINITY;

interface Bucket {
  limit: number;
  remaining: number;
  /** Local epoch milliseconds when the window resets. */
  resetAt: number;
  inFlight: number;
}

/**
 * Holds requests back before Okta would refuse them: a request waits when the requests
 * already in flight would use up what the bucket has left, until the window resets.
 */
export class RateGate {
  private readonly buckets = new Map<string, Bucket>();
  /** Requests held back, for the statistics of a run. */
  waits = 0;

  constructor(private readonly now: () => number = Date.now) {}

  async acquire(family: string): Promise<void> {
    for (;;) {
      const bucket = this.buckets.get(family);
      if (!bucket) {
        this.buckets.set(family, {
          limit: Number.POSITIVE_INFINITY,
          remaining: Number.POSITIVE_INFINITY,
          resetAt: 0,
          inFlight: 1,
        });
        return;
      }
      if (this.now() >= bucket.resetAt) {
        // The window is over: assume a full bucket once, until a response tells the new reset.
        bucket.remaining = bucket.limit;
        bucket.resetAt = PENDING;
      }
      if (bucket.remaining - bucket.inFlight > 0) {
        bucket.inFlight++;
        return;
      }
      this.waits++;
      const wait = bucket.resetAt === PENDING ? 25 : Math.max(10, bucket.resetAt - this.now());
      await sleep(wait);
    }
  }

  /** Records what a response said of its bucket. `serverNow` corrects for clock skew. */
  release(
    family: string,
    headers: { limit?: number; remaining?: number; reset?: number; serverNow?: number },
  ): void {
    const bucket = this.buckets.get(family);
    if (!bucket) return;
    bucket.inFlight = Math.max(0, bucket.inFlight - 1);
    if (headers.limit === undefined || headers.remaining === undefined || headers.reset === undefined) return;
    const skew = headers.serverNow === undefined ? 0 : this.now() - headers.serverNow;
    // Okta's reset is whole seconds; a small margin keeps us past the server's boundary.
    const resetAt = headers.reset * 1000 + skew + 100;
    if (
      bucket.resetAt === PENDING ||
      resetAt > bucket.resetAt + 1000 ||
      bucket.limit === Number.POSITIVE_INFINITY
    ) {
      // A new window: trust this response's count.
      bucket.remaining = headers.remaining;
    } else {
      // The same window: answers arrive out of order, so the lowest count is the freshest.
      bucket.remaining = Math.min(bucket.remaining, headers.remaining);
    }
    bucket.limit = headers.limit;
    bucket.resetAt = bucket.resetAt === PENDING ? resetAt : Math.max(bucket.resetAt, resetAt);
  }

  /**
   * After a 429: nothing is left until the reset the 429 named. That is Okta's newest word on
   * this bucket, so it replaces what earlier answers said (a later window's reset would hold
   * the whole family back long after Okta takes requests again).
   */
  exhausted(family: string, resetAt: number): void {
    const bucket = this.buckets.get(family);
    if (!bucket) return;
    bucket.remaining = 0;
    bucket.resetAt = resetAt;
  }
}
