import { RULES as LINT_RULES } from "../lint/rules.js";
import type { Finding } from "../model/lint.js";
import type { Plan } from "../model/plan.js";
import { printable } from "../printable.js";
import { VERSION } from "../version.js";
import { GroupNamer } from "./display.js";
import { changeName } from "./json.js";

const RULES = [
  {
    id: "okta-drift/app-profile",
    name: "AppProfileDrift",
    text: "An app's allowlist in Okta differs from the spec",
  },
  {
    id: "okta-drift/claim-missing",
    name: "ClaimMissing",
    text: "A claim of the spec does not exist in Okta",
  },
  { id: "okta-drift/claim-drift", name: "ClaimDrift", text: "A claim in Okta differs from the spec" },
  {
    id: "okta-drift/claim-unlisted",
    name: "ClaimUnlisted",
    text: "A claim in Okta is not in the spec of a server that prunes",
  },
] as const;

/** A lint finding as code scanning shows it; an ignored one is suppressed in source, with its reason. */
function lintResult(f: Finding): object {
  return {
    ruleId: `okta-drift/lint/${f.rule}`,
    level: f.severity,
    message: { text: printable(f.message) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: f.spec.file.replaceAll("\\", "/") },
          region: { startLine: f.spec.line, startColumn: f.spec.col },
        },
      },
    ],
    partialFingerprints: { lintFinding: `${f.rule}:${f.spec.field}` },
    ...(f.ignored === undefined
      ? {}
      : { suppressions: [{ kind: "inSource", justification: printable(f.ignored) }] }),
  };
}

/** SARIF 2.1.0: one result per change, located at the spec line it comes from. */
export function sarifReport(plan: Plan): object {
  const namer = new GroupNamer(plan.groupNames);
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
              ...RULES.map((r) => ({ id: r.id, name: r.name, shortDescription: { text: r.text } })),
              ...Object.entries(LINT_RULES).map(([id, r]) => ({
                id: `okta-drift/lint/${id}`,
                name: id,
                shortDescription: { text: r.why },
                help: { text: r.fix },
                defaultConfiguration: { level: r.severity },
              })),
            ],
          },
        },
        results: [
          ...plan.changes.map((change) => {
            const ruleId =
              change.resource === "app-profile"
                ? RULES[0].id
                : change.action === "create"
                  ? RULES[1].id
                  : change.action === "update"
                    ? RULES[2].id
                    : RULES[3].id;
            const fields = change.fields.map(
              (f) =>
                `${f.field}: Okta has ${namer.value(f.field, f.before, f.trees?.before)}, the spec says ${namer.value(f.field, f.after, f.trees?.after)}`,
            );
            return {
              ruleId,
              level: "warning",
              message: {
                text: `${changeName(change)} would be ${change.action}d. ${change.action === "update" ? fields.join("; ") : ""}`.trim(),
              },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: change.spec.file.replaceAll("\\", "/") },
                    region: { startLine: change.spec.line, startColumn: change.spec.col },
                  },
                },
              ],
              partialFingerprints: { planChange: `${ruleId}:${changeName(change)}` },
            };
          }),
          ...plan.findings.map(lintResult),
        ],
      },
    ],
  };
}
