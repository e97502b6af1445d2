import type { Change, Plan } from "../model/plan.js";
import { printable } from "../printable.js";
import { GroupNamer } from "./display.js";
import { groupWithMembers, impactNotes, tokenOf, usersAffected } from "./impact.js";
import { countOf } from "./lint.js";
import { removalWarning } from "./removals.js";

/**
 * Escapes text for a Markdown table cell or HTML: every value that comes from Okta or the
 * spec goes through here, so a group named `a | b` or `<img src=x onerror=...>` stays text.
 */
export function escapeMarkdown(text: string): string {
  return printable(text.replace(/\r?\n/g, " "))
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("|", "&#124;")
    .replaceAll("`", "&#96;")
    .replaceAll("[", "&#91;")
    .replaceAll("]", "&#93;")
    .replaceAll("@", "&#64;")
    .replace(/\r?\n/g, " ");
}

/** Impact rows shown open; more are folded in <details>. */
const IMPACT_ROWS_SHOWN = 10;

const code = (text: string) => `<code>${escapeMarkdown(text)}</code>`;
const ACTION = { create: "➕ create", update: "✏️ update", delete: "🗑️ delete" } as const;

export interface MarkdownOptions {
  /** The spec file as the reader knows it (repository-relative). */
  specFile: string;
  /** How to apply this plan, shown under it. */
  applyHint?: string;
}

