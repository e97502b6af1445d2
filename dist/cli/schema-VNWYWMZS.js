import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  _enum,
  array,
  boolean,
  discriminatedUnion,
  int,
  literal,
  record,
  strictObject,
  string,
  unknown
} from "./chunk-3KJXKWL7.js";
import {
  jsonSchema
} from "./chunk-R3L2FULU.js";
import {
  RULE_IDS
} from "./chunk-BJWWQOQD.js";
import {
  toJSONSchema
} from "./chunk-7YQFARGX.js";
import {
  EXIT
} from "./chunk-4MP7JDIM.js";
import "./chunk-TB6QAKHI.js";

// src/report/json-schema.ts
var group = strictObject({
  id: string(),
  name: string().nullable().describe("The group's name, when the run learned it"),
  members: int().min(0).nullable().describe("Its member count (Okta's expand=stats), when Okta gave one")
});
var change = strictObject({
  action: _enum(["create", "update", "delete"]),
  resource: _enum(["app-profile", "claim"]),
  id: string().nullable().describe("The Okta ID of the app or the claim; null for a claim to create"),
  name: string().describe("What a person calls it: `Sample Client profile.groupwhitelist`, `groups (RESOURCE)`"),
  parent: string().nullable().describe("The authorization server of a claim"),
  field: string(),
  before: unknown().describe("What Okta has; null: nothing"),
  after: unknown().describe("What the spec says; null: deleted"),
  spec: strictObject({ file: string(), line: int().min(1) })
});
var impact = strictObject({
  app: string(),
  appLabel: string(),
  authorizationServer: string(),
  claim: string(),
  claimType: _enum(["RESOURCE", "IDENTITY"]),
  cause: _enum(["allowlist", "claim", "both"]).describe("What moves the claim's groups"),
  entering: array(group).describe("Groups the claim can carry for this app after the plan, not before"),
  leaving: array(group).describe("Groups it can carry before the plan, not after"),
  limit: strictObject({
    before: int().nullable(),
    after: int().nullable()
  }),
  unknown: _enum(["before", "after", "both"]).nullable().describe("A side whose groups were not worked out"),
  unknownBecause: _enum(["group-filter", "expression"]).nullable().describe(
    "Why: a CONTAINS or REGEX filter (--impact groups lists it), or an expression okta-drift cannot read"
  ),
  filter: strictObject({ before: string().nullable(), after: string().nullable() }).nullable().describe("A GROUPS claim's filter (`STARTS_WITH West`) before and after, when it changes"),
  users: strictObject({
    gaining: array(string()),
    losing: array(string()),
    truncated: boolean().describe("A group's member list stopped at --impact-max-users")
  }).nullable().describe("With --impact users: logins gaining and losing a group in this claim")
});
var finding = strictObject({
  rule: _enum(RULE_IDS),
  severity: _enum(["error", "warning"]),
  message: string(),
  ignored: string().nullable().describe("The spec's reason for ignoring the rule here; null: it counts"),
  spec: strictObject({ file: string(), line: int().min(1), col: int().min(1), field: string() })
});
var planReportSchema = strictObject({
  org: string().optional().describe("With a many-org spec: the org (a name under the spec's orgs)"),
  drift: boolean().describe("Any change at all"),
  planHash: string().regex(/^[0-9a-f]{64}$/).describe("SHA-256 of the canonical change set and the live values it starts from"),
  changes: array(change).describe("One row per changed field, in spec order"),
  unmanaged: array(
    strictObject({
      resource: literal("claim"),
      id: string(),
      name: string(),
      claimType: string(),
      authorizationServer: string()
    })
  ).describe("Claims in Okta the spec does not name (not drift without prune)"),
  groupNames: record(string(), string()).describe("Every group ID the run named, to its name"),
  impact: array(impact).describe("Impact on tokens: per app and claim, the groups entering and leaving"),
  lint: array(finding).describe("Claim lint findings")
});
var orgsReportSchema = strictObject({
  orgs: array(
    discriminatedUnion("status", [
      strictObject({
        org: string(),
        url: string(),
        status: literal("planned"),
        report: planReportSchema
      }),
      strictObject({ org: string(), url: string(), status: literal("error"), error: string() })
    ])
  )
});
function planJsonSchema() {
  return {
    ...toJSONSchema(planReportSchema),
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
