import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  changeName,
  jsonReport
} from "./chunk-7PITNFYO.js";
import {
  OKTA_HELP,
  OKTA_OPTIONS,
  mapAllowlistEntries,
  oktaAdmin,
  orgTargets,
  plan,
  print
} from "./chunk-FIOG37SW.js";
import {
  countOf,
  failsRun,
  findingsText
} from "./chunk-AE64PL6H.js";
import {
  formatOption,
  specFileOption
} from "./chunk-GVBA5SDU.js";
import {
  DEFAULTS,
  impactMaxUsersSetting,
  impactSetting,
  readSpecFile
} from "./chunk-OCDX2CVE.js";
import {
  RULES
} from "./chunk-BJWWQOQD.js";
import {
  isGroupId
} from "./chunk-ITESICWW.js";
import {
  EXIT
} from "./chunk-4MP7JDIM.js";
import {
  VERSION
} from "./chunk-YZTESDR2.js";
import {
  SpecError,
  UserError
} from "./chunk-GF2GQFVC.js";
import {
  printable
} from "./chunk-YPXYFTOR.js";

// src/report/display.ts
var GroupNamer = class {
  names;
  constructor(names) {
    this.names = new Map(Object.entries(names));
  }
  group(id) {
    const name = this.names.get(id);
    return printable(name === void 0 ? id : `${name} (${id})`);
  }
  /** An expression with allowlisted group IDs replaced by names, for people to read. */
  expression(expr) {
    return printable(
      print(
        mapAllowlistEntries(expr, (entry) => isGroupId(entry) ? this.names.get(entry) ?? entry : entry)
      )
    );
  }
  /** A field's value as one line of text; `tree` is the parsed expression of a claim's value. */
  value(field, value, tree) {
    if (value === null || value === void 0) return "(none)";
    if (field === "value" && tree) return this.expression(tree);
    if (Array.isArray(value))
      return value.length === 0 ? "[]" : value.map((v) => typeof v === "string" && isGroupId(v) ? this.group(v) : printable(String(v))).join(", ");
    if (typeof value === "object") return JSON.stringify(value);
    return printable(String(value));
  }
  /** For allowlists: what the change adds and removes, e.g. `+EastCoastDivision (00g...)`. */
  setDelta(before, after) {
    if (!Array.isArray(after)) return void 0;
    const old = new Set(Array.isArray(before) ? before.map(String) : []);
    const now = new Set(after.map(String));
    const added = [...now].filter((v) => !old.has(v)).map((v) => `+${this.group(v)}`);
    const removed = [...old].filter((v) => !now.has(v)).map((v) => `-${this.group(v)}`);
    const parts = [...added, ...removed];
    return parts.length > 0 ? parts.join(", ") : "order";
  }
};

// src/report/impact.ts
function groupWithMembers(namer, group) {
  const count = group.members === void 0 ? "" : ` · ${group.members} user${group.members === 1 ? "" : "s"}`;
  return `${namer.group(group.id)}${count}`;
}
function usersAffected(impact) {
  if (impact.users && !impact.users.truncated)
    return (/* @__PURE__ */ new Set([...impact.users.gaining, ...impact.users.losing])).size;
  if (impact.unknown) return void 0;
  const groups = [...impact.entering, ...impact.leaving];
  if (groups.some((g) => g.members === void 0)) return void 0;
  return groups.reduce((sum, g) => sum + (g.members ?? 0), 0);
}
function tokenOf(impact) {
  return impact.claimType === "RESOURCE" ? "access" : "ID";
}
function impactNotes(impact) {
  const notes = [];
  if (impact.limit.before !== impact.limit.after)
    notes.push(`limit ${impact.limit.before ?? "none"} → ${impact.limit.after ?? "none"}`);
  if (impact.filter)
    notes.push(printable(`filter ${impact.filter.before ?? "none"} → ${impact.filter.after ?? "none"}`));
  if (impact.unknown)
    notes.push(
      `groups ${impact.unknown === "both" ? "before and after" : impact.unknown} not worked out (${impact.unknownBecause === "group-filter" ? "a CONTAINS or REGEX filter: --impact groups lists its groups, unless the REGEX needs back-references or lookaround" : "an expression okta-drift cannot read, such as a Groups.* function"})`
    );
  return notes;
}
function impactText(impacts, namer) {
  if (impacts.length === 0) return [];
  const lines = ["", "Impact on tokens:"];
  for (const i of impacts) {
    const users = usersAffected(i);
    lines.push(
      `  ${printable(i.appLabel)} · ${printable(i.claimName)} (${tokenOf(i)} token) on ${printable(i.serverName ?? i.serverId)}${users === void 0 ? "" : `: ${i.users && !i.users.truncated ? "" : "up to "}${users} user(s) affected`}`
    );
    const parts = [
      ...i.entering.map((g) => `+${groupWithMembers(namer, g)}`),
      ...i.leaving.map((g) => `-${groupWithMembers(namer, g)}`),
      ...impactNotes(i)
    ];
    lines.push(`    ${parts.join(", ")}`);
    if (i.users) {
      const more = i.users.truncated ? " (and more: the list stopped at --impact-max-users)" : "";
      if (i.users.gaining.length > 0)
        lines.push(`    gaining: ${printable(i.users.gaining.join(", "))}${more}`);
      if (i.users.losing.length > 0) lines.push(`    losing: ${printable(i.users.losing.join(", "))}${more}`);
    }
  }
  return lines;
}

