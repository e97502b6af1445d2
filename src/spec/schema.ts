import * as z from "zod";
import { RULE_IDS } from "../lint/rules.js";

// A spec is checked once per run: zod's compiled fast path costs more to build than it saves.
z.config({ jitless: true });

/**
 * The spec's shape: the one source of truth for its TypeScript types, its validation and the
 * published JSON Schema (`schema/okta-drift.schema.json`, written by `npm run build`).
 * Rules that need more than one field (duplicates, references, expressions) live in check.ts.
 */

const name = z.string().min(1, "must not be empty");
const envName = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "must be an environment variable name such as SMOKE_PASSWORD");

/**
 * An org's name in the spec: also the suffix of its environment variables
 * (OKTA_API_TOKEN_<NAME>, upper-cased, - as _), so it is short and plain.
 */
export const ORG_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,39}$/;

/** Claim lint rules silenced on this item, each with the reason (the finding is still listed). */
const lint = z
  .strictObject({
    ignore: z
      .array(
        z.strictObject({
          rule: z.enum(RULE_IDS).describe("A rule's ID, as okta-drift rules lists them"),
          reason: name.describe("Why the rule does not apply here"),
        }),
      )
      .default([]),
  })
  .optional()
  .describe("Claim lint rules silenced on this item, with the reason");

/** A group by name or by ID (`00g` + 17 characters). */
const groupRef = name.describe("A group name, or a group ID (00g + 17 characters)");

const allowlist = z
  .union([
    z.array(groupRef),
    z.strictObject({
      groups: z.array(groupRef),
      ordered: z.boolean().default(false).describe("true: the order of the list is drift too"),
    }),
  ])
  .describe("Groups allowlisted in this profile key (names or IDs); a set unless ordered");

const profile = z
  .record(z.string(), allowlist)
  .describe("Managed profile keys only; other keys in the app's profile are left alone");

const appInOrg = z.strictObject({
  id: name.optional().describe("The app's ID (0oa...) in this org"),
  profile: profile.default({}).describe("Allowlists that differ in this org: each replaces the key's"),
});

const app = z
  .strictObject({
    id: name.optional().describe("The app's ID (0oa...)"),
    label: name.optional().describe("The app's label, when no id is given"),
    profile,
    orgs: z
      .record(z.string(), appInOrg)
      .default({})
      .describe("Per org (a name under the spec's orgs): the app's ID there, allowlists that differ"),
    lint,
  })
  .describe("An OIDC app whose profile holds group allowlists");

const claim = z.strictObject({
  name: name.describe("The claim's name in the token, e.g. groups"),
  claimType: z.enum(["RESOURCE", "IDENTITY"]).describe("RESOURCE: access token; IDENTITY: ID token"),
  valueType: z.enum(["EXPRESSION", "GROUPS"]),
  value: z.string().describe("An Okta EL expression (EXPRESSION) or the group filter's value (GROUPS)"),
  groupFilterType: z
    .enum(["STARTS_WITH", "EQUALS", "CONTAINS", "REGEX"])
    .optional()
    .describe("Required for GROUPS claims; sent to Okta as group_filter_type"),
  scopes: z.array(name).default([]).describe("conditions.scopes; empty means any scope (Okta's default)"),
  alwaysIncludeInToken: z.boolean().default(true).describe("Okta's default is true"),
  status: z.enum(["ACTIVE", "INACTIVE"]).default("ACTIVE"),
  lint,
});

const serverInOrg = z.strictObject({
  id: name.optional().describe("The server's ID (aus...) or default, in this org"),
  claims: z
    .array(claim)
    .default([])
    .describe("Claims that differ in this org: each replaces the claim of its name and type, or adds one"),
});

const authorizationServer = z.strictObject({
  id: name.optional().describe("The server's ID (aus...) or default"),
  name: name.optional().describe("The server's name, when no id is given"),
  prune: z
    .boolean()
    .default(false)
    .describe("true: claims in Okta not listed here are deleted (system claims never are)"),
  claims: z.array(claim).default([]),
  orgs: z
    .record(z.string(), serverInOrg)
    .default({})
    .describe("Per org (a name under the spec's orgs): the server's ID there, claims that differ"),
  lint,
});

