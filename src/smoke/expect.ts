import { calleeName } from "../el/ast.js";
import type { ClaimSpec, SmokeTestSpec } from "../spec/model.js";

/** Okta puts at most 100 groups in a claim. */
export const MAX_GROUPS_IN_CLAIM = 100;

/**
 * The claim's values against the test's expectations. Returns one line per mismatch, empty
 * when it holds. A missing claim counts as no values.
 */
export function checkClaim(test: SmokeTestSpec, value: unknown, limit: number | undefined): string[] {
  const values =
    value === undefined || value === null ? [] : Array.isArray(value) ? value.map(String) : [String(value)];
  const got = values.length === 0 ? "none" : `[${values.join(", ")}]`;
  const problems: string[] = [];
  const { equals, includes, excludes } = test.expect;
  if (equals) {
    const missing = equals.filter((v) => !values.includes(v));
    const unexpected = values.filter((v) => !equals.includes(v));
    if (missing.length > 0 || unexpected.length > 0) {
      const detail = [
        missing.length > 0 ? `missing ${missing.join(", ")}` : "",
        unexpected.length > 0 ? `unexpected ${unexpected.join(", ")}` : "",
      ]
        .filter(Boolean)
        .join("; ");
      problems.push(`${test.claim}: expected exactly [${equals.join(", ")}], got ${got} (${detail})`);
    }
  }
  const missing = (includes ?? []).filter((v) => !values.includes(v));
  if (missing.length > 0)
    problems.push(`${test.claim}: expected to include [${missing.join(", ")}], got ${got}`);
  const present = (excludes ?? []).filter((v) => values.includes(v));
  if (present.length > 0)
    problems.push(`${test.claim}: expected not to hold [${present.join(", ")}], got ${got}`);
  if (limit !== undefined && values.length > limit)
    problems.push(`${test.claim}: holds ${values.length} values, more than the claim's limit of ${limit}`);
  return problems;
}

const LIMITED = new Set(["getFilteredGroups", "Groups.startsWith", "Groups.contains", "Groups.endsWith"]);

/** The limit a claim puts on its values: a literal getFilteredGroups/Groups.* limit, else Okta's 100. */
export function claimLimit(claim: ClaimSpec | undefined): number | undefined {
  if (!claim) return undefined;
  if (claim.valueType === "GROUPS") return MAX_GROUPS_IN_CLAIM;
  const { expr } = claim;
  if (expr?.kind === "call" && LIMITED.has(calleeName(expr) ?? "")) {
    const limit = expr.args[2];
    return limit?.kind === "number" ? limit.value : MAX_GROUPS_IN_CLAIM;
  }
  return undefined;
}
