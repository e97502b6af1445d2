import * as z from "zod";
import { RULE_IDS } from "../lint/rules.js";

/**
 * The shape of `plan --format json`: the one source of its TypeScript type and of the
 * published JSON Schema (`schema/okta-drift-plan.schema.json`, `okta-drift schema --plan`).
 * The report itself is built without zod (json.ts imports only the type).
 */

const group = z.strictObject({
  id: z.string(),
  name: z.string().nullable().describe("The group's name, when the run learned it"),
  members: z.int().min(0).nullable().describe("Its member count (Okta's expand=stats), when Okta gave one"),
});

const change = z.strictObject({
  action: z.enum(["create", "update", "delete"]),
  resource: z.enum(["app-profile", "claim"]),
  id: z.string().nullable().describe("The Okta ID of the app or the claim; null for a claim to create"),
  name: z
    .string()
    .describe("What a person calls it: `Sample Client profile.groupwhitelist`, `groups (RESOURCE)`"),
  parent: z.string().nullable().describe("The authorization server of a claim"),
  field: z.string(),
  before: z.unknown().describe("What Okta has; null: nothing"),
  after: z.unknown().describe("What the spec says; null: deleted"),
  spec: z.strictObject({ file: z.string(), line: z.int().min(1) }),
});

const impact = z.strictObject({
  app: z.string(),
  appLabel: z.string(),
  authorizationServer: z.string(),
  claim: z.string(),
  claimType: z.enum(["RESOURCE", "IDENTITY"]),
  cause: z.enum(["allowlist", "claim", "both"]).describe("What moves the claim's groups"),
  entering: z.array(group).describe("Groups the claim can carry for this app after the plan, not before"),
  leaving: z.array(group).describe("Groups it can carry before the plan, not after"),
  limit: z.strictObject({
    before: z.int().nullable(),
    after: z.int().nullable(),
  }),
  unknown: z.enum(["before", "after", "both"]).nullable().describe("A side whose groups were not worked out"),
  unknownBecause: z
    .enum(["group-filter", "expression"])
    .nullable()
    .describe(
      "Why: a CONTAINS or REGEX filter (--impact groups lists it), or an expression okta-drift cannot read",
    ),
  filter: z
    .strictObject({ before: z.string().nullable(), after: z.string().nullable() })
    .nullable()
    .describe("A GROUPS claim's filter (`STARTS_WITH West`) before and after, when it changes"),
  users: z
    .strictObject({
      gaining: z.array(z.string()),
      losing: z.array(z.string()),
      truncated: z.boolean().describe("A group's member list stopped at --impact-max-users"),
    })
    .nullable()
    .describe("With --impact users: logins gaining and losing a group in this claim"),
});

const finding = z.strictObject({
  rule: z.enum(RULE_IDS),
  severity: z.enum(["error", "warning"]),
  message: z.string(),
  ignored: z.string().nullable().describe("The spec's reason for ignoring the rule here; null: it counts"),
  spec: z.strictObject({ file: z.string(), line: z.int().min(1), col: z.int().min(1), field: z.string() }),
});

export const planReportSchema = z.strictObject({
  org: z.string().optional().describe("With a many-org spec: the org (a name under the spec's orgs)"),
  drift: z.boolean().describe("Any change at all"),
  planHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .describe("SHA-256 of the canonical change set and the live values it starts from"),
  changes: z.array(change).describe("One row per changed field, in spec order"),
  unmanaged: z
    .array(
      z.strictObject({
        resource: z.literal("claim"),
        id: z.string(),
        name: z.string(),
        claimType: z.string(),
        authorizationServer: z.string(),
      }),
    )
    .describe("Claims in Okta the spec does not name (not drift without prune)"),
  groupNames: z.record(z.string(), z.string()).describe("Every group ID the run named, to its name"),
  impact: z.array(impact).describe("Impact on tokens: per app and claim, the groups entering and leaving"),
  lint: z.array(finding).describe("Claim lint findings"),
});

export type JsonReport = z.infer<typeof planReportSchema>;

/** plan --all-orgs --format json: every org's report, or why it has none. */
export const orgsReportSchema = z.strictObject({
  orgs: z.array(
    z.discriminatedUnion("status", [
      z.strictObject({
        org: z.string(),
        url: z.string(),
        status: z.literal("planned"),
        report: planReportSchema,
      }),
      z.strictObject({ org: z.string(), url: z.string(), status: z.literal("error"), error: z.string() }),
    ]),
  ),
});

export type OrgsJsonReport = z.infer<typeof orgsReportSchema>;
export type JsonChange = z.infer<typeof change>;

export function planJsonSchema(): object {
  return {
    ...z.toJSONSchema(planReportSchema),
    $id: "https://github.com/okta-drift/okta-drift/schema/okta-drift-plan.schema.json",
    title: "okta-drift plan --format json",
  };
}
