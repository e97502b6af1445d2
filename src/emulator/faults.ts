/**
 * Faults to inject, so tests and benchmarks can see how okta-drift behaves when Okta is slow
 * or failing. A rule matches requests by method and path and fires a number of times.
 */
export interface FaultRule {
  method?: string;
  /** A path prefix, or a pattern tested against the path with its query. */
  path?: string | RegExp;
  /** How many matching requests it affects (default 1). */
  times?: number;
  /** Matching requests to let through first (the second read of an app, say). */
  skip?: number;
  /** Answer with this status and Okta's error body instead of handling the request. */
  status?: number;
  /** Drop the connection: before handling, or after handling (the write happened, the reply is lost). */
  reset?: "before" | "after";
  /** Wait this long before answering. */
  delayMs?: number;
  /** With a 429 status: the X-Rate-Limit-Reset this many seconds ahead (none: no rate headers). */
  resetInSeconds?: number;
  /** Handle the request, then send only the first half of the answer's body (a truncated JSON). */
  truncate?: boolean;
  /** Run after the request was handled (named so that a rule is never taken for a promise), before the answer goes: another admin acting between two requests. */
  afterAnswer?: () => void;
}

export class Faults {
  /** Added to every response, to model the network and Okta's own latency. */
  latencyMs = 0;
  /** How many requests a rule has hit so far: the faults injected. */
  fired = 0;
  private rules: (FaultRule & { left: number; skipped: number })[] = [];

  add(rule: FaultRule): void {
    this.rules.push({ ...rule, left: rule.times ?? 1, skipped: 0 });
  }

  clear(): void {
    this.rules = [];
  }

  take(method: string, pathWithQuery: string): FaultRule | undefined {
    const index = this.rules.findIndex((r) => {
      if (!matches(r, method, pathWithQuery)) return false;
      if (r.skipped < (r.skip ?? 0)) {
        r.skipped++;
        return false;
      }
      return true;
    });
    if (index < 0) return undefined;
    const rule = this.rules[index]!;
    rule.left--;
    this.fired++;
    if (rule.left <= 0) this.rules.splice(index, 1);
    return rule;
  }
}

function matches(rule: FaultRule, method: string, pathWithQuery: string): boolean {
  if (rule.method && rule.method.toUpperCase() !== method) return false;
  if (rule.path === undefined) return true;
  return typeof rule.path === "string" ? pathWithQuery.startsWith(rule.path) : rule.path.test(pathWithQuery);
}