/** The plan for PR comments and job summaries: a table per resource, details collapsed. */
export function markdownReport(plan: Plan, options: MarkdownOptions): string {
  const namer = new GroupNamer(plan.groupNames);
  const out: string[] = [];
  const count = plan.changes.length;
  out.push(
    `### okta-drift: ${count === 0 ? "no drift" : `${count} change${count === 1 ? "" : "s"}`} for ${code(options.specFile)}${plan.org === undefined ? "" : ` in ${code(plan.org)}`}`,
  );
  out.push("");
  if (count === 0) out.push("Okta matches the spec.");
  const warning = removalWarning(plan);
  if (warning) out.push(`> [!WARNING]\n> ${warning}`, "");

  const apps = plan.changes.filter((c) => c.resource === "app-profile");
  if (apps.length > 0) {
    out.push(
      "#### App profiles",
      "",
      "| Change | App | Profile key | Groups | Spec |",
      "| --- | --- | --- | --- | --- |",
    );
    for (const c of apps) {
      const f = c.fields[0]!;
      out.push(
        `| ${ACTION[c.action]} | ${code(c.appLabel)} | ${code(c.key)} | ${escapeMarkdown(namer.setDelta(f.before, f.after) ?? "")} | ${escapeMarkdown(`${c.spec.file}:${c.spec.line}`)} |`,
      );
    }
    out.push("");
  }
  const claims = plan.changes.filter((c) => c.resource === "claim");
  if (claims.length > 0) {
    out.push(
      "#### Claims",
      "",
      "| Change | Claim | Token | Authorization server | Fields | Spec |",
      "| --- | --- | --- | --- | --- | --- |",
    );
    for (const c of claims) {
      const fields = c.action === "update" ? c.fields.map((f) => f.field).join(", ") : "";
      out.push(
        `| ${ACTION[c.action]} | ${code(c.claimName)} | ${c.claimType === "RESOURCE" ? "access" : "ID"} | ${code(c.serverName ?? c.serverId)} | ${escapeMarkdown(fields)} | ${escapeMarkdown(`${c.spec.file}:${c.spec.line}`)} |`,
      );
    }
    out.push("");
  }
  if (count > 0) {
    out.push("<details><summary>Field by field</summary>", "");
    for (const c of plan.changes) out.push(...details(c, namer), "");
    out.push("</details>", "");
  }
  if (plan.impact.length > 0) {
    const rows = plan.impact.map((i) => {
      const users = usersAffected(i);
      return `| ${code(i.appLabel)} | ${code(i.claimName)} | ${tokenOf(i)} | ${escapeMarkdown(i.entering.map((g) => groupWithMembers(namer, g)).join(", ") || "—")} | ${escapeMarkdown(i.leaving.map((g) => groupWithMembers(namer, g)).join(", ") || "—")} | ${users === undefined ? "?" : i.users && !i.users.truncated ? String(users) : `up to ${users}`}${impactNotes(i).length > 0 ? `; ${escapeMarkdown(impactNotes(i).join("; "))}` : ""} |`;
    });
    const table = [
      "| App | Claim | Token | + groups | − groups | Users affected |",
      "| --- | --- | --- | --- | --- | --- |",
      ...rows,
    ];
    // A long impact is folded, so the tables of changes stay in view.
    if (rows.length > IMPACT_ROWS_SHOWN)
      out.push(
        "#### Impact on tokens",
        "",
        `<details><summary>${rows.length} app and claim pairs change</summary>`,
        "",
        ...table,
        "",
        "</details>",
        "",
      );
    else out.push("#### Impact on tokens", "", ...table, "");
  }
  if (plan.findings.length > 0) {
    out.push(
      `#### Claim lint: ${countOf(plan.findings)}`,
      "",
      "| Severity | Rule | Finding | Spec |",
      "| --- | --- | --- | --- |",
      ...plan.findings.map(
        (f) =>
          `| ${f.ignored === undefined ? (f.severity === "error" ? "❌ error" : "⚠️ warning") : "ignored"} | ${code(f.rule)} | ${escapeMarkdown(f.message)}${f.ignored === undefined ? "" : ` (ignored: ${escapeMarkdown(f.ignored)})`} | ${escapeMarkdown(`${f.spec.file}:${f.spec.line}`)} |`,
      ),
      "",
    );
  }
  if (plan.unmanaged.length > 0) {
    out.push(
      `<details><summary>${plan.unmanaged.length} unmanaged claim${plan.unmanaged.length === 1 ? "" : "s"} (in Okta, not in the spec; not drift)</summary>`,
      "",
      ...plan.unmanaged.map(
        (u) =>
          `- ${code(u.claimName)} (${u.claimType === "RESOURCE" ? "access" : "ID"} token) on ${code(u.serverName ?? u.serverId)}`,
      ),
      "",
      "</details>",
      "",
    );
  }
  out.push(`Plan hash: ${code(plan.hash)}`);
  if (count > 0 && options.applyHint) out.push("", escapeMarkdown(options.applyHint).replace(/&#96;/g, "`"));
  return `${out.join("\n")}\n`;
}

function details(change: Change, namer: GroupNamer): string[] {
  const title =
    change.resource === "app-profile"
      ? `${ACTION[change.action]} ${code(change.appLabel)} ${code(`profile.${change.key}`)}`
      : `${ACTION[change.action]} claim ${code(change.claimName)} (${change.claimType}) on ${code(change.serverName ?? change.serverId)}`;
  const rows = change.fields.map(
    (f) =>
      `| ${code(f.field)} | ${code(namer.value(f.field, f.before, f.trees?.before))} | ${code(namer.value(f.field, f.after, f.trees?.after))} |`,
  );
  return [`**${title}**`, "", "| Field | Okta now | Spec |", "| --- | --- | --- |", ...rows];
}

/** GitHub refuses comments longer than this many characters. */
export const GITHUB_COMMENT_LIMIT = 65_536;

/**
 * A report cut to fit a comment: whole lines only, with a note saying so and where the full
 * report is. Room is left for the marker and the note.
 */
export function fitComment(markdown: string, note: string, limit = GITHUB_COMMENT_LIMIT - 512): string {
  if (markdown.length <= limit) return markdown;
  const room = limit - note.length - 64;
  const cut = markdown.lastIndexOf("\n", room);
  const head = markdown.slice(0, cut > 0 ? cut : room);
  // An unclosed <details> would swallow the note.
  const open = (head.match(/<details>/g) ?? []).length - (head.match(/<\/details>/g) ?? []).length;
  return `${head}\n${"</details>\n".repeat(Math.max(0, open))}\n> ${note}\n`;
}
