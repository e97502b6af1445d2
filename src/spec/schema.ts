import * as z from "zod/mini";
import { RULE_IDS } from "../lint/rules.js";

// A spec is checked once per run: zod's compiled fast path costs more to build than it saves.
// zod/mini: the same checks as zod's classic API, a quarter of the code to load (~8 ms cold).
z.config({ jitless: true });

/** A schema with its description (for the published JSON Schema). */
const described = <T extends z.ZodMiniType>(schema: T, description: string): T =>
  schema.check(z.describe(description)) as T;
const optional = <T extends z.ZodMiniType>(schema: T, description?: string) =>
  description === undefined ? z.optional(schema) : described(z.optional(schema), description);
const withDefault = <T extends z.ZodMiniType>(
  schema: T,
  value: z.core.util.NoUndefined<z.output<T>>,
  description?: string,
) =>
  description === undefined ? z._default(schema, value) : described(z._default(schema, value), description);

/**
 * The spec's shape: the one source of truth for its TypeScript types, its validation and the
 * published JSON Schema (`schema/okta-drift.schema.json`, written by `npm run build`).
 * Rules that need more than one field (duplicates, references, expressions) live in check.ts.
 */

const name = z.string().check(z.minLength(1, "must not be empty"));
const envName = z
  .string()
  .check(z.regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "must be an environment variable name such as SMOKE_PASSWORD"));

/**
 * An org's name in the spec: also the suffix of its environment variables
 * (OKTA_API_TOKEN_<NAME>, upper-cased, - as _), so it is short and plain.
 */
export const ORG_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,39}$/;

/** Claim lint rules silenced on this item, each with the reason (the finding is still listed). */
const lint = optional(
  z.strictObject({
    ignore: withDefault(
      z.array(
        z.strictObject({
          rule: described(z.enum(RULE_IDS), "A rule's ID, as okta-drift rules lists them"),
          reason: described(name, "Why the rule does not apply here"),
        }),
      ),
      [],
    ),
  }),
  "Claim lint rules silenced on this item, with the reason",
);

/** A group by name or by ID (`00g` + 17 characters). */
const groupRef = described(name, "A group name, or a group ID (00g + 17 characters)");

const allowlist = described(
  z.union([
    z.array(groupRef),
    z.strictObject({
      groups: z.array(groupRef),
      ordered: withDefault(z.boolean(), false, "true: the order of the list is drift too"),
    }),
  ]),
  "Groups allowlisted in this profile key (names or IDs); a set unless ordered",
);

const profile = described(
  z.record(z.string(), allowlist),
  "Managed profile keys only; other keys in the app's profile are left alone",
);

const appInOrg = z.strictObject({
  id: optional(name, "The app's ID (0oa...) in this org"),
  profile: withDefault(profile, {}, "Allowlists that differ in this org: each replaces the key's"),
});

const app = described(
  z.strictObject({
    id: optional(name, "The app's ID (0oa...)"),
    label: optional(name, "The app's label, when no id is given"),
    profile,
    orgs: withDefault(
      z.record(z.string(), appInOrg),
      {},
      "Per org (a name under the spec's orgs): the app's ID there, allowlists that differ",
    ),
    lint,
  }),
  "An OIDC app whose profile holds group allowlists",
);

const claim = z.strictObject({
  name: described(name, "The claim's name in the token, e.g. groups"),
  claimType: described(z.enum(["RESOURCE", "IDENTITY"]), "RESOURCE: access token; IDENTITY: ID token"),
  valueType: z.enum(["EXPRESSION", "GROUPS"]),
  value: described(z.string(), "An Okta EL expression (EXPRESSION) or the group filter's value (GROUPS)"),
  groupFilterType: optional(
    z.enum(["STARTS_WITH", "EQUALS", "CONTAINS", "REGEX"]),
    "Required for GROUPS claims; sent to Okta as group_filter_type",
  ),
  scopes: withDefault(z.array(name), [], "conditions.scopes; empty means any scope (Okta's default)"),
  alwaysIncludeInToken: withDefault(z.boolean(), true, "Okta's default is true"),
  status: withDefault(z.enum(["ACTIVE", "INACTIVE"]), "ACTIVE"),
  lint,
});

const serverInOrg = z.strictObject({
  id: optional(name, "The server's ID (aus...) or default, in this org"),
  claims: withDefault(
    z.array(claim),
    [],
    "Claims that differ in this org: each replaces the claim of its name and type, or adds one",
  ),
});

const authorizationServer = z.strictObject({
  id: optional(name, "The server's ID (aus...) or default"),
  name: optional(name, "The server's name, when no id is given"),
  prune: withDefault(
    z.boolean(),
    false,
    "true: claims in Okta not listed here are deleted (system claims never are)",
  ),
  claims: withDefault(z.array(claim), []),
  orgs: withDefault(
    z.record(z.string(), serverInOrg),
    {},
    "Per org (a name under the spec's orgs): the server's ID there, claims that differ",
  ),
  lint,
});

const expectation = z.strictObject({
  equals: optional(z.array(z.string()), "The claim holds exactly these values (any order)"),
  includes: optional(z.array(z.string()), "The claim holds at least these values"),
  excludes: optional(z.array(z.string()), "The claim holds none of these values"),
});

const smokeTest = z.strictObject({
  name: name,
  authorizationServer: described(name, "An authorization server of this spec, by id or name"),
  app: described(name, "An app of this spec, by id or label"),
  grant: z.enum(["password", "authorization_code", "client_credentials"]),
  clientAuth: withDefault(
    z.enum(["client_secret_basic", "client_secret_post", "private_key_jwt"]),
    "client_secret_basic",
  ),
  clientId: optional(name, "The OAuth client_id when it is not the app's ID"),
  clientSecretEnv: optional(envName, "Environment variable holding the client secret"),
  privateKeyEnv: optional(
    envName,
    "Environment variable holding the private key (PEM or JWK) for private_key_jwt",
  ),
  usernameEnv: optional(envName),
  passwordEnv: optional(envName),
  redirectUri: optional(z.string(), "For authorization_code: a redirect URI registered on the app"),
  audience: optional(
    z.string(),
    "The access token's expected aud; default: the server's audience, read from Okta with OKTA_API_TOKEN",
  ),
  scopes: withDefault(z.array(name), []),
  token: withDefault(z.enum(["access", "id"]), "access"),
  claim: withDefault(name, "groups"),
  expect: expectation,
  orgs: optional(z.array(name), "Run only in these orgs (names under the spec's orgs); default: every org"),
  lint,
});

const pins = withDefault(
  z.record(name, z.string()),
  {},
  "Pins group names to IDs, for names that are not unique or not yet created",
);

const org = z.strictObject({
  url: described(z.string(), "The org's URL, e.g. https://example-preview.oktapreview.com"),
  groups: described(pins, "Group names pinned to IDs in this org (over the spec's groups)"),
});

export const specSchema = z.strictObject({
  $schema: optional(z.string()),
  version: z.literal(1),
  orgs: withDefault(
    z.record(z.string(), org),
    {},
    "The orgs this spec serves (dev, preview, prod...), by name; none: the org given when it runs",
  ),
  groups: pins,
  apps: withDefault(z.array(app), []),
  authorizationServers: withDefault(z.array(authorizationServer), []),
  smokeTests: withDefault(z.array(smokeTest), []),
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
