import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  external_exports
} from "./chunk-7HFIG22D.js";
import {
  RULE_IDS
} from "./chunk-BJWWQOQD.js";

// src/spec/schema.ts
external_exports.config({ jitless: true });
var name = external_exports.string().min(1, "must not be empty");
var envName = external_exports.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "must be an environment variable name such as SMOKE_PASSWORD");
var ORG_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,39}$/;
var lint = external_exports.strictObject({
  ignore: external_exports.array(
    external_exports.strictObject({
      rule: external_exports.enum(RULE_IDS).describe("A rule's ID, as okta-drift rules lists them"),
      reason: name.describe("Why the rule does not apply here")
    })
  ).default([])
}).optional().describe("Claim lint rules silenced on this item, with the reason");
var groupRef = name.describe("A group name, or a group ID (00g + 17 characters)");
var allowlist = external_exports.union([
  external_exports.array(groupRef),
  external_exports.strictObject({
    groups: external_exports.array(groupRef),
    ordered: external_exports.boolean().default(false).describe("true: the order of the list is drift too")
  })
]).describe("Groups allowlisted in this profile key (names or IDs); a set unless ordered");
var profile = external_exports.record(external_exports.string(), allowlist).describe("Managed profile keys only; other keys in the app's profile are left alone");
var appInOrg = external_exports.strictObject({
  id: name.optional().describe("The app's ID (0oa...) in this org"),
  profile: profile.default({}).describe("Allowlists that differ in this org: each replaces the key's")
});
var app = external_exports.strictObject({
  id: name.optional().describe("The app's ID (0oa...)"),
  label: name.optional().describe("The app's label, when no id is given"),
  profile,
  orgs: external_exports.record(external_exports.string(), appInOrg).default({}).describe("Per org (a name under the spec's orgs): the app's ID there, allowlists that differ"),
  lint
}).describe("An OIDC app whose profile holds group allowlists");
var claim = external_exports.strictObject({
  name: name.describe("The claim's name in the token, e.g. groups"),
  claimType: external_exports.enum(["RESOURCE", "IDENTITY"]).describe("RESOURCE: access token; IDENTITY: ID token"),
  valueType: external_exports.enum(["EXPRESSION", "GROUPS"]),
  value: external_exports.string().describe("An Okta EL expression (EXPRESSION) or the group filter's value (GROUPS)"),
  groupFilterType: external_exports.enum(["STARTS_WITH", "EQUALS", "CONTAINS", "REGEX"]).optional().describe("Required for GROUPS claims; sent to Okta as group_filter_type"),
  scopes: external_exports.array(name).default([]).describe("conditions.scopes; empty means any scope (Okta's default)"),
  alwaysIncludeInToken: external_exports.boolean().default(true).describe("Okta's default is true"),
  status: external_exports.enum(["ACTIVE", "INACTIVE"]).default("ACTIVE"),
  lint
});
var serverInOrg = external_exports.strictObject({
  id: name.optional().describe("The server's ID (aus...) or default, in this org"),
  claims: external_exports.array(claim).default([]).describe("Claims that differ in this org: each replaces the claim of its name and type, or adds one")
});
var authorizationServer = external_exports.strictObject({
  id: name.optional().describe("The server's ID (aus...) or default"),
  name: name.optional().describe("The server's name, when no id is given"),
  prune: external_exports.boolean().default(false).describe("true: claims in Okta not listed here are deleted (system claims never are)"),
  claims: external_exports.array(claim).default([]),
  orgs: external_exports.record(external_exports.string(), serverInOrg).default({}).describe("Per org (a name under the spec's orgs): the server's ID there, claims that differ"),
  lint
});
var expectation = external_exports.strictObject({
  equals: external_exports.array(external_exports.string()).optional().describe("The claim holds exactly these values (any order)"),
  includes: external_exports.array(external_exports.string()).optional().describe("The claim holds at least these values"),
  excludes: external_exports.array(external_exports.string()).optional().describe("The claim holds none of these values")
});
var smokeTest = external_exports.strictObject({
  name,
  authorizationServer: name.describe("An authorization server of this spec, by id or name"),
  app: name.describe("An app of this spec, by id or label"),
  grant: external_exports.enum(["password", "authorization_code", "client_credentials"]),
  clientAuth: external_exports.enum(["client_secret_basic", "client_secret_post", "private_key_jwt"]).default("client_secret_basic"),
  clientId: name.optional().describe("The OAuth client_id when it is not the app's ID"),
  clientSecretEnv: envName.optional().describe("Environment variable holding the client secret"),
  privateKeyEnv: envName.optional().describe("Environment variable holding the private key (PEM or JWK) for private_key_jwt"),
  usernameEnv: envName.optional(),
  passwordEnv: envName.optional(),
  redirectUri: external_exports.string().optional().describe("For authorization_code: a redirect URI registered on the app"),
  audience: external_exports.string().optional().describe(
    "The access token's expected aud; default: the server's audience, read from Okta with OKTA_API_TOKEN"
  ),
  scopes: external_exports.array(name).default([]),
  token: external_exports.enum(["access", "id"]).default("access"),
  claim: name.default("groups"),
  expect: expectation,
  orgs: external_exports.array(name).optional().describe("Run only in these orgs (names under the spec's orgs); default: every org"),
  lint
});
var pins = external_exports.record(name, external_exports.string()).default({}).describe("Pins group names to IDs, for names that are not unique or not yet created");
var org = external_exports.strictObject({
  url: external_exports.string().describe("The org's URL, e.g. https://example-preview.oktapreview.com"),
  groups: pins.describe("Group names pinned to IDs in this org (over the spec's groups)")
});
var specSchema = external_exports.strictObject({
  $schema: external_exports.string().optional(),
  version: external_exports.literal(1),
  orgs: external_exports.record(external_exports.string(), org).default({}).describe("The orgs this spec serves (dev, preview, prod...), by name; none: the org given when it runs"),
  groups: pins,
  apps: external_exports.array(app).default([]),
  authorizationServers: external_exports.array(authorizationServer).default([]),
  smokeTests: external_exports.array(smokeTest).default([])
});
var sectionSchemas = {
  orgs: specSchema.shape.orgs,
  groups: pins,
  app,
  authorizationServer,
  smokeTest
};
var INLINE_SECRET_KEYS = {
  password: "passwordEnv",
  clientSecret: "clientSecretEnv",
  client_secret: "clientSecretEnv",
  privateKey: "privateKeyEnv",
  apiToken: "the OKTA_API_TOKEN environment variable"
};
function jsonSchema() {
  return {
    ...external_exports.toJSONSchema(specSchema, { io: "input" }),
    $id: "https://github.com/okta-drift/okta-drift/schema/okta-drift.schema.json",
    title: "okta-drift spec"
  };
}

export {
  ORG_NAME,
  specSchema,
  sectionSchemas,
  INLINE_SECRET_KEYS,
  jsonSchema
};
