import type { Plan } from "../model/plan.js";

/** What a plan takes away: deleted claims, and allowlists that lose groups. */
export interface Removals {
  claimsDeleted: number;
  /** Allowlists (app profile keys) the plan removes at least one group from. */
  allowlistsShrunk: number;
}

export function removals(plan: Plan): Removals {
  let claimsDeleted = 0;
  let allowlistsShrunk = 0;
  for (const change of plan.changes) {
    if (change.resource === "claim" && change.action === "delete") claimsDeleted++;
    if (change.resource !== "app-profile") continue;
    const [field] = change.fields;
    const after = new Set(Array.isArray(field?.after) ? field.after.map(String) : []);
    const before = Array.isArray(field?.before) ? field.before.map(String) : [];
    if (before.some((id) => !after.has(id))) allowlistsShrunk++;
  }
  return { claimsDeleted, allowlistsShrunk };
}

/** One line that says what the plan takes away, or undefined when it takes nothing away. */
export function removalWarning(plan: Plan): string | undefined {
  const { claimsDeleted, allowlistsShrunk } = removals(plan);
  const parts = [
    ...(claimsDeleted > 0 ? [`deletes ${claimsDeleted} claim${claimsDeleted === 1 ? "" : "s"}`] : []),
    ...(allowlistsShrunk > 0
      ? [`removes groups from ${allowlistsShrunk} allowlist${allowlistsShrunk === 1 ? "" : "s"}`]
      : []),
  ];
  return parts.length === 0
    ? undefined
    : `This plan ${parts.join(" and ")}: tokens will lose what they carry now.`;
}
