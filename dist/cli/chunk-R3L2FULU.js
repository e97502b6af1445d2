import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  RULE_IDS
} from "./chunk-BJWWQOQD.js";
import {
  $ZodArray,
  $ZodBoolean,
  $ZodDefault,
  $ZodEnum,
  $ZodLiteral,
  $ZodNever,
  $ZodObject,
  $ZodOptional,
  $ZodRecord,
  $ZodString,
  $ZodType,
  $ZodUnion,
  $constructor,
  _boolean,
  _minLength,
  _never,
  _regex,
  _string,
  clone,
  config,
  describe,
  installLazyProp,
  normalizeParams,
  own,
  parse,
  parseAsync,
  safeParse,
  safeParseAsync,
  shallowClone,
  toJSONSchema
} from "./chunk-7YQFARGX.js";

// node_modules/zod/v4/mini/schemas.js
var ZodMiniType = /* @__PURE__ */ $constructor("ZodMiniType", (inst, def) => {
  if (!inst._zod)
    throw new Error("Uninitialized schema in ZodMiniType.");
  $ZodType.init(inst, def);
  inst.def = def;
  inst.type = def.type;
}, {
  // `with` is an alias for `check`: the same function object, not a wrapper.
  get with() {
    return this.check;
  },
  set with(value) {
    own(this, "with", value);
  },
  parse(data, params) {
    return parse(this, data, params, { callee: this.parse });
  },
  parseAsync(data, params) {
    return parseAsync(this, data, params, { callee: this.parseAsync });
  },
  safeParse(data, params) {
    return safeParse(this, data, params);
  },
  safeParseAsync(data, params) {
    return safeParseAsync(this, data, params);
  },
  check(...checks) {
    const def = this.def;
    return this.clone({
      ...def,
      checks: [
        ...def.checks ?? [],
        ...checks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
      ]
    }, { parent: true });
  },
  clone(_def, params) {
    return clone(this, _def, params);
  },
  brand() {
    return this;
  },
  register(reg, meta2) {
    reg.add(this, meta2);
    return this;
  },
  apply(fn, ...args) {
    return args.length === 0 ? fn(this) : fn(this, ...args);
  }
});
var ZodMiniString = /* @__PURE__ */ $constructor("ZodMiniString", (inst, def) => {
  $ZodString.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function string(params) {
  return _string(ZodMiniString, params);
}
var ZodMiniBoolean = /* @__PURE__ */ $constructor("ZodMiniBoolean", (inst, def) => {
  $ZodBoolean.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function boolean(params) {
  return _boolean(ZodMiniBoolean, params);
}
var ZodMiniNever = /* @__PURE__ */ $constructor("ZodMiniNever", (inst, def) => {
  $ZodNever.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function never(params) {
  return _never(ZodMiniNever, params);
}
var ZodMiniArray = /* @__PURE__ */ $constructor("ZodMiniArray", (inst, def) => {
  $ZodArray.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function array(element, params) {
  return new ZodMiniArray({
    type: "array",
    element,
    ...normalizeParams(params)
  });
}
var ZodMiniObject = /* @__PURE__ */ $constructor("ZodMiniObject", (inst, def) => {
  $ZodObject.init(inst, def);
  ZodMiniType.init(inst, def);
  installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
});
// @__NO_SIDE_EFFECTS__
function strictObject(shape, params) {
  return new ZodMiniObject({
    type: "object",
    shape,
    catchall: /* @__PURE__ */ never(),
    ...normalizeParams(params)
  });
}
var ZodMiniUnion = /* @__PURE__ */ $constructor("ZodMiniUnion", (inst, def) => {
  $ZodUnion.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function union(options, params) {
  return new ZodMiniUnion({
    type: "union",
    options,
    ...normalizeParams(params)
  });
}
var ZodMiniRecord = /* @__PURE__ */ $constructor("ZodMiniRecord", (inst, def) => {
  $ZodRecord.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function record(keyType, valueType, params) {
  if (!valueType || !valueType._zod) {
    return new ZodMiniRecord({
      type: "record",
      keyType: /* @__PURE__ */ string(),
      valueType: keyType,
      ...normalizeParams(valueType)
    });
  }
  return new ZodMiniRecord({
    type: "record",
    keyType,
    valueType,
    ...normalizeParams(params)
  });
}
var ZodMiniEnum = /* @__PURE__ */ $constructor("ZodMiniEnum", (inst, def) => {
  $ZodEnum.init(inst, def);
  ZodMiniType.init(inst, def);
  inst.options = [...inst._zod.values];
});
// @__NO_SIDE_EFFECTS__
function _enum(values, params) {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodMiniEnum({
    type: "enum",
    entries,
    ...normalizeParams(params)
  });
}
var ZodMiniLiteral = /* @__PURE__ */ $constructor("ZodMiniLiteral", (inst, def) => {
  $ZodLiteral.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function literal(value, params) {
  return new ZodMiniLiteral({
    type: "literal",
    values: Array.isArray(value) ? value : [value],
    ...normalizeParams(params)
  });
}
var ZodMiniOptional = /* @__PURE__ */ $constructor("ZodMiniOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function optional(innerType) {
  return new ZodMiniOptional({
    type: "optional",
    innerType
  });
}
var ZodMiniDefault = /* @__PURE__ */ $constructor("ZodMiniDefault", (inst, def) => {
  $ZodDefault.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function _default(innerType, defaultValue) {
  return new ZodMiniDefault({
    type: "default",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
    }
  });
}
var describe2 = describe;

// src/spec/schema.ts
config({ jitless: true });
var described = (schema, description) => schema.check(describe2(description));
var optional2 = (schema, description) => description === void 0 ? optional(schema) : described(optional(schema), description);
var withDefault = (schema, value, description) => description === void 0 ? _default(schema, value) : described(_default(schema, value), description);
var name = string().check(_minLength(1, "must not be empty"));
var envName = string().check(_regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "must be an environment variable name such as SMOKE_PASSWORD"));
var ORG_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,39}$/;
var lint = optional2(
  strictObject({
    ignore: withDefault(
      array(
        strictObject({
          rule: described(_enum(RULE_IDS), "A rule's ID, as okta-drift rules lists them"),
          reason: described(name, "Why the rule does not apply here")
        })
      ),
      []
    )
  }),
  "Claim lint rules silenced on this item, with the reason"
);
var groupRef = described(name, "A group name, or a group ID (00g + 17 characters)");
var allowlist = described(
  union([
    array(groupRef),
    strictObject({
      groups: array(groupRef),
      ordered: withDefault(boolean(), false, "true: the order of the list is drift too")
    })
  ]),
  "Groups allowlisted in this profile key (names or IDs); a set unless ordered"
);
var profile = described(
  record(string(), allowlist),
  "Managed profile keys only; other keys in the app's profile are left alone"
);
var appInOrg = strictObject({
  id: optional2(name, "The app's ID (0oa...) in this org"),
  profile: withDefault(profile, {}, "Allowlists that differ in this org: each replaces the key's")
});
var app = described(
  strictObject({
    id: optional2(name, "The app's ID (0oa...)"),
    label: optional2(name, "The app's label, when no id is given"),
    profile,
    orgs: withDefault(
      record(string(), appInOrg),
      {},
      "Per org (a name under the spec's orgs): the app's ID there, allowlists that differ"
    ),
    lint
  }),
  "An OIDC app whose profile holds group allowlists"
);
var claim = strictObject({
  name: described(name, "The claim's name in the token, e.g. groups"),
  claimType: described(_enum(["RESOURCE", "IDENTITY"]), "RESOURCE: access token; IDENTITY: ID token"),
  valueType: _enum(["EXPRESSION", "GROUPS"]),
  value: described(string(), "An Okta EL expression (EXPRESSION) or the group filter's value (GROUPS)"),
  groupFilterType: optional2(
    _enum(["STARTS_WITH", "EQUALS", "CONTAINS", "REGEX"]),
    "Required for GROUPS claims; sent to Okta as group_filter_type"
  ),
  scopes: withDefault(array(name), [], "conditions.scopes; empty means any scope (Okta's default)"),
  alwaysIncludeInToken: withDefault(boolean(), true, "Okta's default is true"),
  status: withDefault(_enum(["ACTIVE", "INACTIVE"]), "ACTIVE"),
  lint
});
var serverInOrg = strictObject({
  id: optional2(name, "The server's ID (aus...) or default, in this org"),
  claims: withDefault(
    array(claim),
    [],
    "Claims that differ in this org: each replaces the claim of its name and type, or adds one"
  )
});
var authorizationServer = strictObject({
  id: optional2(name, "The server's ID (aus...) or default"),
  name: optional2(name, "The server's name, when no id is given"),
  prune: withDefault(
    boolean(),
    false,
    "true: claims in Okta not listed here are deleted (system claims never are)"
  ),
  claims: withDefault(array(claim), []),
  orgs: withDefault(
    record(string(), serverInOrg),
    {},
    "Per org (a name under the spec's orgs): the server's ID there, claims that differ"
  ),
  lint
});
var expectation = strictObject({
  equals: optional2(array(string()), "The claim holds exactly these values (any order)"),
  includes: optional2(array(string()), "The claim holds at least these values"),
  excludes: optional2(array(string()), "The claim holds none of these values")
});
var smokeTest = strictObject({
  name,
  authorizationServer: described(name, "An authorization server of this spec, by id or name"),
  app: described(name, "An app of this spec, by id or label"),
  grant: _enum(["password", "authorization_code", "client_credentials"]),
  clientAuth: withDefault(
    _enum(["client_secret_basic", "client_secret_post", "private_key_jwt"]),
    "client_secret_basic"
  ),
  clientId: optional2(name, "The OAuth client_id when it is not the app's ID"),
  clientSecretEnv: optional2(envName, "Environment variable holding the client secret"),
  privateKeyEnv: optional2(
    envName,
    "Environment variable holding the private key (PEM or JWK) for private_key_jwt"
  ),
  usernameEnv: optional2(envName),
  passwordEnv: optional2(envName),
  redirectUri: optional2(string(), "For authorization_code: a redirect URI registered on the app"),
  audience: optional2(
    string(),
    "The access token's expected aud; default: the server's audience, read from Okta with OKTA_API_TOKEN"
  ),
  scopes: withDefault(array(name), []),
  token: withDefault(_enum(["access", "id"]), "access"),
  claim: withDefault(name, "groups"),
  expect: expectation,
  orgs: optional2(array(name), "Run only in these orgs (names under the spec's orgs); default: every org"),
  lint
});
var pins = withDefault(
  record(name, string()),
  {},
  "Pins group names to IDs, for names that are not unique or not yet created"
);
var org = strictObject({
  url: described(string(), "The org's URL, e.g. https://example-preview.oktapreview.com"),
  groups: described(pins, "Group names pinned to IDs in this org (over the spec's groups)")
});
var specSchema = strictObject({
  $schema: optional2(string()),
  version: literal(1),
  orgs: withDefault(
    record(string(), org),
    {},
    "The orgs this spec serves (dev, preview, prod...), by name; none: the org given when it runs"
  ),
  groups: pins,
  apps: withDefault(array(app), []),
  authorizationServers: withDefault(array(authorizationServer), []),
  smokeTests: withDefault(array(smokeTest), [])
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
