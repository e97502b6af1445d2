import type { OrgPlan } from "../model/orgs.js";
import type { Change, Plan } from "../model/plan.js";
import { printable } from "../printable.js";
import { GroupNamer } from "./display.js";
import { changeName, jsonReport } from "./json.js";
import type { OrgsJsonReport } from "./json-schema.js";
import { escapeMarkdown, markdownReport } from "./markdown.js";
import { sarifReport } from "./sarif.js";
import { textReport } from "./text.js";

/**
 * The side-by-side view of a plan over several orgs: one row per thing that changes anywhere,
 * a column per org. IDs differ between orgs, names do not, so rows are matched by names and
 * values are compared as people read them (group names, not IDs).
 */
export interface OrgRow {
  label: string;
  /** Per org, in the run's order: the change there, undefined when it has none. */
  cells: (Change | undefined)[];
  /** Whether the orgs that change it change it differently (or some do not change it). */
  differs: boolean;
}

export function orgRows(outcomes: OrgPlan[]): OrgRow[] {
  const rows = new Map<
    string,
    { label: string; cells: (Change | undefined)[]; seen: (string | undefined)[] }
  >();
  outcomes.forEach((outcome, i) => {
    if (outcome.status !== "planned") return;
    const namer = new GroupNamer(outcome.plan.groupNames);
    for (const change of outcome.plan.changes) {
      const key = rowKey(change);
      let row = rows.get(key);
      if (!row) {
        row = {
          label: rowLabel(change),
          cells: outcomes.map(() => undefined),
          seen: outcomes.map(() => undefined),
        };
        rows.set(key, row);
      }
      row.cells[i] = change;
      row.seen[i] =
        `${change.action}:${change.fields.map((f) => `${f.field}=${namer.value(f.field, f.after, f.trees?.after)}`).join(";")}`;
    }
  });
  const planned = outcomes.map((o) => o.status === "planned");
  return [...rows.values()].map(({ label, cells, seen }) => ({
    label,
    cells,
    differs: new Set(seen.filter((_, i) => planned[i])).size > 1,
  }));
}

function rowKey(change: Change): string {
  return change.resource === "app-profile"
    ? `app\u0000${change.appLabel}\u0000${change.key}`
    : `claim\u0000${change.serverName ?? change.serverId}\u0000${change.claimName}\u0000${change.claimType}`;
}

function rowLabel(change: Change): string {
  return change.resource === "app-profile"
    ? changeName(change)
    : `${changeName(change)} on ${printable(change.serverName ?? change.serverId)}`;
}

function cell(change: Change | undefined): string {
  if (!change) return "no change";
  return change.action === "update"
    ? `update ${change.fields.map((f) => f.field).join(", ")}`
    : change.action;
}

const changes = (plan: Plan) =>
  `${plan.changes.length === 0 ? "no drift" : `${plan.changes.length} change${plan.changes.length === 1 ? "" : "s"}`}`;

/** The plan of every org for a terminal: the table, then each org's own report. */
export function orgsTextReport(outcomes: OrgPlan[], options: { color?: boolean } = {}): string {
  const rows = orgRows(outcomes);
  const header = ["", ...outcomes.map((o) => o.org)];
  const table = rows.map((r) => [
    r.label,
    ...r.cells.map((c, i) => (outcomes[i]!.status === "error" ? "error" : cell(c))),
  ]);
  const widths = header.map((h, j) => Math.max(h.length, ...table.map((r) => r[j]!.length)));
  const line = (cells: string[], note = "") =>
    `${cells.map((c, j) => c.padEnd(widths[j]!)).join("  ")}${note}`.trimEnd();
  const out: string[] = [
    `${outcomes.length} orgs: ${outcomes.map((o) => `${o.org} ${o.status === "planned" ? changes(o.plan) : "error"}`).join(", ")}`,
  ];
  if (rows.length > 0) {
    out.push("", line(header));
    rows.forEach((r, i) => {
      out.push(line(table[i]!, r.differs ? "  (differs between orgs)" : ""));
    });
  }
  for (const outcome of outcomes) {
    out.push("", `=== ${outcome.org} (${outcome.url}) ===`);
    out.push(
      outcome.status === "planned"
        ? textReport(outcome.plan, options).trimEnd()
        : `Error: ${printable(outcome.error)}`,
    );
  }
  return `${out.join("\n")}\n`;
}

/** The plan of every org for a pull request comment or job summary. */
export function orgsMarkdownReport(
  outcomes: OrgPlan[],
  options: { specFile: string; applyHint?: (org: string, plan: Plan) => string },
): string {
  const rows = orgRows(outcomes);
  const out: string[] = [
    `### okta-drift: ${outcomes.length} orgs for <code>${escapeMarkdown(options.specFile)}</code>`,
    "",
    `| | ${outcomes.map((o) => `<code>${escapeMarkdown(o.org)}</code>`).join(" | ")} |`,
    `| --- | ${outcomes.map(() => "---").join(" | ")} |`,
    `| **Plan** | ${outcomes.map((o) => (o.status === "planned" ? changes(o.plan) : "⚠️ error")).join(" | ")} |`,
  ];
  for (const row of rows)
    out.push(
      `| ${row.differs ? "≠ " : ""}<code>${escapeMarkdown(row.label)}</code> | ${row.cells
        .map((c, i) => (outcomes[i]!.status === "error" ? "—" : escapeMarkdown(cell(c))))
        .join(" | ")} |`,
    );
  out.push("");
  if (rows.some((r) => r.differs)) out.push("≠: the orgs differ in this change (or only some have it).", "");
  for (const outcome of outcomes) {
    if (outcome.status === "error") {
      out.push(
        `#### <code>${escapeMarkdown(outcome.org)}</code>: error`,
        "",
        // A spec error lists one problem per line: each stays on its own line.
        outcome.error
          .split("\n")
          .map((line) => escapeMarkdown(line))
          .join("<br>"),
        "",
      );
      continue;
    }
    const report = markdownReport(outcome.plan, {
      specFile: options.specFile,
      ...(options.applyHint ? { applyHint: options.applyHint(outcome.org, outcome.plan) } : {}),
    });
    out.push(
      `<details${outcome.plan.changes.length > 0 ? " open" : ""}><summary><code>${escapeMarkdown(outcome.org)}</code>: ${changes(outcome.plan)}</summary>`,
      "",
      report.trimEnd(),
      "",
      "</details>",
      "",
    );
  }
  return `${out.join("\n")}\n`;
}

/** The JSON of a many-org plan: each org's report as plan --format json has it, or its error. */
export function orgsJsonReport(outcomes: OrgPlan[]): OrgsJsonReport {
  return {
    orgs: outcomes.map((o) =>
      o.status === "planned"
        ? { org: o.org, url: o.url, status: o.status, report: jsonReport(o.plan) }
        : { org: o.org, url: o.url, status: o.status, error: printable(o.error) },
    ),
  };
}

/** SARIF 2.1.0 with one run per org planned (an org that failed has no results to locate). */
export function orgsSarifReport(outcomes: OrgPlan[]): object {
  const runs = outcomes.flatMap((o) =>
    o.status === "planned"
      ? (sarifReport(o.plan) as { runs: object[] }).runs.map((run) => ({
          ...run,
          automationDetails: { id: `okta-drift/${o.org}/` },
        }))
      : [],
  );
  return { $schema: "https://json.schemastore.org/sarif-2.1.0.json", version: "2.1.0", runs };
}
