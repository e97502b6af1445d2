/** The outcome of one smoke test. */
export interface SmokeResult {
  name: string;
  status: "pass" | "fail" | "error";
  /** Why it failed or errored, one line each. */
  problems: string[];
  /** The claims that matter, from a verified token (never the token itself). */
  claims?: { sub?: unknown; aud?: unknown; scp?: unknown; jti?: unknown; value?: unknown };
}
