import type { Plan } from "../model/plan.js";
import { printable } from "../printable.js";
import { GroupNamer } from "./display.js";
import { impactText } from "./impact.js";
import { changeName } from "./json.js";
import { findingsText } from "./lint.js";
import { removalWarning } from "./removals.js";

const SYMBOL = { create: "+", update: "~", delete: "-" } as const;

/** The plan for a terminal; colors only when asked (the CLI asks on a TTY). */
export function textReport(plan: Plan, options: { color?: boolean } = {}): string {
  const paint = (code: number, text: string) => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const COLOR = { create: 32, update: 33, delete: 31 } as const;
  const namer = new GroupNamer(plan.groupNames);
  const lines: string[] = [];
  const org = plan.org === undefined ? "" : ` in org ${plan.org}`;
  if (plan.changes.length === 0) lines.push(`No drift${org}: Okta matches the spec.`);
  else
    lines.push(
      `Drift${org}: ${plan.changes.length} change${plan.changes.length === 1 ? "" : "s"} would make Okta match the spec.`,
    );
  const warning = removalWarning(plan);
  if (warning) lines.push(paint(31, `Warning: ${warning}`));
  for (const change of plan.changes) {
    const where = change.resource === "claim" ? ` on ${printable(change.serverName ?? change.serverId)}` : "";
    lines.push("");
    lines.push(
      `${paint(
        COLOR[change.action],
        `${SYMBOL[change.action]} ${change.action} ${change.resource} ${changeName(change)}${where}`,
      )}  (${change.spec.file}:${change.spec.line})`,
    );
    if (change.action === "delete") continue;
    if (change.action === "create") {
      for (const f of change.fields)
        lines.push(paint(32, `    ${f.field}: ${namer.value(f.field, f.after, f.trees?.after)}`));
      continue;
    }
    for (const f of change.fields) {
      lines.push(`    ${f.field}:`);
      lines.push(paint(31, `      - ${namer.value(f.field, f.before, f.trees?.before)}`));
      lines.push(paint(32, `      + ${namer.value(f.field, f.after, f.trees?.after)}`));
    }
  }
  lines.push(...impactText(plan.impact, namer));
  lines.push(...findingsText(plan.findings));
  if (plan.unmanaged.length > 0) {
    lines.push("");
    lines.push(
      `Unmanaged (in Okta, not in the spec; not drift without prune): ${plan.unmanaged.map((u) => printable(`${u.claimName} (${u.claimType}) on ${u.serverName ?? u.serverId}`)).join(", ")}`,
    );
  }
  lines.push("");
  lines.push(`Plan hash: ${plan.hash}`);
  return `${lines.join("\n")}\n`;
}