const expectation = z.strictObject({
  equals: z.array(z.string()).optional().describe("The claim holds exactly these values (any order)"),
  includes: z.array(z.string()).optional().describe("The claim holds at least these values"),
  excludes: z.array(z.string()).optional().describe("The claim holds none of these values"),
});

const smokeTest = z.strictObject({
  name: name,
  authorizationServer: name.describe("An authorization server of this spec, by id or name"),
  app: name.describe("An app of this spec, by id or label"),
  grant: z.enum(["password", "authorization_code", "client_credentials"]),
  clientAuth: z
    .enum(["client_secret_basic", "client_secret_post", "private_key_jwt"])
    .default("client_secret_basic"),
  clientId: name.optional().describe("The OAuth client_id when it is not the app's ID"),
  clientSecretEnv: envName.optional().describe("Environment variable holding the client secret"),
  privateKeyEnv: envName
    .optional()
    .describe("Environment variable holding the private key (PEM or JWK) for private_key_jwt"),
  usernameEnv: envName.optional(),
  passwordEnv: envName.optional(),
  redirectUri: z.string().optional().describe("For authorization_code: a redirect URI registered on the app"),
  audience: z
    .string()
    .optional()
    .describe(
      "The access token's expected aud; default: the server's audience, read from Okta with OKTA_API_TOKEN",
    ),
  scopes: z.array(name).default([]),
  token: z.enum(["access", "id"]).default("access"),
  claim: name.default("groups"),
  expect: expectation,
  orgs: z
    .array(name)
    .optional()
    .describe("Run only in these orgs (names under the spec's orgs); default: every org"),
  lint,
});

const pins = z
  .record(name, z.string())
  .default({})
  .describe("Pins group names to IDs, for names that are not unique or not yet created");

const org = z.strictObject({
  url: z.string().describe("The org's URL, e.g. https://example-preview.oktapreview.com"),
  groups: pins.describe("Group names pinned to IDs in this org (over the spec's groups)"),
});

export const specSchema = z.strictObject({
  $schema: z.string().optional(),
  version: z.literal(1),
  orgs: z
    .record(z.string(), org)
    .default({})
    .describe("The orgs this spec serves (dev, preview, prod...), by name; none: the org given when it runs"),
  groups: pins,
  apps: z.array(app).default([]),
  authorizationServers: z.array(authorizationServer).default([]),
  smokeTests: z.array(smokeTest).default([]),
});

/** The parts of a spec, for checking the well-formed ones when others are not. */
export const sectionSchemas = {
  orgs: specSchema.shape.orgs,
  groups: pins,
  app,
  authorizationServer,
  smokeTest,
};

/** The spec as the schema leaves it, before model.ts turns it into the typed Spec. */
export type RawSpec = z.output<typeof specSchema>;
export type RawApp = RawSpec["apps"][number];
export type RawAllowlist = RawApp["profile"][string];
export type RawServer = RawSpec["authorizationServers"][number];
export type RawClaim = RawServer["claims"][number];
export type RawSmokeTest = RawSpec["smokeTests"][number];
export type RawOrg = RawSpec["orgs"][string];

/** Keys that would put a secret in the repository; each names the key to use instead. */
export const INLINE_SECRET_KEYS: Record<string, string> = {
  password: "passwordEnv",
  clientSecret: "clientSecretEnv",
  client_secret: "clientSecretEnv",
  privateKey: "privateKeyEnv",
  apiToken: "the OKTA_API_TOKEN environment variable",
};

export function jsonSchema(): object {
  return {
    ...z.toJSONSchema(specSchema, { io: "input" }),
    $id: "https://github.com/okta-drift/okta-drift/schema/okta-drift.schema.json",
    title: "okta-drift spec",
  };
}