// src/report/removals.ts
function removals(plan2) {
  let claimsDeleted = 0;
  let allowlistsShrunk = 0;
  for (const change of plan2.changes) {
    if (change.resource === "claim" && change.action === "delete") claimsDeleted++;
    if (change.resource !== "app-profile") continue;
    const [field] = change.fields;
    const after = new Set(Array.isArray(field?.after) ? field.after.map(String) : []);
    const before = Array.isArray(field?.before) ? field.before.map(String) : [];
    if (before.some((id) => !after.has(id))) allowlistsShrunk++;
  }
  return { claimsDeleted, allowlistsShrunk };
}
function removalWarning(plan2) {
  const { claimsDeleted, allowlistsShrunk } = removals(plan2);
  const parts = [
    ...claimsDeleted > 0 ? [`deletes ${claimsDeleted} claim${claimsDeleted === 1 ? "" : "s"}`] : [],
    ...allowlistsShrunk > 0 ? [`removes groups from ${allowlistsShrunk} allowlist${allowlistsShrunk === 1 ? "" : "s"}`] : []
  ];
  return parts.length === 0 ? void 0 : `This plan ${parts.join(" and ")}: tokens will lose what they carry now.`;
}

// src/report/markdown.ts
function escapeMarkdown(text) {
  return printable(text.replace(/\r?\n/g, " ")).replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("|", "&#124;").replaceAll("`", "&#96;").replaceAll("[", "&#91;").replaceAll("]", "&#93;").replaceAll("@", "&#64;").replace(/\r?\n/g, " ");
}
var IMPACT_ROWS_SHOWN = 10;
var code = (text) => `<code>${escapeMarkdown(text)}</code>`;
var ACTION = { create: "➕ create", update: "✏️ update", delete: "🗑️ delete" };
function markdownReport(plan2, options) {
  const namer = new GroupNamer(plan2.groupNames);
  const out = [];
  const count = plan2.changes.length;
  out.push(
    `### okta-drift: ${count === 0 ? "no drift" : `${count} change${count === 1 ? "" : "s"}`} for ${code(options.specFile)}${plan2.org === void 0 ? "" : ` in ${code(plan2.org)}`}`
  );
  out.push("");
  if (count === 0) out.push("Okta matches the spec.");
  const warning = removalWarning(plan2);
  if (warning) out.push(`> [!WARNING]
> ${warning}`, "");
  const apps = plan2.changes.filter((c) => c.resource === "app-profile");
  if (apps.length > 0) {
    out.push(
      "#### App profiles",
      "",
      "| Change | App | Profile key | Groups | Spec |",
      "| --- | --- | --- | --- | --- |"
    );
    for (const c of apps) {
      const f = c.fields[0];
      out.push(
        `| ${ACTION[c.action]} | ${code(c.appLabel)} | ${code(c.key)} | ${escapeMarkdown(namer.setDelta(f.before, f.after) ?? "")} | ${escapeMarkdown(`${c.spec.file}:${c.spec.line}`)} |`
      );
    }
    out.push("");
  }
  const claims = plan2.changes.filter((c) => c.resource === "claim");
  if (claims.length > 0) {
    out.push(
      "#### Claims",
      "",
      "| Change | Claim | Token | Authorization server | Fields | Spec |",
      "| --- | --- | --- | --- | --- | --- |"
    );
    for (const c of claims) {
      const fields = c.action === "update" ? c.fields.map((f) => f.field).join(", ") : "";
      out.push(
        `| ${ACTION[c.action]} | ${code(c.claimName)} | ${c.claimType === "RESOURCE" ? "access" : "ID"} | ${code(c.serverName ?? c.serverId)} | ${escapeMarkdown(fields)} | ${escapeMarkdown(`${c.spec.file}:${c.spec.line}`)} |`
      );
    }
    out.push("");
  }
  if (count > 0) {
    out.push("<details><summary>Field by field</summary>", "");
    for (const c of plan2.changes) out.push(...details(c, namer), "");
    out.push("</details>", "");
  }
  if (plan2.impact.length > 0) {
    const rows = plan2.impact.map((i) => {
      const users = usersAffected(i);
      return `| ${code(i.appLabel)} | ${code(i.claimName)} | ${tokenOf(i)} | ${escapeMarkdown(i.entering.map((g) => groupWithMembers(namer, g)).join(", ") || "—")} | ${escapeMarkdown(i.leaving.map((g) => groupWithMembers(namer, g)).join(", ") || "—")} | ${users === void 0 ? "?" : i.users && !i.users.truncated ? String(users) : `up to ${users}`}${impactNotes(i).length > 0 ? `; ${escapeMarkdown(impactNotes(i).join("; "))}` : ""} |`;
    });
    const table = [
      "| App | Claim | Token | + groups | − groups | Users affected |",
      "| --- | --- | --- | --- | --- | --- |",
      ...rows
    ];
    if (rows.length > IMPACT_ROWS_SHOWN)
      out.push(
        "#### Impact on tokens",
        "",
        `<details><summary>${rows.length} app and claim pairs change</summary>`,
        "",
        ...table,
        "",
        "</details>",
        ""
      );
    else out.push("#### Impact on tokens", "", ...table, "");
  }
  if (plan2.findings.length > 0) {
    out.push(
      `#### Claim lint: ${countOf(plan2.findings)}`,
      "",
      "| Severity | Rule | Finding | Spec |",
      "| --- | --- | --- | --- |",
      ...plan2.findings.map(
        (f) => `| ${f.ignored === void 0 ? f.severity === "error" ? "❌ error" : "⚠️ warning" : "ignored"} | ${code(f.rule)} | ${escapeMarkdown(f.message)}${f.ignored === void 0 ? "" : ` (ignored: ${escapeMarkdown(f.ignored)})`} | ${escapeMarkdown(`${f.spec.file}:${f.spec.line}`)} |`
      ),
      ""
    );
  }
  if (plan2.unmanaged.length > 0) {
    out.push(
      `<details><summary>${plan2.unmanaged.length} unmanaged claim${plan2.unmanaged.length === 1 ? "" : "s"} (in Okta, not in the spec; not drift)</summary>`,
      "",
      ...plan2.unmanaged.map(
        (u) => `- ${code(u.claimName)} (${u.claimType === "RESOURCE" ? "access" : "ID"} token) on ${code(u.serverName ?? u.serverId)}`
      ),
      "",
      "</details>",
      ""
    );
  }
  out.push(`Plan hash: ${code(plan2.hash)}`);
  if (count > 0 && options.applyHint) out.push("", escapeMarkdown(options.applyHint).replace(/&#96;/g, "`"));
  return `${out.join("\n")}
`;
}
function details(change, namer) {
  const title = change.resource === "app-profile" ? `${ACTION[change.action]} ${code(change.appLabel)} ${code(`profile.${change.key}`)}` : `${ACTION[change.action]} claim ${code(change.claimName)} (${change.claimType}) on ${code(change.serverName ?? change.serverId)}`;
  const rows = change.fields.map(
    (f) => `| ${code(f.field)} | ${code(namer.value(f.field, f.before, f.trees?.before))} | ${code(namer.value(f.field, f.after, f.trees?.after))} |`
  );
  return [`**${title}**`, "", "| Field | Okta now | Spec |", "| --- | --- | --- |", ...rows];
}

// src/report/sarif.ts
var RULES2 = [
  {
    id: "okta-drift/app-profile",
    name: "AppProfileDrift",
    text: "An app's allowlist in Okta differs from the spec"
  },
  {
    id: "okta-drift/claim-missing",
    name: "ClaimMissing",
    text: "A claim of the spec does not exist in Okta"
  },
  { id: "okta-drift/claim-drift", name: "ClaimDrift", text: "A claim in Okta differs from the spec" },
  {
    id: "okta-drift/claim-unlisted",
    name: "ClaimUnlisted",
    text: "A claim in Okta is not in the spec of a server that prunes"
  }
];
function lintResult(f) {
  return {
    ruleId: `okta-drift/lint/${f.rule}`,
    level: f.severity,
    message: { text: printable(f.message) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: f.spec.file.replaceAll("\\", "/") },
          region: { startLine: f.spec.line, startColumn: f.spec.col }
        }
      }
    ],
    partialFingerprints: { lintFinding: `${f.rule}:${f.spec.field}` },
    ...f.ignored === void 0 ? {} : { suppressions: [{ kind: "inSource", justification: printable(f.ignored) }] }
  };
}
function sarifReport(plan2) {
  const namer = new GroupNamer(plan2.groupNames);
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "okta-drift",
            version: VERSION,
            informationUri: "https://github.com/okta-drift/okta-drift",
            rules: [
              ...RULES2.map((r) => ({ id: r.id, name: r.name, shortDescription: { text: r.text } })),
              ...Object.entries(RULES).map(([id, r]) => ({
                id: `okta-drift/lint/${id}`,
                name: id,
                shortDescription: { text: r.why },
                help: { text: r.fix },
                defaultConfiguration: { level: r.severity }
              }))
            ]
          }
        },
        results: [
          ...plan2.changes.map((change) => {
            const ruleId = change.resource === "app-profile" ? RULES2[0].id : change.action === "create" ? RULES2[1].id : change.action === "update" ? RULES2[2].id : RULES2[3].id;
            const fields = change.fields.map(
              (f) => `${f.field}: Okta has ${namer.value(f.field, f.before, f.trees?.before)}, the spec says ${namer.value(f.field, f.after, f.trees?.after)}`
            );
            return {
              ruleId,
              level: "warning",
              message: {
                text: `${changeName(change)} would be ${change.action}d. ${change.action === "update" ? fields.join("; ") : ""}`.trim()
              },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: change.spec.file.replaceAll("\\", "/") },
                    region: { startLine: change.spec.line, startColumn: change.spec.col }
                  }
                }
              ],
              partialFingerprints: { planChange: `${ruleId}:${changeName(change)}` }
            };
          }),
          ...plan2.findings.map(lintResult)
        ]
      }
    ]
  };
}

