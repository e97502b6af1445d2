import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  jsonSchema
} from "./chunk-56R7XYNB.js";
import {
  external_exports
} from "./chunk-7HFIG22D.js";
import {
  RULE_IDS
} from "./chunk-BJWWQOQD.js";
import {
  EXIT
} from "./chunk-6E7DBK6M.js";

// src/report/json-schema.ts
var group = external_exports.strictObject({
  id: external_exports.string(),
  name: external_exports.string().nullable().describe("The group's name, when the run learned it"),
  members: external_exports.int().min(0).nullable().describe("Its member count (Okta's expand=stats), when Okta gave one")
});
var change = external_exports.strictObject({
  action: external_exports.enum(["create", "update", "delete"]),
  resource: external_exports.enum(["app-profile", "claim"]),
  id: external_exports.string().nullable().describe("The Okta ID of the app or the claim; null for a claim to create"),
  name: external_exports.string().describe("What a person calls it: `Sample Client profile.groupwhitelist`, `groups (RESOURCE)`"),
  parent: external_exports.string().nullable().describe("The authorization server of a claim"),
  field: external_exports.string(),
  before: external_exports.unknown().describe("What Okta has; null: nothing"),
  after: external_exports.unknown().describe("What the spec says; null: deleted"),
  spec: external_exports.strictObject({ file: external_exports.string(), line: external_exports.int().min(1) })
});
var impact = external_exports.strictObject({
  app: external_exports.string(),
  appLabel: external_exports.string(),
  authorizationServer: external_exports.string(),
  claim: external_exports.string(),
  claimType: external_exports.enum(["RESOURCE", "IDENTITY"]),
  cause: external_exports.enum(["allowlist", "claim", "both"]).describe("What moves the claim's groups"),
  entering: external_exports.array(group).describe("Groups the claim can carry for this app after the plan, not before"),
  leaving: external_exports.array(group).describe("Groups it can carry before the plan, not after"),
  limit: external_exports.strictObject({
    before: external_exports.int().nullable(),
    after: external_exports.int().nullable()
  }),
  unknown: external_exports.enum(["before", "after", "both"]).nullable().describe("A side whose groups were not worked out"),
  unknownBecause: external_exports.enum(["group-filter", "expression"]).nullable().describe(
    "Why: a CONTAINS or REGEX filter (--impact groups lists it), or an expression okta-drift cannot read"
  ),
  filter: external_exports.strictObject({ before: external_exports.string().nullable(), after: external_exports.string().nullable() }).nullable().describe("A GROUPS claim's filter (`STARTS_WITH West`) before and after, when it changes"),
  users: external_exports.strictObject({
    gaining: external_exports.array(external_exports.string()),
    losing: external_exports.array(external_exports.string()),
    truncated: external_exports.boolean().describe("A group's member list stopped at --impact-max-users")
  }).nullable().describe("With --impact users: logins gaining and losing a group in this claim")
});
var finding = external_exports.strictObject({
  rule: external_exports.enum(RULE_IDS),
  severity: external_exports.enum(["error", "warning"]),
  message: external_exports.string(),
  ignored: external_exports.string().nullable().describe("The spec's reason for ignoring the rule here; null: it counts"),
  spec: external_exports.strictObject({ file: external_exports.string(), line: external_exports.int().min(1), col: external_exports.int().min(1), field: external_exports.string() })
});
var planReportSchema = external_exports.strictObject({
  org: external_exports.string().optional().describe("With a many-org spec: the org (a name under the spec's orgs)"),
  drift: external_exports.boolean().describe("Any change at all"),
  planHash: external_exports.string().regex(/^[0-9a-f]{64}$/).describe("SHA-256 of the canonical change set and the live values it starts from"),
  changes: external_exports.array(change).describe("One row per changed field, in spec order"),
  unmanaged: external_exports.array(
    external_exports.strictObject({
      resource: external_exports.literal("claim"),
      id: external_exports.string(),
      name: external_exports.string(),
      claimType: external_exports.string(),
      authorizationServer: external_exports.string()
    })
  ).describe("Claims in Okta the spec does not name (not drift without prune)"),
  groupNames: external_exports.record(external_exports.string(), external_exports.string()).describe("Every group ID the run named, to its name"),
  impact: external_exports.array(impact).describe("Impact on tokens: per app and claim, the groups entering and leaving"),
  lint: external_exports.array(finding).describe("Claim lint findings")
});
var orgsReportSchema = external_exports.strictObject({
  orgs: external_exports.array(
    external_exports.discriminatedUnion("status", [
      external_exports.strictObject({
        org: external_exports.string(),
        url: external_exports.string(),
        status: external_exports.literal("planned"),
        report: planReportSchema
      }),
      external_exports.strictObject({ org: external_exports.string(), url: external_exports.string(), status: external_exports.literal("error"), error: external_exports.string() })
    ])
  )
});
function planJsonSchema() {
  return {
    ...external_exports.toJSONSchema(planReportSchema),
    $id: "https://github.com/okta-drift/okta-drift/schema/okta-drift-plan.schema.json",
    title: "okta-drift plan --format json"
  };
}

// src/cli/schema.ts
var schemaCommand = {
  help: `Usage: okta-drift schema [--plan]

Prints the JSON Schema of the spec to stdout. The same schema is published in the repository as
schema/okta-drift.schema.json; point yaml-language-server at it with a first line such as
  # yaml-language-server: $schema=https://.../okta-drift.schema.json

Options:
  --plan   print the JSON Schema of plan --format json instead (published as
           schema/okta-drift-plan.schema.json)`,
  options: { plan: { type: "boolean" } },
  async run(values, io) {
    const schema = values.plan ? planJsonSchema() : jsonSchema();
    io.stdout.write(`${JSON.stringify(schema, null, 2)}
`);
    return EXIT.ok;
  }
};
export {
  schemaCommand
};
