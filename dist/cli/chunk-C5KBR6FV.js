import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  RULE_IDS
} from "./chunk-BJWWQOQD.js";
import {
  _enum,
  array,
  boolean,
  config,
  literal,
  record,
  strictObject,
  string,
  toJSONSchema,
  union
} from "./chunk-5LWC35LN.js";

// src/spec/schema.ts
config({ jitless: true });
var name = string().min(1, "must not be empty");
var envName = string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "must be an environment variable name such as SMOKE_PASSWORD");
var ORG_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,39}$/;
var lint = strictObject({
  ignore: array(
    strictObject({
      rule: _enum(RULE_IDS).describe("A rule's ID, as okta-drift rules lists them"),
      reason: name.describe("Why the rule does not apply here")
    })
  ).default([])
}).optional().describe("Claim lint rules silenced on this item, with the reason");
var groupRef = name.describe("A group name, or a group ID (00g + 17 characters)");
var allowlist = union([
  array(groupRef),
  strictObject({
    groups: array(groupRef),
    ordered: boolean().default(false).describe("true: the order of the list is drift too")
  })
]).describe("Groups allowlisted in this profile key (names or IDs); a set unless ordered");
var profile = record(string(), allowlist).describe("Managed profile keys only; other keys in the app's profile are left alone");
var appInOrg = strictObject({
  id: name.optional().describe("The app's ID (0oa...) in this org"),
  profile: profile.default({}).describe("Allowlists that differ in this org: each replaces the key's")
});
var app = strictObject({
  id: name.optional().describe("The app's ID (0oa...)"),
  label: name.optional().describe("The app's label, when no id is given"),
  profile,
  orgs: record(string(), appInOrg).default({}).describe("Per org (a name under the spec's orgs): the app's ID there, allowlists that differ"),
  lint
}).describe("An OIDC app whose profile holds group allowlists");
var claim = strictObject({
  name: name.describe("The claim's name in the token, e.g. groups"),
  claimType: _enum(["RESOURCE", "IDENTITY"]).describe("RESOURCE: access token; IDENTITY: ID token"),
  valueType: _enum(["EXPRESSION", "GROUPS"]),
  value: string().describe("An Okta EL expression (EXPRESSION) or the group filter's value (GROUPS)"),
  groupFilterType: _enum(["STARTS_WITH", "EQUALS", "CONTAINS", "REGEX"]).optional().describe("Required for GROUPS claims; sent to Okta as group_filter_type"),
  scopes: array(name).default([]).describe("conditions.scopes; empty means any scope (Okta's default)"),
  alwaysIncludeInToken: boolean().default(true).describe("Okta's default is true"),
  status: _enum(["ACTIVE", "INACTIVE"]).default("ACTIVE"),
  lint
});
var serverInOrg = strictObject({
  id: name.optional().describe("The server's ID (aus...) or default, in this org"),
  claims: array(claim).default([]).describe("Claims that differ in this org: each replaces the claim of its name and type, or adds one")
});
var authorizationServer = strictObject({
  id: name.optional().describe("The server's ID (aus...) or default"),
  name: name.optional().describe("The server's name, when no id is given"),
  prune: boolean().default(false).describe("true: claims in Okta not listed here are deleted (system claims never are)"),
  claims: array(claim).default([]),
  orgs: record(string(), serverInOrg).default({}).describe("Per org (a name under the spec's orgs): the server's ID there, claims that differ"),
  lint
});
var expectation = strictObject({
  equals: array(string()).optional().describe("The claim holds exactly these values (any order)"),
  includes: array(string()).optional().describe("The claim holds at least these values"),
  excludes: array(string()).optional().describe("The claim holds none of these values")
});
var smokeTest = strictObject({
  name,
  authorizationServer: name.describe("An authorization server of this spec, by id or name"),
  app: name.describe("An app of this spec, by id or label"),
  grant: _enum(["password", "authorization_code", "client_credentials"]),
  clientAuth: _enum(["client_secret_basic", "client_secret_post", "private_key_jwt"]).default("client_secret_basic"),
  clientId: name.optional().describe("The OAuth client_id when it is not the app's ID"),
  clientSecretEnv: envName.optional().describe("Environment variable holding the client secret"),
  privateKeyEnv: envName.optional().describe("Environment variable holding the private key (PEM or JWK) for private_key_jwt"),
  usernameEnv: envName.optional(),
  passwordEnv: envName.optional(),
  redirectUri: string().optional().describe("For authorization_code: a redirect URI registered on the app"),
  audience: string().optional().describe(
    "The access token's expected aud; default: the server's audience, read from Okta with OKTA_API_TOKEN"
  ),
  scopes: array(name).default([]),
  token: _enum(["access", "id"]).default("access"),
  claim: name.default("groups"),
  expect: expectation,
  orgs: array(name).optional().describe("Run only in these orgs (names under the spec's orgs); default: every org"),
  lint
});
var pins = record(name, string()).default({}).describe("Pins group names to IDs, for names that are not unique or not yet created");
var org = strictObject({
  url: string().describe("The org's URL, e.g. https://example-preview.oktapreview.com"),
  groups: pins.describe("Group names pinned to IDs in this org (over the spec's groups)")
});
var specSchema = strictObject({
  $schema: string().optional(),
  version: literal(1),
  orgs: record(string(), org).default({}).describe("The orgs this spec serves (dev, preview, prod...), by name; none: the org given when it runs"),
  groups: pins,
  apps: array(app).default([]),
  authorizationServers: array(authorizationServer).default([]),
  smokeTests: array(smokeTest).default([])
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
    ...toJSONSchema(specSchema, { io: "input" }),
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