// src/report/text.ts
var SYMBOL = { create: "+", update: "~", delete: "-" };
function textReport(plan2, options = {}) {
  const paint = (code2, text) => options.color ? `\x1B[${code2}m${text}\x1B[0m` : text;
  const COLOR = { create: 32, update: 33, delete: 31 };
  const namer = new GroupNamer(plan2.groupNames);
  const lines = [];
  const org = plan2.org === void 0 ? "" : ` in org ${plan2.org}`;
  if (plan2.changes.length === 0) lines.push(`No drift${org}: Okta matches the spec.`);
  else
    lines.push(
      `Drift${org}: ${plan2.changes.length} change${plan2.changes.length === 1 ? "" : "s"} would make Okta match the spec.`
    );
  const warning = removalWarning(plan2);
  if (warning) lines.push(paint(31, `Warning: ${warning}`));
  for (const change of plan2.changes) {
    const where = change.resource === "claim" ? ` on ${printable(change.serverName ?? change.serverId)}` : "";
    lines.push("");
    lines.push(
      `${paint(
        COLOR[change.action],
        `${SYMBOL[change.action]} ${change.action} ${change.resource} ${changeName(change)}${where}`
      )}  (${change.spec.file}:${change.spec.line})`
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
  lines.push(...impactText(plan2.impact, namer));
  lines.push(...findingsText(plan2.findings));
  if (plan2.unmanaged.length > 0) {
    lines.push("");
    lines.push(
      `Unmanaged (in Okta, not in the spec; not drift without prune): ${plan2.unmanaged.map((u) => printable(`${u.claimName} (${u.claimType}) on ${u.serverName ?? u.serverId}`)).join(", ")}`
    );
  }
  lines.push("");
  lines.push(`Plan hash: ${plan2.hash}`);
  return `${lines.join("\n")}
`;
}

// src/report/orgs.ts
function orgRows(outcomes) {
  const rows = /* @__PURE__ */ new Map();
  outcomes.forEach((outcome, i) => {
    if (outcome.status !== "planned") return;
    const namer = new GroupNamer(outcome.plan.groupNames);
    for (const change of outcome.plan.changes) {
      const key = rowKey(change);
      let row = rows.get(key);
      if (!row) {
        row = {
          label: rowLabel(change),
          cells: outcomes.map(() => void 0),
          seen: outcomes.map(() => void 0)
        };
        rows.set(key, row);
      }
      row.cells[i] = change;
      row.seen[i] = `${change.action}:${change.fields.map((f) => `${f.field}=${namer.value(f.field, f.after, f.trees?.after)}`).join(";")}`;
    }
  });
  const planned = outcomes.map((o) => o.status === "planned");
  return [...rows.values()].map(({ label, cells, seen }) => ({
    label,
    cells,
    differs: new Set(seen.filter((_, i) => planned[i])).size > 1
  }));
}
function rowKey(change) {
  return change.resource === "app-profile" ? `app\0${change.appLabel}\0${change.key}` : `claim\0${change.serverName ?? change.serverId}\0${change.claimName}\0${change.claimType}`;
}
function rowLabel(change) {
  return change.resource === "app-profile" ? changeName(change) : `${changeName(change)} on ${printable(change.serverName ?? change.serverId)}`;
}
function cell(change) {
  if (!change) return "no change";
  return change.action === "update" ? `update ${change.fields.map((f) => f.field).join(", ")}` : change.action;
}
var changes = (plan2) => `${plan2.changes.length === 0 ? "no drift" : `${plan2.changes.length} change${plan2.changes.length === 1 ? "" : "s"}`}`;
function orgsTextReport(outcomes, options = {}) {
  const rows = orgRows(outcomes);
  const header = ["", ...outcomes.map((o) => o.org)];
  const table = rows.map((r) => [
    r.label,
    ...r.cells.map((c, i) => outcomes[i].status === "error" ? "error" : cell(c))
  ]);
  const widths = header.map((h, j) => Math.max(h.length, ...table.map((r) => r[j].length)));
  const line = (cells, note = "") => `${cells.map((c, j) => c.padEnd(widths[j])).join("  ")}${note}`.trimEnd();
  const out = [
    `${outcomes.length} orgs: ${outcomes.map((o) => `${o.org} ${o.status === "planned" ? changes(o.plan) : "error"}`).join(", ")}`
  ];
  if (rows.length > 0) {
    out.push("", line(header));
    rows.forEach((r, i) => {
      out.push(line(table[i], r.differs ? "  (differs between orgs)" : ""));
    });
  }
  for (const outcome of outcomes) {
    out.push("", `=== ${outcome.org} (${outcome.url}) ===`);
    out.push(
      outcome.status === "planned" ? textReport(outcome.plan, options).trimEnd() : `Error: ${printable(outcome.error)}`
    );
  }
  return `${out.join("\n")}
`;
}
function orgsMarkdownReport(outcomes, options) {
  const rows = orgRows(outcomes);
  const out = [
    `### okta-drift: ${outcomes.length} orgs for <code>${escapeMarkdown(options.specFile)}</code>`,
    "",
    `| | ${outcomes.map((o) => `<code>${escapeMarkdown(o.org)}</code>`).join(" | ")} |`,
    `| --- | ${outcomes.map(() => "---").join(" | ")} |`,
    `| **Plan** | ${outcomes.map((o) => o.status === "planned" ? changes(o.plan) : "⚠️ error").join(" | ")} |`
  ];
  for (const row of rows)
    out.push(
      `| ${row.differs ? "≠ " : ""}<code>${escapeMarkdown(row.label)}</code> | ${row.cells.map((c, i) => outcomes[i].status === "error" ? "—" : escapeMarkdown(cell(c))).join(" | ")} |`
    );
  out.push("");
  if (rows.some((r) => r.differs)) out.push("≠: the orgs differ in this change (or only some have it).", "");
  for (const outcome of outcomes) {
    if (outcome.status === "error") {
      out.push(
        `#### <code>${escapeMarkdown(outcome.org)}</code>: error`,
        "",
        // A spec error lists one problem per line: each stays on its own line.
        outcome.error.split("\n").map((line) => escapeMarkdown(line)).join("<br>"),
        ""
      );
      continue;
    }
    const report = markdownReport(outcome.plan, {
      specFile: options.specFile,
      ...options.applyHint ? { applyHint: options.applyHint(outcome.org, outcome.plan) } : {}
    });
    out.push(
      `<details${outcome.plan.changes.length > 0 ? " open" : ""}><summary><code>${escapeMarkdown(outcome.org)}</code>: ${changes(outcome.plan)}</summary>`,
      "",
      report.trimEnd(),
      "",
      "</details>",
      ""
    );
  }
  return `${out.join("\n")}
`;
}
function orgsJsonReport(outcomes) {
  return {
    orgs: outcomes.map(
      (o) => o.status === "planned" ? { org: o.org, url: o.url, status: o.status, report: jsonReport(o.plan) } : { org: o.org, url: o.url, status: o.status, error: printable(o.error) }
    )
  };
}
function orgsSarifReport(outcomes) {
  const runs = outcomes.flatMap(
    (o) => o.status === "planned" ? sarifReport(o.plan).runs.map((run) => ({
      ...run,
      automationDetails: { id: `okta-drift/${o.org}/` }
    })) : []
  );
  return { $schema: "https://json.schemastore.org/sarif-2.1.0.json", version: "2.1.0", runs };
}

// src/cli/plan.ts
var FORMATS = ["text", "markdown", "json", "sarif"];
var planCommand = {
  help: `Usage: okta-drift plan [--spec FILE] [--org-url URL | --org NAME | --all-orgs]
                       [--format text|markdown|json|sarif] [--out FILE]

Reads what the spec references from Okta (nothing else) and reports how Okta differs from the
spec. Writes nothing to Okta. The report goes to stdout (or --out); progress and warnings go to
stderr, so --format json | jq always works.

Options:
  --spec FILE         the spec (default: ${DEFAULTS.specFile})
  --format F          text (default), markdown, json or sarif
  --out FILE          write the report to FILE instead of stdout
  --impact users      also list the members of the groups a change moves: who gains and
                      loses a group in each claim, and every user in more allowlisted groups
                      than a claim's limit (an error: their token request fails)
  --impact groups     also list the tenant's groups once, so a GROUPS claim's CONTAINS or
                      REGEX filter shows the groups it matches (STARTS_WITH and EQUALS
                      are found by a search without it); both: --impact users,groups
  --impact-max-users N  members listed per group at most (default ${DEFAULTS.impactMaxUsers}); the
                      report says where it stopped
  --all-orgs          with a spec that has orgs: plan every org at once, each with its own
                      credentials; the report puts them side by side (a column per org) and
                      each org has its own plan hash; one org's failure is reported beside
                      the others' plans
${OKTA_HELP}

The report includes claim lint (okta-drift rules lists the rules).

Exit codes: 0 no drift, 2 drift, 1 error (bad spec, a claim lint error, auth failure, API
failure). Lint warnings never change the exit code.`,
  options: {
    spec: { type: "string" },
    format: { type: "string" },
    out: { type: "string" },
    impact: { type: "string" },
    "impact-max-users": { type: "string" },
    ...OKTA_OPTIONS,
    "all-orgs": { type: "boolean" }
  },
  async run(values, io) {
    const format = formatOption(values, FORMATS);
    const file = specFileOption(values);
    const loaded = await readSpecFile(file);
    const all = values["all-orgs"] === true;
    const targets = orgTargets(loaded, values, io, { all, allowAll: true });
    const impact = impactSetting(values.impact, "--impact");
    const maxUsers = impactMaxUsersSetting(
      values["impact-max-users"],
      "--impact-max-users"
    );
    const options = { ...impact.users ? { impactUsers: { maxUsers } } : {}, impactGroups: impact.groups };
    const toFile = typeof values.out === "string";
    let report;
    let plans;
    let failed = false;
    let summary = () => {
    };
    if (all) {
      const outcomes = await Promise.all(targets.map((target) => planOrg(target, options, io)));
      report = renderOrgs(outcomes, format, file, io, toFile);
      plans = outcomes.flatMap((o) => o.status === "planned" ? [o.plan] : []);
      for (const o of outcomes)
        if (o.status === "error") {
          failed = true;
          io.stderr.write(`okta-drift [${o.org}]: ${o.error}
`);
        }
    } else {
      const target = targets[0];
      const okta = oktaAdmin(target, io);
      const { plan: plan2 } = await plan(target.loaded, okta, options);
      summary = () => summarize(plan2, okta, target, io);
      report = render(plan2, format, file, io, toFile);
      plans = [plan2];
    }
    if (typeof values.out === "string")
      await (await import("node:fs/promises")).writeFile(values.out, report).catch((error) => {
        throw new UserError(
          `cannot write the report to ${values.out}: ${error.code === "ENOENT" ? "its folder does not exist" : error.code ?? error.message}`
        );
      });
    else io.stdout.write(report);
    summary();
    for (const plan2 of plans)
      if (failsRun(plan2.findings)) {
        io.stderr.write(
          `okta-drift${plan2.org ? ` [${plan2.org}]` : ""}: claim lint: ${countOf(plan2.findings)}
`
        );
        failed = true;
      }
    if (failed) return EXIT.error;
    return plans.some((p) => p.changes.length > 0) ? EXIT.drift : EXIT.ok;
  }
};
async function planOrg(target, options, io) {
  const org = target.org ?? "";
  const url = target.url.origin;
  try {
    const okta = oktaAdmin(target, io);
    const { plan: plan2 } = await plan(target.loaded, okta, options);
    summarize(plan2, okta, target, io);
    return { org, url, status: "planned", plan: plan2 };
  } catch (error) {
    if (error instanceof UserError || error instanceof SpecError)
      return { org, url, status: "error", error: error.message };
    throw error;
  }
}
function summarize(plan2, okta, target, io) {
  const s = okta.stats;
  io.stderr.write(
    `okta-drift${target.org === void 0 ? "" : ` [${target.org}]`}: ${plan2.changes.length === 0 ? "no drift" : `${plan2.changes.length} change(s)`}; ${s.requests} request(s) to ${okta.orgUrl.host}${s.retries ? `, ${s.retries} retried` : ""}${s.rateLimited ? `, ${s.rateLimited} rate-limited` : ""}
`
  );
}
function renderOrgs(outcomes, format, specFile, io, toFile) {
  switch (format) {
    case "json":
      return `${JSON.stringify(orgsJsonReport(outcomes), null, 2)}
`;
    case "sarif":
      return `${JSON.stringify(orgsSarifReport(outcomes), null, 2)}
`;
    case "markdown":
      return orgsMarkdownReport(outcomes, {
        specFile,
        applyHint: (org, plan2) => `To apply: \`okta-drift apply --spec ${specFile} --org ${org} --plan-hash ${plan2.hash}\``
      });
    case "text":
      return orgsTextReport(outcomes, { color: !toFile && io.stdout.isTTY === true });
  }
}
function render(plan2, format, specFile, io, toFile) {
  switch (format) {
    case "json":
      return `${JSON.stringify(jsonReport(plan2), null, 2)}
`;
    case "sarif":
      return `${JSON.stringify(sarifReport(plan2), null, 2)}
`;
    case "markdown":
      return markdownReport(plan2, {
        specFile,
        applyHint: `To apply: \`okta-drift apply --spec ${specFile}${plan2.org === void 0 ? "" : ` --org ${plan2.org}`} --plan-hash ${plan2.hash}\``
      });
    case "text":
      return textReport(plan2, { color: !toFile && io.stdout.isTTY === true });
  }
}

export {
  planCommand
};
