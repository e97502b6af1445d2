import { RE2JS } from "re2js";

/** A name test for a REGEX filter's pattern, or undefined when it cannot be run. */
export type RegexCompiler = (pattern: string) => ((name: string) => boolean) | undefined;

/**
 * Okta's REGEX group filter on RE2's linear-time engine: the pattern must match the whole name,
 * case-sensitively (Java's `matches`). The pattern comes from a spec or the tenant and is tried
 * on every group name, so a backtracking engine would let `(a+)+$` stall a plan; RE2 cannot
 * backtrack. What RE2 does not run (back-references, lookaround) is undefined: unknown.
 */
export const fullMatch: RegexCompiler = (pattern) => {
  try {
    const compiled = RE2JS.compile(pattern);
    return (name) => compiled.matches(name);
  } catch {
    return undefined;
  }
};
