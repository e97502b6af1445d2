import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  groupMatcher
} from "./chunk-JMQYM5OC.js";
import {
  _enum,
  array,
  boolean,
  number,
  record,
  strictObject,
  string,
  unknown
} from "./chunk-3KJXKWL7.js";
import {
  MAX_GROUP_LIMIT,
  MIN_GROUP_LIMIT,
  SpecSource,
  formatPath,
  parse
} from "./chunk-ITESICWW.js";
import {
  RE2JS,
  fullMatch
} from "./chunk-5JF7ROVM.js";
import {
  createServer
} from "./chunk-VVA3I4Z3.js";
import {
  calleeName
} from "./chunk-RQZC4SAM.js";
import {
  formatProblem
} from "./chunk-GF2GQFVC.js";
import {
  SignJWT,
  calculateJwkThumbprint,
  createLocalJWKSet,
  decodeProtectedHeader,
  exportJWK,
  generateKeyPair,
  importJWK,
  jwtVerify
} from "./chunk-6ZC5OVBB.js";

// src/emulator/server.ts
import { setTimeout as sleep } from "node:timers/promises";

// src/emulator/faults.ts
var Faults = class {
  /** Added to every response, to model the network and Okta's own latency. */
  latencyMs = 0;
  /** How many requests a rule has hit so far: the faults injected. */
  fired = 0;
  rules = [];
  add(rule2) {
    this.rules.push({ ...rule2, left: rule2.times ?? 1, skipped: 0 });
  }
  clear() {
    this.rules = [];
  }
  take(method, pathWithQuery) {
    const index = this.rules.findIndex((r) => {
      if (!matches(r, method, pathWithQuery)) return false;
      if (r.skipped < (r.skip ?? 0)) {
        r.skipped++;
        return false;
      }
      return true;
    });
    if (index < 0) return void 0;
    const rule2 = this.rules[index];
    rule2.left--;
    this.fired++;
    if (rule2.left <= 0) this.rules.splice(index, 1);
    return rule2;
  }
};
function matches(rule2, method, pathWithQuery) {
  if (rule2.method && rule2.method.toUpperCase() !== method) return false;
  if (rule2.path === void 0) return true;
  return typeof rule2.path === "string" ? pathWithQuery.startsWith(rule2.path) : rule2.path.test(pathWithQuery);
}

// src/emulator/store.ts
import { createHash as createHash2, randomBytes as randomBytes2 } from "node:crypto";

// src/emulator/dpop.ts
import { createHash, randomBytes } from "node:crypto";
var ALGORITHMS = ["RS256", "RS384", "RS512", "ES256", "ES384", "ES512"];
var MAX_AGE = 300;
var MAX_SKEW = 60;
var PRIVATE_MEMBERS = ["d", "p", "q", "dp", "dq", "qi", "k", "oth"];
var invalid = (why) => new OAuthHttpError(400, "invalid_dpop_proof", why);
var DpopState = class {
  /** The nonce the token endpoint hands out; proofs must carry it. */
  nonce = randomBytes(18).toString("base64url");
  /** Proofs seen (by jti): each may be used once. */
  seen = /* @__PURE__ */ new Set();
  /**
   * Checks a DPoP header against the request it came with; returns the key's thumbprint
   * (cnf.jkt) and whether the proof carried the current nonce.
   */
  async verify(header, request) {
    if (header === void 0) throw invalid("The DPoP proof JWT header is missing.");
    if (Array.isArray(header) || header.split(".").length !== 3)
      throw invalid("The DPoP header must hold exactly one proof JWT.");
    let protectedHeader;
    try {
      protectedHeader = decodeProtectedHeader(header);
    } catch {
      throw invalid("The DPoP proof is not a JWT.");
    }
    const { typ, alg, jwk } = protectedHeader;
    if (typ !== "dpop+jwt") throw invalid("The DPoP proof's typ must be dpop+jwt.");
    if (typeof alg !== "string" || !ALGORITHMS.includes(alg))
      throw invalid(`The DPoP proof's alg must be one of ${ALGORITHMS.join(", ")}.`);
    if (typeof jwk !== "object" || jwk === null) throw invalid("The DPoP proof carries no jwk.");
    if (PRIVATE_MEMBERS.some((m) => Object.hasOwn(jwk, m)))
      throw invalid("The DPoP proof's jwk must be a public key.");
    let payload;
    try {
      const key = await importJWK(jwk, alg);
      ({ payload } = await jwtVerify(header, key, { typ: "dpop+jwt", algorithms: [alg] }));
    } catch {
      throw invalid("The DPoP proof's signature does not verify with its jwk.");
    }
    if (payload.htm !== request.method) throw invalid("The DPoP proof's htm is not this request's method.");
    if (typeof payload.htu !== "string" || !sameTarget(payload.htu, request.url))
      throw invalid("The DPoP proof's htu is not this request's URL.");
    const now = Math.floor(Date.now() / 1e3);
    if (typeof payload.iat !== "number" || payload.iat < now - MAX_AGE || payload.iat > now + MAX_SKEW)
      throw invalid("The DPoP proof's iat is not recent.");
    if (typeof payload.jti !== "string" || payload.jti.length === 0)
      throw invalid("The DPoP proof has no jti.");
    if (this.seen.has(payload.jti)) throw invalid("The DPoP proof was used before (its jti).");
    this.seen.add(payload.jti);
    if (request.accessToken !== void 0) {
      const ath = createHash("sha256").update(request.accessToken).digest("base64url");
      if (payload.ath !== ath) throw invalid("The DPoP proof's ath is not the access token's hash.");
    }
    return { jkt: await calculateJwkThumbprint(jwk), nonced: payload.nonce === this.nonce };
  }
};
function sameTarget(htu, url) {
  if (!URL.canParse(htu)) return false;
  const a = new URL(htu);
  const b = new URL(url);
  return a.origin === b.origin && a.pathname === b.pathname;
}

// src/emulator/store.ts
var ID_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
function newId(prefix, orgSuffix) {
  const length = 20 - prefix.length - orgSuffix.length;
  let body = "";
  for (const b of randomBytes2(length)) body += ID_ALPHABET[b % ID_ALPHABET.length];
  return `${prefix}${body}${orgSuffix}`;
}
function stableId(prefix, key, orgSuffix) {
  const length = 20 - prefix.length - orgSuffix.length;
  let body = "";
  for (const b of createHash2("sha256").update(`${prefix}:${key}`).digest().subarray(0, length))
    body += ID_ALPHABET[b % ID_ALPHABET.length];
  return `${prefix}${body}${orgSuffix}`;
}
function randomToken(bytes = 32) {
  return randomBytes2(bytes).toString("base64url");
}
function oktaTime(date = /* @__PURE__ */ new Date()) {
  return `${date.toISOString().slice(0, 19)}.000Z`;
}
var TenantStore = class {
  constructor(orgSuffix = "0h7") {
    this.orgSuffix = orgSuffix;
  }
  orgSuffix;
  groups = /* @__PURE__ */ new Map();
  /** Exact name → IDs (names are not unique in Okta). */
  groupsByName = /* @__PURE__ */ new Map();
  users = /* @__PURE__ */ new Map();
  apps = /* @__PURE__ */ new Map();
  servers = /* @__PURE__ */ new Map();
  /** okta.* scopes granted to service apps, for bearer access to the admin API. */
  oktaScopeGrants = /* @__PURE__ */ new Map();
  /** DPoP's nonce and the proofs seen, for service apps that require DPoP. */
  dpop = new DpopState();
  /** One-time session tokens from /api/v1/authn: token → user ID and expiry. */
  sessionTokens = /* @__PURE__ */ new Map();
  authCodes = /* @__PURE__ */ new Map();
  refreshTokens = /* @__PURE__ */ new Map();
  /** Okta Classic Engine's Authentication API; Identity Engine orgs may not have it. */
  authnApi = true;
  /**
   * Faults in minted tokens, so clients can prove they refuse them: claims to override (a
   * wrong iss or aud, an exp in the past) and signing with a key the JWKS does not publish.
   */
  tokenTamper = {};
  id(prefix) {
    return newId(prefix, this.orgSuffix);
  }
  addGroup(group2) {
    this.groups.set(group2.id, group2);
    this.indexGroupName(group2.id, group2.profile.name);
    return group2;
  }
  renameGroup(group2, name) {
    this.groupsByName.get(group2.profile.name)?.delete(group2.id);
    group2.profile.name = name;
    this.indexGroupName(group2.id, name);
  }
  deleteGroup(id) {
    const group2 = this.groups.get(id);
    if (!group2) return;
    this.groupsByName.get(group2.profile.name)?.delete(id);
    this.groups.delete(id);
    for (const app2 of this.apps.values()) app2.groups.delete(id);
  }
  groupIdsNamed(name) {
    return [...this.groupsByName.get(name) ?? []];
  }
  indexGroupName(id, name) {
    const ids = this.groupsByName.get(name) ?? /* @__PURE__ */ new Set();
    this.groupsByName.set(name, ids);
    ids.add(id);
  }
  userByLogin(login) {
    const wanted = login.toLowerCase();
    for (const user2 of this.users.values()) if (user2.profile.login.toLowerCase() === wanted) return user2;
    return void 0;
  }
  groupsOfUser(userId) {
    return [...this.groups.values()].filter((g) => g.members.has(userId) || g.type === "BUILT_IN");
  }
  appByClientId(clientId) {
    for (const app2 of this.apps.values()) {
      const credentials = app2.body.credentials;
      if (credentials?.oauthClient?.client_id === clientId) return app2;
    }
    return void 0;
  }
  /** A user is assigned directly or through one of the app's groups. */
  isAssigned(app2, userId) {
    if (app2.users.has(userId)) return true;
    for (const groupId of app2.groups.keys()) {
      const group2 = this.groups.get(groupId);
      if (group2 && (group2.members.has(userId) || group2.type === "BUILT_IN")) return true;
    }
    return false;
  }
};

// src/emulator/http.ts
var OktaHttpError = class extends Error {
  constructor(status, errorCode, errorSummary, errorCauses = [], headers = {}) {
    super(errorSummary);
    this.status = status;
    this.errorCode = errorCode;
    this.errorSummary = errorSummary;
    this.errorCauses = errorCauses;
    this.headers = headers;
  }
  status;
  errorCode;
  errorSummary;
  errorCauses;
  headers;
  body() {
    return {
      errorCode: this.errorCode,
      errorSummary: this.errorSummary,
      errorLink: this.errorCode,
      errorId: `oae${randomToken(16).replace(/[-_]/g, "x").slice(0, 22)}`,
      errorCauses: this.errorCauses.map((errorSummary) => ({ errorSummary }))
    };
  }
};
var OAuthHttpError = class extends Error {
  constructor(status, error, description, headers = {}) {
    super(description);
    this.status = status;
    this.error = error;
    this.description = description;
    this.headers = headers;
  }
  status;
  error;
  description;
  headers;
};
var notFound = (id, type) => new OktaHttpError(404, "E0000007", `Not found: Resource not found: ${id} (${type})`);
var validationFailed = (field, causes) => new OktaHttpError(400, "E0000001", `Api validation failed: ${field}`, causes);
var json = (status, body, headers) => ({
  status,
  body,
  ...headers ? { headers } : {}
});
var MAX_BODY_BYTES = 2 * 1024 * 1024;
async function readBody(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES)
      throw new OktaHttpError(413, "E0000003", "The request body was not well-formed.");
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}
function parseJsonBody(text) {
  if (text.trim() === "") return {};
  try {
    const value = JSON.parse(text);
    if (typeof value !== "object" || value === null || Array.isArray(value)) throw new Error("not an object");
    return value;
  } catch {
    throw new OktaHttpError(400, "E0000003", "The request body was not well-formed.");
  }
}
function linkHeaders(url, nextAfter) {
  const self = new URL(url);
  const links = [`<${self.toString()}>; rel="self"`];
  if (nextAfter !== void 0) {
    const next = new URL(url);
    next.searchParams.set("after", nextAfter);
    links.push(`<${next.toString()}>; rel="next"`);
  }
  return links;
}
function page(items, ctx, defaultLimit, maxLimit) {
  const { url } = ctx;
  const cap = Math.min(maxLimit, ctx.pageLimit ?? maxLimit);
  const limitParam = url.searchParams.get("limit");
  const asked = limitParam === null ? defaultLimit : Math.max(Number.parseInt(limitParam, 10) || defaultLimit, 1);
  const limit = Math.min(asked, cap);
  const after = url.searchParams.get("after");
  const start = after === null ? 0 : items.findIndex((i) => i.id === after) + 1;
  const slice = items.slice(start, start + limit);
  const more = start + limit < items.length;
  return { items: slice, links: linkHeaders(url, more ? slice.at(-1)?.id : void 0) };
}

// src/emulator/keys.ts
import { randomUUID } from "node:crypto";
var Keys = class {
  active = /* @__PURE__ */ new Map();
  published = /* @__PURE__ */ new Map();
  pairs = /* @__PURE__ */ new Map();
  activeKid(serverId) {
    let kid = this.active.get(serverId);
    if (!kid) {
      kid = randomUUID().replaceAll("-", "");
      this.active.set(serverId, kid);
      this.published.set(serverId, [kid]);
    }
    return kid;
  }
  /** Makes a new key the active one; the old one stays in the JWKS. */
  rotate(serverId) {
    this.activeKid(serverId);
    const kid = randomUUID().replaceAll("-", "");
    this.active.set(serverId, kid);
    this.published.get(serverId).unshift(kid);
    return kid;
  }
  async signingKey(serverId) {
    return this.pair(this.activeKid(serverId));
  }
  /** A key that no JWKS publishes, for the tokenTamper fault. */
  async unpublishedKey() {
    return this.pair("unpublished");
  }
  async jwks(serverId) {
    this.activeKid(serverId);
    const pairs = await Promise.all(this.published.get(serverId).map((kid) => this.pair(kid)));
    return { keys: pairs.map((p) => p.publicJwk) };
  }
  pair(kid) {
    let pair = this.pairs.get(kid);
    if (!pair) {
      pair = (async () => {
        const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
        const jwk = await exportJWK(publicKey);
        return {
          kid,
          privateKey,
          publicJwk: { kty: "RSA", alg: "RS256", kid, use: "sig", e: jwk.e, n: jwk.n }
        };
      })();
      this.pairs.set(kid, pair);
    }
    return pair;
  }
};

// src/emulator/rate-limits.ts
var DEFAULT_RATE_LIMITS = {
  apps: 100,
  // GET/POST /api/v1/apps and every /api/v1/apps/* sub-resource
  app: 600,
  // /api/v1/apps/{id}
  groups: 600,
  // GET/POST /api/v1/groups
  group: 1e3,
  // /api/v1/groups/{id} and below
  users: 600,
  authorizationServers: 600,
  // "most other /api/v1" endpoints
  token: 600,
  authn: 600
};
var RateLimiter = class {
  constructor(options = {}, now = Date.now) {
    this.now = now;
    this.windowMs = options.windowMs ?? 6e4;
    this.limits = { ...DEFAULT_RATE_LIMITS, ...options.limits };
  }
  now;
  windowMs;
  limits;
  windows = /* @__PURE__ */ new Map();
  take(family) {
    const limit = this.limits[family];
    if (family === "unlimited" || limit === void 0) return void 0;
    const now = this.now();
    let window = this.windows.get(family);
    if (!window || now >= window.start + this.windowMs) {
      window = { start: now, used: 0 };
      this.windows.set(family, window);
    }
    const allowed = window.used < limit;
    if (allowed) window.used++;
    return {
      limit,
      remaining: Math.max(0, limit - window.used),
      reset: Math.ceil((window.start + this.windowMs) / 1e3),
      allowed
    };
  }
};

// src/emulator/router.ts
var Router = class {
  routes = [];
  add(...routes) {
    for (const route of routes) {
      const names = [];
      const source = route.pattern.replace(/[.]/g, "\\.").replace(/:([A-Za-z]+)/g, (_m, name) => {
        names.push(name);
        return "([^/]+)";
      });
      this.routes.push({ ...route, regex: new RegExp(`^${source}$`), names });
    }
  }
  /** The route for a request, or the methods the path allows (for a 405) when none matches. */
  match(method, path) {
    const allowed = [];
    for (const route of this.routes) {
      const m = route.regex.exec(path);
      if (!m) continue;
      if (route.method !== method) {
        allowed.push(route.method);
        continue;
      }
      const params = Object.fromEntries(route.names.map((n, i) => [n, decodeURIComponent(m[i + 1])]));
      return { route, params };
    }
    return { allowed };
  }
};
function bodyReaders(req) {
  let cached;
  const text = () => {
    cached ??= readBody(req);
    return cached;
  };
  return {
    text,
    json: async () => parseJsonBody(await text()),
    form: async () => new URLSearchParams(await text())
  };
}

// src/emulator/scim-filter.ts
function exactValues(filter, attribute) {
  const values = [];
  const escaped = attribute.replace(/\./g, "\\.");
  const term = new RegExp(`^\\s*${escaped}\\s+eq\\s+"((?:[^"\\\\]|\\\\.)*)"\\s*(?:or\\s+|$)`, "i");
  let rest = filter;
  while (rest.trim() !== "") {
    const m = term.exec(rest);
    if (!m) return void 0;
    values.push(m[1].replace(/\\(.)/g, "$1"));
    rest = rest.slice(m[0].length);
  }
  return values.length > 0 ? values : void 0;
}
function parseFilter(source, allowed) {
  const tokens = source.match(/"(?:[^"\\]|\\.)*"|\(|\)|[^\s()]+/g) ?? [];
  let i = 0;
  const invalid2 = (why) => new OktaHttpError(400, "E0000031", `Invalid search criteria.`, [`${why} in: ${source}`]);
  const or = () => {
    let left = and();
    while (tokens[i]?.toLowerCase() === "or") {
      i++;
      const right = and();
      const l = left;
      left = (get) => l(get) || right(get);
    }
    return left;
  };
  const and = () => {
    let left = term();
    while (tokens[i]?.toLowerCase() === "and") {
      i++;
      const right = term();
      const l = left;
      left = (get) => l(get) && right(get);
    }
    return left;
  };
  const term = () => {
    if (tokens[i] === "(") {
      i++;
      const inner = or();
      if (tokens[i++] !== ")") throw invalid2("missing )");
      return inner;
    }
    const attribute = tokens[i++];
    const op = tokens[i++]?.toLowerCase();
    if (!attribute || !op) throw invalid2("incomplete expression");
    if (!allowed(attribute)) throw invalid2(`unsupported attribute ${attribute}`);
    if (op === "pr") return (get) => get(attribute) !== void 0 && get(attribute) !== null;
    const raw = tokens[i++];
    if (!raw) throw invalid2("missing value");
    const value = raw.startsWith('"') ? raw.slice(1, -1).replace(/\\(.)/g, "$1") : raw === "true" ? true : raw === "false" ? false : Number(raw);
    const compare = (get) => {
      const actual = get(attribute);
      return typeof actual === "string" && typeof value === "string" ? [actual.toLowerCase(), value.toLowerCase()] : [actual, value];
    };
    switch (op) {
      case "eq":
        return (get) => get(attribute) === value;
      case "ne":
        return (get) => get(attribute) !== value;
      case "sw":
        return (get) => {
          const [a, v] = compare(get);
          return typeof a === "string" && a.startsWith(String(v));
        };
      case "co":
        return (get) => {
          const [a, v] = compare(get);
          return typeof a === "string" && a.includes(String(v));
        };
      case "gt":
        return (get) => String(get(attribute)) > String(value);
      case "ge":
        return (get) => String(get(attribute)) >= String(value);
      case "lt":
        return (get) => String(get(attribute)) < String(value);
      case "le":
        return (get) => String(get(attribute)) <= String(value);
      default:
        throw invalid2(`unsupported operator ${op}`);
    }
  };
  const predicate = or();
  if (i !== tokens.length) throw invalid2(`unexpected ${tokens[i]}`);
  return predicate;
}
function attributeOf(record2, attribute) {
  return attribute.split(".").reduce((v, key) => v?.[key], record2);
}

// src/emulator/wire.ts
var link = (href, allow) => allow ? { href, hints: { allow } } : { href };
function groupJson(org, g) {
  const self = `${org}/api/v1/groups/${g.id}`;
  return {
    id: g.id,
    created: g.created,
    lastUpdated: g.lastUpdated,
    lastMembershipUpdated: g.lastMembershipUpdated,
    objectClass: g.objectClass,
    type: g.type,
    profile: g.profile,
    _links: {
      logo: [
        { name: "medium", href: `${org}/assets/img/logos/groups/okta-medium.png`, type: "image/png" },
        { name: "large", href: `${org}/assets/img/logos/groups/okta-large.png`, type: "image/png" }
      ],
      users: { href: `${self}/users` },
      apps: { href: `${self}/apps` }
    }
  };
}
function userJson(org, u) {
  return {
    id: u.id,
    status: u.status,
    created: u.created,
    activated: u.activated,
    statusChanged: u.statusChanged,
    lastLogin: u.lastLogin,
    lastUpdated: u.lastUpdated,
    passwordChanged: u.passwordChanged,
    type: { id: "oty00000000000000000" },
    profile: u.profile,
    credentials: {
      ...u.password === void 0 ? {} : { password: {} },
      provider: { type: "OKTA", name: "OKTA" }
    },
    _links: { self: link(`${org}/api/v1/users/${u.id}`) }
  };
}
function appJson(org, a, withSecret = false) {
  const {
    id: _id,
    status: _status,
    created: _created,
    lastUpdated: _lastUpdated,
    _links,
    _embedded,
    ...body
  } = a.body;
  const credentials = structuredClone(body.credentials ?? {});
  const oauthClient = credentials.oauthClient;
  if (oauthClient) {
    delete oauthClient.client_secret;
    if (withSecret && a.clientSecret) oauthClient.client_secret = a.clientSecret;
  }
  const self = `${org}/api/v1/apps/${a.id}`;
  const {
    name,
    label,
    accessibility,
    visibility,
    features,
    signOnMode,
    credentials: _credentials,
    settings,
    profile,
    ...rest
  } = body;
  return {
    id: a.id,
    orn: `orn:okta:idp:${a.id.slice(-4)}:apps:${String(name)}:${a.id}`,
    name,
    label,
    status: a.status,
    lastUpdated: a.lastUpdated,
    created: a.created,
    accessibility,
    visibility,
    features,
    signOnMode,
    credentials,
    ...rest,
    settings,
    ...profile === void 0 ? {} : { profile },
    _links: {
      appLinks: [],
      groups: { href: `${self}/groups` },
      users: { href: `${self}/users` },
      deactivate: { href: `${self}/lifecycle/deactivate` },
      self: link(self, ["GET", "PUT", "DELETE"])
    }
  };
}
function appGroupJson(org, appId, groupId, a) {
  return {
    id: groupId,
    lastUpdated: a.lastUpdated,
    priority: a.priority,
    profile: a.profile,
    _links: {
      app: { href: `${org}/api/v1/apps/${appId}` },
      self: { href: `${org}/api/v1/apps/${appId}/groups/${groupId}` },
      group: { href: `${org}/api/v1/groups/${groupId}` }
    }
  };
}
function serverJson(org, s, kid) {
  const self = `${org}/api/v1/authorizationServers/${s.id}`;
  const issuer = `${org}/oauth2/${s.id}`;
  return {
    id: s.id,
    name: s.name,
    description: s.description,
    audiences: s.audiences,
    issuer,
    issuerMode: s.issuerMode,
    status: s.status,
    created: s.created,
    lastUpdated: s.lastUpdated,
    credentials: { signing: { kid, ...s.signing } },
    default: s.default,
    _links: {
      rotateKey: link(`${self}/credentials/lifecycle/keyRotate`, ["POST"]),
      metadata: [
        {
          name: "oauth-authorization-server",
          ...link(`${issuer}/.well-known/oauth-authorization-server`, ["GET"])
        },
        { name: "openid-configuration", ...link(`${issuer}/.well-known/openid-configuration`, ["GET"]) }
      ],
      keys: link(`${self}/credentials/keys`, ["GET"]),
      claims: link(`${self}/claims`, ["GET", "POST"]),
      policies: link(`${self}/policies`, ["GET", "POST"]),
      self: link(self, ["GET", "DELETE", "PUT"]),
      scopes: link(`${self}/scopes`, ["GET", "POST"]),
      [s.status === "ACTIVE" ? "deactivate" : "activate"]: link(
        `${self}/lifecycle/${s.status === "ACTIVE" ? "deactivate" : "activate"}`,
        ["POST"]
      )
    }
  };
}
function claimJson(org, serverId, c) {
  return {
    id: c.id,
    name: c.name,
    status: c.status,
    claimType: c.claimType,
    valueType: c.valueType,
    ...c.value === void 0 ? {} : { value: c.value },
    conditions: c.conditions,
    system: c.system,
    alwaysIncludeInToken: c.alwaysIncludeInToken,
    apiResourceId: null,
    ...c.valueType === "GROUPS" ? { group_filter_type: c.group_filter_type } : {},
    _links: {
      self: link(`${org}/api/v1/authorizationServers/${serverId}/claims/${c.id}`, ["GET", "PUT", "DELETE"])
    }
  };
}
function scopeJson(org, serverId, s) {
  return {
    id: s.id,
    name: s.name,
    ...s.displayName === void 0 ? {} : { displayName: s.displayName },
    ...s.description === void 0 ? {} : { description: s.description },
    system: s.system,
    ...s.optional === void 0 ? {} : { optional: s.optional },
    metadataPublish: s.metadataPublish,
    consent: s.consent,
    default: s.default,
    _links: {
      self: link(`${org}/api/v1/authorizationServers/${serverId}/scopes/${s.id}`, ["GET", "PUT", "DELETE"])
    }
  };
}
function policyJson(org, serverId, p) {
  const self = `${org}/api/v1/authorizationServers/${serverId}/policies/${p.id}`;
  return {
    id: p.id,
    status: p.status,
    name: p.name,
    description: p.description,
    priority: p.priority,
    system: p.system,
    conditions: p.conditions,
    created: p.created,
    lastUpdated: p.lastUpdated,
    _links: {
      self: link(self, ["GET", "PUT", "DELETE"]),
      rules: link(`${self}/rules`, ["GET", "POST"]),
      [p.status === "ACTIVE" ? "deactivate" : "activate"]: link(
        `${self}/lifecycle/${p.status === "ACTIVE" ? "deactivate" : "activate"}`,
        ["POST"]
      )
    },
    type: p.type
  };
}
function ruleJson(org, serverId, policyId, r) {
  const self = `${org}/api/v1/authorizationServers/${serverId}/policies/${policyId}/rules/${r.id}`;
  return {
    id: r.id,
    status: r.status,
    name: r.name,
    priority: r.priority,
    created: r.created,
    lastUpdated: r.lastUpdated,
    system: r.system,
    conditions: r.conditions,
    actions: r.actions,
    _links: {
      self: link(self, ["GET", "PUT", "DELETE"]),
      [r.status === "ACTIVE" ? "deactivate" : "activate"]: link(
        `${self}/lifecycle/${r.status === "ACTIVE" ? "deactivate" : "activate"}`,
        ["POST"]
      )
    },
    type: r.type
  };
}

// src/emulator/routes/groups.ts
var READ = { admin: true, scope: "okta.groups.read" };
var MANAGE = { admin: true, scope: "okta.groups.manage" };
var QUERY_LIMIT = 300;
var LIST_LIMIT = 1e4;
var SEARCH_ATTRIBUTES = /^(profile\.[A-Za-z0-9_]+|id|created|lastUpdated|lastMembershipUpdated|type|source\.id)$/;
var FILTER_ATTRIBUTES = /^(id|type|lastUpdated|lastMembershipUpdated)$/;
function getGroup(store, id) {
  const group2 = store.groups.get(id);
  if (!group2) throw notFound(id, "UserGroup");
  return group2;
}
function listGroups(ctx) {
  const { url, store, org } = ctx;
  const q = url.searchParams.get("q");
  if (q !== null) {
    const limit = Number.parseInt(url.searchParams.get("limit") ?? "", 10) || QUERY_LIMIT;
    const prefix = q.toLowerCase();
    const found = [...store.groups.values()].filter((g) => g.profile.name.toLowerCase().startsWith(prefix)).slice(0, limit);
    return json(
      200,
      found.map((g) => groupJson(org, g))
    );
  }
  const search = url.searchParams.get("search");
  const filter = url.searchParams.get("filter");
  let groups;
  if (search !== null) {
    const names = exactValues(search, "profile.name");
    const ids = names ? void 0 : exactValues(search, "id");
    if (names) {
      const found = new Set(names.flatMap((n) => store.groupIdsNamed(n)));
      groups = [...found].sort().map((id) => store.groups.get(id));
    } else if (ids) {
      groups = [...new Set(ids)].sort().flatMap((id) => store.groups.get(id) ?? []);
    } else {
      const predicate = parseFilter(search, (a) => SEARCH_ATTRIBUTES.test(a));
      groups = [...store.groups.values()].filter((g) => predicate((a) => attributeOf(g, a))).sort((a, b) => a.id < b.id ? -1 : 1);
    }
  } else if (filter !== null) {
    const predicate = parseFilter(filter, (a) => FILTER_ATTRIBUTES.test(a));
    groups = [...store.groups.values()].filter((g) => predicate((a) => attributeOf(g, a)));
  } else {
    groups = [...store.groups.values()];
  }
  const sortBy = url.searchParams.get("sortBy");
  if (search !== null && sortBy !== null) groups = sorted(groups, sortBy, url.searchParams.get("sortOrder"));
  const stats = (url.searchParams.get("expand") ?? "").split(",").includes("stats");
  const result = page(groups, ctx, LIST_LIMIT, LIST_LIMIT);
  const assigned = stats ? appsAssigned(store) : void 0;
  return json(
    200,
    result.items.map(
      (g) => assigned ? { ...groupJson(org, g), _embedded: { stats: statsOf(store, g, assigned) } } : groupJson(org, g)
    ),
    { Link: result.links }
  );
}
function sorted(groups, sortBy, sortOrder) {
  if (!SEARCH_ATTRIBUTES.test(sortBy))
    throw new OktaHttpError(400, "E0000031", "Invalid search criteria.", [
      `sortBy: ${sortBy} is not a sortable property`
    ]);
  const sign = sortOrder?.toLowerCase() === "desc" ? -1 : 1;
  const key = (g) => String(attributeOf(g, sortBy) ?? "");
  return [...groups].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    return x === y ? a.id < b.id ? -1 : 1 : sign * (x < y ? -1 : 1);
  });
}
function appsAssigned(store) {
  const counts = /* @__PURE__ */ new Map();
  for (const app2 of store.apps.values())
    for (const groupId of app2.groups.keys()) counts.set(groupId, (counts.get(groupId) ?? 0) + 1);
  return counts;
}
function statsOf(store, g, assigned) {
  return {
    usersCount: g.type === "BUILT_IN" ? store.users.size : g.members.size,
    appsCount: assigned.get(g.id) ?? 0,
    groupPushMappingsCount: 0,
    hasAdminPrivilege: false
  };
}
async function createGroup(ctx) {
  const body = await ctx.json();
  const profile = body.profile;
  if (typeof profile?.name !== "string" || profile.name.trim() === "") {
    throw validationFailed("profile.name", ["name: The field cannot be left blank"]);
  }
  const now = oktaTime(ctx.now());
  const group2 = ctx.store.addGroup({
    id: ctx.store.id("00g"),
    created: now,
    lastUpdated: now,
    lastMembershipUpdated: now,
    type: "OKTA_GROUP",
    objectClass: ["okta:user_group"],
    profile: { ...profile, name: profile.name, description: String(profile.description ?? "") },
    members: /* @__PURE__ */ new Set()
  });
  return json(200, groupJson(ctx.org, group2));
}
async function replaceGroup(ctx) {
  const group2 = getGroup(ctx.store, ctx.params.groupId);
  if (group2.type !== "OKTA_GROUP")
    throw new OktaHttpError(403, "E0000006", "You do not have permission to perform the requested action");
  const profile = (await ctx.json()).profile;
  if (typeof profile?.name !== "string" || profile.name.trim() === "")
    throw validationFailed("profile.name", ["name: The field cannot be left blank"]);
  ctx.store.renameGroup(group2, profile.name);
  group2.profile = { ...profile, name: profile.name, description: String(profile.description ?? "") };
  group2.lastUpdated = oktaTime(ctx.now());
  return json(200, groupJson(ctx.org, group2));
}
function deleteGroup(ctx) {
  const group2 = getGroup(ctx.store, ctx.params.groupId);
  if (group2.type === "BUILT_IN")
    throw new OktaHttpError(403, "E0000006", "You do not have permission to perform the requested action");
  ctx.store.deleteGroup(group2.id);
  return { status: 204 };
}
function listMembers(ctx) {
  const group2 = getGroup(ctx.store, ctx.params.groupId);
  const users = [...ctx.store.users.values()].filter(
    (u) => group2.type === "BUILT_IN" || group2.members.has(u.id)
  );
  const result = page(users, ctx, 1e3, 1e4);
  return json(
    200,
    result.items.map((u) => userJson(ctx.org, u)),
    { Link: result.links }
  );
}
function setMembership(member) {
  return (ctx) => {
    const group2 = getGroup(ctx.store, ctx.params.groupId);
    const userId = ctx.params.userId;
    if (!ctx.store.users.has(userId)) throw notFound(userId, "User");
    if (member) group2.members.add(userId);
    else group2.members.delete(userId);
    group2.lastMembershipUpdated = oktaTime(ctx.now());
    return { status: 204 };
  };
}
function groupRoutes() {
  return [
    { method: "GET", pattern: "/api/v1/groups", family: "groups", access: READ, handle: listGroups },
    { method: "POST", pattern: "/api/v1/groups", family: "groups", access: MANAGE, handle: createGroup },
    {
      method: "GET",
      pattern: "/api/v1/groups/:groupId",
      family: "group",
      access: READ,
      handle: (ctx) => json(200, groupJson(ctx.org, getGroup(ctx.store, ctx.params.groupId)))
    },
    {
      method: "PUT",
      pattern: "/api/v1/groups/:groupId",
      family: "group",
      access: MANAGE,
      handle: replaceGroup
    },
    {
      method: "DELETE",
      pattern: "/api/v1/groups/:groupId",
      family: "group",
      access: MANAGE,
      handle: deleteGroup
    },
    {
      method: "GET",
      pattern: "/api/v1/groups/:groupId/users",
      family: "group",
      access: READ,
      handle: listMembers
    },
    {
      method: "PUT",
      pattern: "/api/v1/groups/:groupId/users/:userId",
      family: "group",
      access: MANAGE,
      handle: setMembership(true)
    },
    {
      method: "DELETE",
      pattern: "/api/v1/groups/:groupId/users/:userId",
      family: "group",
      access: MANAGE,
      handle: setMembership(false)
    }
  ];
}

// src/emulator/routes/users.ts
var READ2 = { admin: true, scope: "okta.users.read" };
var MANAGE2 = { admin: true, scope: "okta.users.manage" };
var PROFILE_ATTRIBUTES = /* @__PURE__ */ new Set([
  "login",
  "email",
  "secondEmail",
  "firstName",
  "lastName",
  "middleName",
  "honorificPrefix",
  "honorificSuffix",
  "title",
  "displayName",
  "nickName",
  "profileUrl",
  "primaryPhone",
  "mobilePhone",
  "streetAddress",
  "city",
  "state",
  "zipCode",
  "countryCode",
  "postalAddress",
  "preferredLanguage",
  "locale",
  "timezone",
  "userType",
  "employeeNumber",
  "costCenter",
  "organization",
  "division",
  "department",
  "managerId",
  "manager"
]);
function getUser(store, idOrLogin) {
  const user2 = store.users.get(idOrLogin) ?? store.userByLogin(idOrLogin);
  if (!user2) throw notFound(idOrLogin, "User");
  return user2;
}
async function createUser(ctx) {
  const body = await ctx.json();
  const profile = body.profile ?? {};
  const unknown2 = Object.keys(profile).filter((k) => !PROFILE_ATTRIBUTES.has(k));
  if (unknown2.length > 0)
    throw validationFailed(
      "newUser",
      unknown2.map((k) => `Property name '${k}' is not defined in profile`)
    );
  const missing = ["login", "email", "firstName", "lastName"].filter(
    (k) => typeof profile[k] !== "string" || profile[k] === ""
  );
  if (missing.length > 0)
    throw validationFailed(
      "newUser",
      missing.map((k) => `${k}: The field cannot be left blank`)
    );
  if (ctx.store.userByLogin(String(profile.login))) {
    throw validationFailed("login", [
      "login: An object with this field already exists in the current organization"
    ]);
  }
  const password = body.credentials?.password?.value;
  const activate = ctx.url.searchParams.get("activate") !== "false";
  const now = oktaTime(ctx.now());
  const status = !activate ? "STAGED" : typeof password === "string" ? "ACTIVE" : "PROVISIONED";
  const user2 = {
    id: ctx.store.id("00u"),
    status,
    created: now,
    activated: activate ? now : null,
    statusChanged: activate ? now : null,
    lastLogin: null,
    lastUpdated: now,
    passwordChanged: typeof password === "string" ? now : null,
    profile,
    password: typeof password === "string" ? password : void 0
  };
  ctx.store.users.set(user2.id, user2);
  for (const groupId of body.groupIds ?? [])
    getGroup(ctx.store, groupId).members.add(user2.id);
  return json(200, userJson(ctx.org, user2));
}
function listUsers(ctx) {
  const { url, store } = ctx;
  let users = [...store.users.values()];
  const search = url.searchParams.get("search") ?? url.searchParams.get("filter");
  if (search !== null) {
    const predicate = parseFilter(search, () => true);
    users = users.filter((u) => predicate((a) => attributeOf(u, a)));
  }
  const q = url.searchParams.get("q");
  if (q !== null) {
    const prefix = q.toLowerCase();
    users = users.filter(
      (u) => [u.profile.login, u.profile.email, u.profile.firstName, u.profile.lastName].some(
        (v) => v.toLowerCase().startsWith(prefix)
      )
    );
  }
  const result = page(users, ctx, q !== null ? 10 : 200, 200);
  return json(
    200,
    result.items.map((u) => userJson(ctx.org, u)),
    { Link: result.links }
  );
}
function deleteUser(ctx) {
  const user2 = getUser(ctx.store, ctx.params.userId);
  if (user2.status !== "DEPROVISIONED") {
    user2.status = "DEPROVISIONED";
    user2.statusChanged = oktaTime(ctx.now());
    return { status: 204 };
  }
  ctx.store.users.delete(user2.id);
  for (const group2 of ctx.store.groups.values()) group2.members.delete(user2.id);
  for (const app2 of ctx.store.apps.values()) app2.users.delete(user2.id);
  return { status: 204 };
}
function deactivateUser(ctx) {
  const user2 = getUser(ctx.store, ctx.params.userId);
  if (user2.status === "DEPROVISIONED")
    throw new OktaHttpError(400, "E0000001", "Api validation failed: status", [
      "status: The user is already deactivated"
    ]);
  user2.status = "DEPROVISIONED";
  return json(200, {});
}
function userRoutes() {
  return [
    { method: "POST", pattern: "/api/v1/users", family: "users", access: MANAGE2, handle: createUser },
    { method: "GET", pattern: "/api/v1/users", family: "users", access: READ2, handle: listUsers },
    {
      method: "GET",
      pattern: "/api/v1/users/:userId",
      family: "users",
      access: READ2,
      handle: (ctx) => json(200, userJson(ctx.org, getUser(ctx.store, ctx.params.userId)))
    },
    {
      method: "DELETE",
      pattern: "/api/v1/users/:userId",
      family: "users",
      access: MANAGE2,
      handle: deleteUser
    },
    {
      method: "POST",
      pattern: "/api/v1/users/:userId/lifecycle/deactivate",
      family: "users",
      access: MANAGE2,
      handle: deactivateUser
    },
    {
      method: "GET",
      pattern: "/api/v1/users/:userId/groups",
      family: "users",
      access: READ2,
      handle: (ctx) => json(
        200,
        ctx.store.groupsOfUser(getUser(ctx.store, ctx.params.userId).id).map((g) => groupJson(ctx.org, g))
      )
    }
  ];
}

// src/emulator/routes/apps.ts
var READ3 = { admin: true, scope: "okta.apps.read" };
var MANAGE3 = { admin: true, scope: "okta.apps.manage" };
var SECRET_METHODS = /* @__PURE__ */ new Set(["client_secret_basic", "client_secret_post", "client_secret_jwt"]);
function getApp(store, id) {
  const app2 = store.apps.get(id);
  if (!app2) throw notFound(id, "AppInstance");
  return app2;
}
function normalizeApp(body, id, existing) {
  const causes = [];
  if (typeof body.label !== "string" || body.label === "")
    causes.push("label: The field cannot be left blank");
  if (typeof body.signOnMode !== "string") causes.push("signOnMode: The field cannot be left blank");
  const name = existing ? existing.body.name : body.name;
  if (typeof name !== "string") causes.push("name: The field cannot be left blank");
  const isOidc = body.signOnMode === "OPENID_CONNECT";
  const settings = structuredClone(body.settings ?? {});
  const clientSettings = settings.oauthClient ?? {};
  if (isOidc && !Array.isArray(clientSettings.grant_types))
    causes.push("settings.oauthClient.grant_types: The field cannot be left blank");
  if (causes.length > 0) throw validationFailed("app", causes);
  const credentials = structuredClone(body.credentials ?? {});
  let secret = existing?.clientSecret;
  if (isOidc) {
    const client = credentials.oauthClient ?? {};
    const existingClient = existing?.body.credentials?.oauthClient;
    const method = String(client.token_endpoint_auth_method ?? "client_secret_basic");
    const sent = client.client_secret;
    if (typeof sent === "string" && sent !== "") secret = sent;
    else if (!secret && SECRET_METHODS.has(method)) secret = randomToken(48);
    if (!SECRET_METHODS.has(method)) secret = void 0;
    delete client.client_secret;
    credentials.oauthClient = {
      autoKeyRotation: true,
      ...client,
      // client_id is immutable once set.
      client_id: existingClient?.client_id ?? client.client_id ?? id,
      token_endpoint_auth_method: method,
      pkce_required: client.pkce_required ?? false
    };
    settings.oauthClient = {
      client_uri: null,
      logo_uri: null,
      redirect_uris: [],
      response_types: ["code"],
      application_type: "web",
      consent_method: "TRUSTED",
      issuer_mode: "ORG_URL",
      idp_initiated_login: { mode: "DISABLED", default_scope: [] },
      wildcard_redirect: "DISABLED",
      dpop_bound_access_tokens: false,
      ...clientSettings
    };
  }
  credentials.userNameTemplate ??= { template: "${source.login}", type: "BUILT_IN" };
  const { id: _i, status: _s, created: _c, lastUpdated: _l, _links, _embedded, orn: _o, ...rest } = body;
  const object = (value) => typeof value === "object" && value !== null ? value : {};
  return {
    body: {
      features: [],
      ...rest,
      // Okta fills what a partial object leaves out (recorded: "accessibility":{} comes back full).
      accessibility: {
        selfService: false,
        errorRedirectUrl: null,
        loginRedirectUrl: null,
        ...object(body.accessibility)
      },
      visibility: {
        autoLaunch: false,
        autoSubmitToolbar: false,
        hide: { iOS: true, web: true },
        appLinks: isOidc ? { oidc_client_link: true } : {},
        ...object(body.visibility)
      },
      name,
      credentials,
      settings: {
        app: {},
        manualProvisioning: false,
        implicitAssignment: false,
        emOptInStatus: "NONE",
        ...settings,
        notes: { admin: null, enduser: null, ...object(settings.notes) }
      }
    },
    secret
  };
}
async function createApp(ctx) {
  const id = ctx.store.id("0oa");
  const { body, secret } = normalizeApp(await ctx.json(), id);
  const now = oktaTime(ctx.now());
  const app2 = {
    id,
    created: now,
    lastUpdated: now,
    status: ctx.url.searchParams.get("activate") === "false" ? "INACTIVE" : "ACTIVE",
    body,
    clientSecret: secret,
    groups: /* @__PURE__ */ new Map(),
    users: /* @__PURE__ */ new Map()
  };
  ctx.store.apps.set(id, app2);
  return json(200, appJson(ctx.org, app2, true));
}
async function replaceApp(ctx) {
  const app2 = getApp(ctx.store, ctx.params.appId);
  const { body, secret } = normalizeApp(await ctx.json(), app2.id, app2);
  app2.body = body;
  app2.clientSecret = secret;
  app2.lastUpdated = oktaTime(ctx.now());
  return json(200, appJson(ctx.org, app2, true));
}
function listApps(ctx) {
  let apps = [...ctx.store.apps.values()];
  const q = ctx.url.searchParams.get("q");
  if (q !== null) {
    const prefix = q.toLowerCase();
    apps = apps.filter(
      (a) => [a.body.name, a.body.label].some((v) => String(v).toLowerCase().startsWith(prefix))
    );
  }
  const filter = ctx.url.searchParams.get("filter");
  const ids = filter === null ? void 0 : exactValues(filter, "id");
  if (ids) {
    const wanted = new Set(ids);
    apps = apps.filter((a) => wanted.has(a.id));
  } else if (filter !== null) {
    const predicate = parseFilter(
      filter,
      (a) => /^(id|status|name|credentials\.signing\.kid|settings\.slo\.enabled)$/.test(a)
    );
    apps = apps.filter(
      (a) => predicate(
        (attribute) => attribute === "id" ? a.id : attribute === "status" ? a.status : attributeOf(a.body, attribute)
      )
    );
  }
  const result = page(apps, ctx, 20, 200);
  return json(
    200,
    result.items.map((a) => appJson(ctx.org, a)),
    { Link: result.links }
  );
}
function deleteApp(ctx) {
  const app2 = getApp(ctx.store, ctx.params.appId);
  if (app2.status === "ACTIVE")
    throw new OktaHttpError(403, "E0000056", "Delete application forbidden.", [
      "The application must be deactivated before it can be deleted."
    ]);
  ctx.store.apps.delete(app2.id);
  return { status: 204 };
}
function lifecycle(status) {
  return (ctx) => {
    const app2 = getApp(ctx.store, ctx.params.appId);
    app2.status = status;
    app2.lastUpdated = oktaTime(ctx.now());
    return json(200, {});
  };
}
async function assignGroup(ctx) {
  const app2 = getApp(ctx.store, ctx.params.appId);
  const group2 = getGroup(ctx.store, ctx.params.groupId);
  const body = await ctx.json();
  const assignment = {
    priority: typeof body.priority === "number" ? body.priority : app2.groups.size,
    profile: body.profile ?? {},
    lastUpdated: oktaTime(ctx.now())
  };
  app2.groups.set(group2.id, assignment);
  return json(200, appGroupJson(ctx.org, app2.id, group2.id, assignment));
}
function getAssignment(ctx) {
  const app2 = getApp(ctx.store, ctx.params.appId);
  const assignment = app2.groups.get(ctx.params.groupId);
  if (!assignment) throw notFound(ctx.params.groupId, "ApplicationGroupAssignment");
  return json(200, appGroupJson(ctx.org, app2.id, ctx.params.groupId, assignment));
}
function listAssignments(ctx) {
  const app2 = getApp(ctx.store, ctx.params.appId);
  const items = [...app2.groups.entries()].map(([id, a]) => ({ id, ...a }));
  const result = page(items, ctx, 20, 200);
  return json(
    200,
    result.items.map((a) => appGroupJson(ctx.org, app2.id, a.id, a)),
    { Link: result.links }
  );
}
function unassignGroup(ctx) {
  const app2 = getApp(ctx.store, ctx.params.appId);
  app2.groups.delete(ctx.params.groupId);
  return { status: 204 };
}
function appUserJson(ctx, app2, userId) {
  const user2 = getUser(ctx.store, userId);
  const assignment = app2.users.get(userId);
  const base = userJson(ctx.org, user2);
  return {
    id: user2.id,
    externalId: null,
    created: assignment.created,
    lastUpdated: assignment.lastUpdated,
    scope: assignment.scope,
    status: "ACTIVE",
    statusChanged: assignment.created,
    passwordChanged: null,
    syncState: "DISABLED",
    credentials: { userName: user2.profile.login },
    profile: {},
    _links: { app: { href: `${ctx.org}/api/v1/apps/${app2.id}` }, user: base._links.self }
  };
}
async function assignUser(ctx) {
  const app2 = getApp(ctx.store, ctx.params.appId);
  const body = await ctx.json();
  const user2 = getUser(ctx.store, String(body.id ?? ""));
  const now = oktaTime(ctx.now());
  app2.users.set(user2.id, { created: now, lastUpdated: now, scope: "USER" });
  return json(200, appUserJson(ctx, app2, user2.id));
}
function appRoutes() {
  const appById = "/api/v1/apps/:appId";
  return [
    { method: "GET", pattern: "/api/v1/apps", family: "apps", access: READ3, handle: listApps },
    { method: "POST", pattern: "/api/v1/apps", family: "apps", access: MANAGE3, handle: createApp },
    {
      method: "GET",
      pattern: appById,
      family: "app",
      access: READ3,
      handle: (ctx) => json(200, appJson(ctx.org, getApp(ctx.store, ctx.params.appId)))
    },
    { method: "PUT", pattern: appById, family: "app", access: MANAGE3, handle: replaceApp },
    { method: "DELETE", pattern: appById, family: "app", access: MANAGE3, handle: deleteApp },
    {
      method: "POST",
      pattern: `${appById}/lifecycle/activate`,
      family: "apps",
      access: MANAGE3,
      handle: lifecycle("ACTIVE")
    },
    {
      method: "POST",
      pattern: `${appById}/lifecycle/deactivate`,
      family: "apps",
      access: MANAGE3,
      handle: lifecycle("INACTIVE")
    },
    { method: "GET", pattern: `${appById}/groups`, family: "apps", access: READ3, handle: listAssignments },
    {
      method: "GET",
      pattern: `${appById}/groups/:groupId`,
      family: "apps",
      access: READ3,
      handle: getAssignment
    },
    {
      method: "PUT",
      pattern: `${appById}/groups/:groupId`,
      family: "apps",
      access: MANAGE3,
      handle: assignGroup
    },
    {
      method: "DELETE",
      pattern: `${appById}/groups/:groupId`,
      family: "apps",
      access: MANAGE3,
      handle: unassignGroup
    },
    {
      method: "GET",
      pattern: `${appById}/users`,
      family: "apps",
      access: READ3,
      handle: (ctx) => {
        const app2 = getApp(ctx.store, ctx.params.appId);
        return json(
          200,
          [...app2.users.keys()].map((id) => appUserJson(ctx, app2, id))
        );
      }
    },
    { method: "POST", pattern: `${appById}/users`, family: "apps", access: MANAGE3, handle: assignUser },
    {
      method: "GET",
      pattern: `${appById}/users/:userId`,
      family: "apps",
      access: READ3,
      handle: (ctx) => {
        const app2 = getApp(ctx.store, ctx.params.appId);
        if (!app2.users.has(ctx.params.userId)) throw notFound(ctx.params.userId, "AppUser");
        return json(200, appUserJson(ctx, app2, ctx.params.userId));
      }
    },
    {
      method: "DELETE",
      pattern: `${appById}/users/:userId`,
      family: "apps",
      access: MANAGE3,
      handle: (ctx) => {
        getApp(ctx.store, ctx.params.appId).users.delete(ctx.params.userId);
        return { status: 204 };
      }
    },
    // Assigning an Identity Engine authentication policy: accepted, not modelled.
    {
      method: "PUT",
      pattern: `${appById}/policies/:policyId`,
      family: "apps",
      access: MANAGE3,
      handle: () => ({ status: 204 })
    }
  ];
}

// src/emulator/routes/authorization-servers.ts
var READ4 = { admin: true, scope: "okta.authorizationServers.read" };
var MANAGE4 = { admin: true, scope: "okta.authorizationServers.manage" };
var SERVERS = "/api/v1/authorizationServers";
var ONE_SERVER = `${SERVERS}/:serverId`;
function serverRoute(method, pattern, handle, access = READ4) {
  return { method, pattern, family: "authorizationServers", access, handle };
}
function getServer(store, id) {
  const server2 = store.servers.get(id);
  if (!server2) throw notFound(id, "AuthorizationServer");
  return server2;
}
var serverOf = (ctx) => getServer(ctx.store, ctx.params.serverId);
var nowOf = (ctx) => oktaTime(ctx.now());
function collectionRoutes(c) {
  const one = `${c.path}/:${c.param}`;
  const get = (ctx) => {
    const item = c.items(ctx).get(ctx.params[c.param]);
    if (!item) throw notFound(ctx.params[c.param], c.resource);
    return item;
  };
  const save = (ctx, item, existing) => {
    const items = c.items(ctx);
    c.check?.(items, item, existing);
    items.set(item.id, item);
    return item;
  };
  return [
    serverRoute(
      "GET",
      c.path,
      (ctx) => json(
        200,
        [...c.items(ctx).values()].map((i) => c.toJson(ctx, i))
      )
    ),
    serverRoute(
      "POST",
      c.path,
      async (ctx) => {
        const item = c.fromBody(ctx, await ctx.json(), ctx.store.id(c.idPrefix));
        return json(201, c.toJson(ctx, save(ctx, item)));
      },
      MANAGE4
    ),
    serverRoute("GET", one, (ctx) => json(200, c.toJson(ctx, get(ctx)))),
    serverRoute(
      "PUT",
      one,
      async (ctx) => {
        const existing = get(ctx);
        const item = c.fromBody(ctx, await ctx.json(), existing.id, existing);
        return json(200, c.toJson(ctx, save(ctx, item, existing)));
      },
      MANAGE4
    ),
    serverRoute(
      "DELETE",
      one,
      (ctx) => {
        const item = get(ctx);
        c.checkDelete?.(item);
        c.items(ctx).delete(item.id);
        return { status: 204 };
      },
      MANAGE4
    )
  ];
}

// src/emulator/routes/claims.ts
var CLAIM_TYPES = ["RESOURCE", "IDENTITY"];
var VALUE_TYPES = ["EXPRESSION", "GROUPS"];
var FILTER_TYPES = ["STARTS_WITH", "EQUALS", "CONTAINS", "REGEX"];
function claimFromBody(body, id, existing) {
  const causes = [];
  if ("groupFilterType" in body)
    causes.push("groupFilterType: Property name 'groupFilterType' is not defined; use group_filter_type");
  if (typeof body.name !== "string" || body.name === "") causes.push("name: The field cannot be left blank");
  if (!existing?.system) {
    if (!CLAIM_TYPES.includes(String(body.claimType)))
      causes.push("claimType: Must be one of RESOURCE, IDENTITY");
    if (!VALUE_TYPES.includes(String(body.valueType)))
      causes.push("valueType: Must be one of EXPRESSION, GROUPS");
    if (typeof body.value !== "string" || body.value === "")
      causes.push("value: The field cannot be left blank");
    if (body.valueType === "GROUPS" && !FILTER_TYPES.includes(String(body.group_filter_type))) {
      causes.push("group_filter_type: Must be one of STARTS_WITH, EQUALS, CONTAINS, REGEX");
    }
  }
  if (body.status !== void 0 && body.status !== "ACTIVE" && body.status !== "INACTIVE")
    causes.push("status: Must be one of ACTIVE, INACTIVE");
  if (causes.length > 0) throw validationFailed("claim", causes);
  const conditions = body.conditions ?? {};
  const claim2 = {
    id,
    name: String(body.name),
    status: body.status ?? "ACTIVE",
    claimType: existing?.system ? existing.claimType : body.claimType,
    valueType: existing?.system ? existing.valueType : body.valueType,
    conditions: { scopes: Array.isArray(conditions.scopes) ? conditions.scopes.map(String) : [] },
    system: existing?.system ?? false,
    alwaysIncludeInToken: typeof body.alwaysIncludeInToken === "boolean" ? body.alwaysIncludeInToken : true
  };
  if (claim2.claimType === "RESOURCE") claim2.alwaysIncludeInToken = true;
  const value = existing?.system ? existing.value : body.value;
  if (typeof value === "string") claim2.value = value;
  if (claim2.valueType === "GROUPS")
    claim2.group_filter_type = body.group_filter_type;
  return claim2;
}
function assertUniqueClaim(claims, claim2) {
  for (const other of claims.values()) {
    if (other.id !== claim2.id && other.name === claim2.name && other.claimType === claim2.claimType) {
      throw validationFailed("name", [
        `name: A claim with the name '${claim2.name}' and claim type '${claim2.claimType}' already exists.`
      ]);
    }
  }
}
function claimRoutes() {
  return collectionRoutes({
    path: `${ONE_SERVER}/claims`,
    param: "claimId",
    resource: "OAuth2Claim",
    idPrefix: "ocl",
    items: (ctx) => serverOf(ctx).claims,
    fromBody: (_ctx, body, id, existing) => claimFromBody(body, id, existing),
    toJson: (ctx, claim2) => claimJson(ctx.org, ctx.params.serverId, claim2),
    check: assertUniqueClaim,
    checkDelete: (claim2) => {
      if (claim2.system)
        throw new OktaHttpError(
          403,
          "E0000006",
          "You do not have permission to perform the requested action"
        );
    }
  });
}

// src/emulator/routes/policies.ts
function policyFromBody(body, id, now, existing) {
  const causes = [];
  if (typeof body.name !== "string" || body.name === "") causes.push("name: The field cannot be left blank");
  const clients = body.conditions?.clients?.include;
  if (!Array.isArray(clients) || clients.length === 0)
    causes.push("conditions.clients: The field cannot be left blank");
  if (causes.length > 0) throw validationFailed("policy", causes);
  return {
    id,
    name: String(body.name),
    description: String(body.description ?? ""),
    status: body.status ?? "ACTIVE",
    priority: typeof body.priority === "number" ? body.priority : 1,
    system: false,
    created: existing?.created ?? now,
    lastUpdated: now,
    type: "OAUTH_AUTHORIZATION_POLICY",
    conditions: { clients: { include: clients.map(String) } },
    rules: existing?.rules ?? /* @__PURE__ */ new Map()
  };
}
var USER_GRANTS = ["authorization_code", "implicit", "password"];
function ruleFromBody(body, id, now, existing) {
  const conditions = body.conditions ?? {};
  const people = conditions.people ?? {};
  const grantTypes = (conditions.grantTypes?.include ?? []).map(
    String
  );
  const scopes = (conditions.scopes?.include ?? []).map(String);
  if (typeof body.name !== "string" || body.name === "")
    throw validationFailed("name", ["name: The field cannot be left blank"]);
  const hasPeople = (people.users?.include?.length ?? 0) > 0 || (people.groups?.include?.length ?? 0) > 0;
  if (grantTypes.some((g) => USER_GRANTS.includes(g)) && !hasPeople) {
    throw validationFailed("conditions.people", [
      "conditions.people: At least one of ''conditions.people.users.include'' or ''conditions.people.groups.include'' must contain a valid user or group when ''conditions.grantTypes'' contains one or more of [authorization_code, implicit, password]."
    ]);
  }
  const token2 = body.actions?.token ?? {};
  return {
    id,
    name: body.name,
    status: body.status ?? "ACTIVE",
    priority: typeof body.priority === "number" ? body.priority : 1,
    system: false,
    created: existing?.created ?? now,
    lastUpdated: now,
    type: "RESOURCE_ACCESS",
    conditions: {
      people: {
        users: {
          ...people.users?.include ? { include: people.users.include } : {},
          exclude: people.users?.exclude ?? []
        },
        groups: {
          ...people.groups?.include ? { include: people.groups.include } : {},
          ...people.groups?.exclude ? { exclude: people.groups.exclude } : {}
        }
      },
      grantTypes: { include: grantTypes },
      scopes: { include: scopes }
    },
    actions: {
      token: {
        accessTokenLifetimeMinutes: token2.accessTokenLifetimeMinutes ?? 60,
        refreshTokenLifetimeMinutes: token2.refreshTokenLifetimeMinutes ?? 0,
        refreshTokenWindowMinutes: token2.refreshTokenWindowMinutes ?? 10080,
        ...token2.inlineHook ? { inlineHook: token2.inlineHook } : {}
      }
    }
  };
}
function getPolicy(server2, id) {
  const policy2 = server2.policies.get(id);
  if (!policy2) throw notFound(id, "AuthorizationServerPolicy");
  return policy2;
}
var POLICIES = `${ONE_SERVER}/policies`;
function policyRoutes() {
  return [
    ...collectionRoutes({
      path: POLICIES,
      param: "policyId",
      resource: "AuthorizationServerPolicy",
      idPrefix: "00p",
      items: (ctx) => serverOf(ctx).policies,
      fromBody: (ctx, body, id, existing) => policyFromBody(body, id, nowOf(ctx), existing),
      toJson: (ctx, policy2) => policyJson(ctx.org, ctx.params.serverId, policy2)
    }),
    ...collectionRoutes({
      path: `${POLICIES}/:policyId/rules`,
      param: "ruleId",
      resource: "AuthorizationServerPolicyRule",
      idPrefix: "0pr",
      items: (ctx) => getPolicy(serverOf(ctx), ctx.params.policyId).rules,
      fromBody: (ctx, body, id, existing) => ruleFromBody(body, id, nowOf(ctx), existing),
      toJson: (ctx, rule2) => ruleJson(ctx.org, ctx.params.serverId, ctx.params.policyId, rule2)
    })
  ];
}

// src/emulator/routes/scopes.ts
function scopeFromBody(body, id, existing) {
  if (typeof body.name !== "string" || body.name === "")
    throw validationFailed("name", ["name: The field cannot be left blank"]);
  return {
    id,
    name: body.name,
    ...typeof body.displayName === "string" ? { displayName: body.displayName } : {},
    ...typeof body.description === "string" ? { description: body.description } : {},
    consent: body.consent ?? "IMPLICIT",
    default: body.default === true,
    metadataPublish: body.metadataPublish ?? "NO_CLIENTS",
    system: existing?.system ?? false,
    ...typeof body.optional === "boolean" ? { optional: body.optional } : {}
  };
}
function scopeRoutes() {
  return collectionRoutes({
    path: `${ONE_SERVER}/scopes`,
    param: "scopeId",
    resource: "OAuth2Scope",
    idPrefix: "scp",
    items: (ctx) => serverOf(ctx).scopes,
    fromBody: (_ctx, body, id, existing) => scopeFromBody(body, id, existing),
    toJson: (ctx, scope) => scopeJson(ctx.org, ctx.params.serverId, scope),
    check: (scopes, scope, existing) => {
      if (!existing && [...scopes.values()].some((x) => x.name === scope.name))
        throw validationFailed("name", [`name: A scope with the name '${scope.name}' already exists.`]);
    }
  });
}

// src/emulator/system-objects.ts
var SYSTEM_CLAIMS = [
  ["middle_name", "profile", false],
  ["zoneinfo", "profile", false],
  ["website", "profile", false],
  ["updated_at", "profile", false],
  ["profile", "profile", false],
  ["preferred_username", "profile", true],
  ["picture", "profile", false],
  ["phone_number", "phone", false],
  ["nickname", "profile", false],
  ["name", "profile", true],
  ["sub", "", true],
  ["locale", "profile", false],
  ["given_name", "profile", false],
  ["gender", "profile", false],
  ["family_name", "profile", false],
  ["email_verified", "email", false],
  ["email", "email", true],
  ["birthdate", "profile", false],
  ["address", "address", false]
];
var SUB_EXPRESSION = "(appuser != null) ? appuser.userName : app.clientId";
function systemClaims(id) {
  return SYSTEM_CLAIMS.map(
    ([name, scope, always]) => name === "sub" ? {
      id: id(),
      name,
      status: "ACTIVE",
      claimType: "RESOURCE",
      valueType: "EXPRESSION",
      value: SUB_EXPRESSION,
      conditions: { scopes: [] },
      system: true,
      alwaysIncludeInToken: true
    } : {
      id: id(),
      name,
      status: "ACTIVE",
      claimType: "IDENTITY",
      valueType: "SYSTEM",
      conditions: { scopes: [scope] },
      system: true,
      alwaysIncludeInToken: always
    }
  );
}
var RESERVED_SCOPES = [
  "openid",
  "profile",
  "email",
  "address",
  "phone",
  "offline_access",
  "device_sso"
];
function systemScopes(id) {
  return RESERVED_SCOPES.map((name) => ({
    id: id(),
    name,
    consent: "IMPLICIT",
    default: false,
    metadataPublish: "ALL_CLIENTS",
    system: true
  }));
}

// src/emulator/routes/servers.ts
function createServerRecord(store, body, now, id = store.id("aus")) {
  const causes = [];
  if (typeof body.name !== "string" || body.name === "") causes.push("name: The field cannot be left blank");
  const audiences = body.audiences;
  if (!Array.isArray(audiences) || audiences.length !== 1)
    causes.push("audiences: Okta currently supports only one audience");
  if (causes.length > 0) throw validationFailed("authorizationServer", causes);
  const server2 = {
    id,
    name: String(body.name),
    description: String(body.description ?? ""),
    audiences,
    issuerMode: body.issuerMode ?? "ORG_URL",
    status: "ACTIVE",
    created: now,
    lastUpdated: now,
    default: id === "default",
    claims: /* @__PURE__ */ new Map(),
    scopes: /* @__PURE__ */ new Map(),
    policies: /* @__PURE__ */ new Map(),
    signing: {
      rotationMode: "AUTO",
      lastRotated: now,
      nextRotation: oktaTime(new Date(Date.parse(now) + 90 * 864e5))
    }
  };
  for (const claim2 of systemClaims(() => store.id("ocl"))) server2.claims.set(claim2.id, claim2);
  for (const scope of systemScopes(() => store.id("scp"))) server2.scopes.set(scope.id, scope);
  store.servers.set(server2.id, server2);
  return server2;
}
function serverRoutes() {
  const base = SERVERS;
  const one = ONE_SERVER;
  const r = serverRoute;
  const server2 = serverOf;
  const now = nowOf;
  const serverReply = (ctx, s, status = 200) => json(status, serverJson(ctx.org, s, ctx.keys.activeKid(s.id)));
  const setStatus = (status) => (ctx) => {
    server2(ctx).status = status;
    return { status: 204 };
  };
  return [
    r("GET", base, (ctx) => {
      let servers = [...ctx.store.servers.values()];
      const q = ctx.url.searchParams.get("q");
      if (q !== null) servers = servers.filter((s) => s.name.toLowerCase().startsWith(q.toLowerCase()));
      const result = page(servers, ctx, 200, 200);
      return json(
        200,
        result.items.map((s) => serverJson(ctx.org, s, ctx.keys.activeKid(s.id))),
        { Link: result.links }
      );
    }),
    r(
      "POST",
      base,
      async (ctx) => serverReply(ctx, createServerRecord(ctx.store, await ctx.json(), now(ctx)), 201),
      MANAGE4
    ),
    r("GET", one, (ctx) => serverReply(ctx, server2(ctx))),
    r(
      "PUT",
      one,
      async (ctx) => {
        const s = server2(ctx);
        const body = await ctx.json();
        if (typeof body.name !== "string" || !Array.isArray(body.audiences)) {
          throw validationFailed("authorizationServer", ["name: The field cannot be left blank"]);
        }
        s.name = body.name;
        s.description = String(body.description ?? "");
        s.audiences = body.audiences;
        s.lastUpdated = now(ctx);
        return serverReply(ctx, s);
      },
      MANAGE4
    ),
    r(
      "DELETE",
      one,
      (ctx) => {
        const s = server2(ctx);
        if (s.status === "ACTIVE")
          throw new OktaHttpError(400, "E0000001", "Api validation failed: status", [
            "status: Deactivate the authorization server before deleting it."
          ]);
        ctx.store.servers.delete(s.id);
        return { status: 204 };
      },
      MANAGE4
    ),
    r("POST", `${one}/lifecycle/activate`, setStatus("ACTIVE"), MANAGE4),
    r("POST", `${one}/lifecycle/deactivate`, setStatus("INACTIVE"), MANAGE4),
    r(
      "GET",
      `${one}/credentials/keys`,
      async (ctx) => json(
        200,
        (await ctx.keys.jwks(server2(ctx).id)).keys.map((k, i) => ({
          status: i === 0 ? "ACTIVE" : "EXPIRED",
          ...k
        }))
      )
    ),
    r(
      "POST",
      `${one}/credentials/lifecycle/keyRotate`,
      async (ctx) => {
        const s = server2(ctx);
        ctx.keys.rotate(s.id);
        s.signing.lastRotated = now(ctx);
        return json(
          200,
          (await ctx.keys.jwks(s.id)).keys.map((k, i) => ({ status: i === 0 ? "ACTIVE" : "EXPIRED", ...k }))
        );
      },
      MANAGE4
    )
  ];
}

// src/emulator/routes/admin.ts
function adminRoutes() {
  return [
    ...groupRoutes(),
    ...userRoutes(),
    ...appRoutes(),
    ...serverRoutes(),
    ...claimRoutes(),
    ...scopeRoutes(),
    ...policyRoutes()
  ];
}

// src/emulator/mint.ts
import { createHash as createHash3, createPublicKey } from "node:crypto";

// src/emulator/oauth-checks.ts
async function authenticateClient(store, req, form, tokenUrl) {
  const basic = req.authorization?.startsWith("Basic ") ? Buffer.from(req.authorization.slice(6), "base64").toString("utf8") : void 0;
  const assertion = form.get("client_assertion");
  const postedSecret = form.get("client_secret");
  const methods = [basic !== void 0, postedSecret !== null, assertion !== null].filter(Boolean).length;
  if (methods > 1) {
    throw new OAuthHttpError(
      400,
      "invalid_request",
      "Can't supply multiple client credentials. Use one of the following: credentials in the Authorization header, credentials in the post body, or a `client_assertion` in the post body."
    );
  }
  if (assertion !== null) return authenticateAssertion(store, form, assertion, tokenUrl);
  let clientId = form.get("client_id");
  let secret = postedSecret;
  if (basic !== void 0) {
    const at = basic.indexOf(":");
    clientId = decodeURIComponent(basic.slice(0, at));
    secret = decodeURIComponent(basic.slice(at + 1));
  }
  if (clientId === null) throw new OAuthHttpError(401, "invalid_client", "No client credentials found");
  const app2 = store.appByClientId(clientId);
  if (app2?.status !== "ACTIVE")
    throw new OAuthHttpError(401, "invalid_client", "Invalid value for the `client_id` parameter");
  const method = authMethod(app2);
  if (method === "none") return app2;
  if (secret === null) throw new OAuthHttpError(401, "invalid_client", "No client credentials found");
  if (!app2.clientSecret || secret !== app2.clientSecret) {
    throw new OAuthHttpError(
      401,
      "invalid_client",
      "The client secret supplied for a confidential client is invalid."
    );
  }
  return app2;
}
async function authenticateAssertion(store, form, assertion, tokenUrl) {
  if (form.get("client_assertion_type") !== "urn:ietf:params:oauth:client-assertion-type:jwt-bearer") {
    throw new OAuthHttpError(400, "invalid_request", "The `client_assertion_type` is invalid.");
  }
  const [, payload] = assertion.split(".");
  let clientId;
  try {
    clientId = JSON.parse(Buffer.from(payload ?? "", "base64url").toString("utf8")).sub;
  } catch {
    throw new OAuthHttpError(400, "invalid_client", "The client_assertion token is invalid.");
  }
  const app2 = typeof clientId === "string" ? store.appByClientId(clientId) : void 0;
  if (app2?.status !== "ACTIVE")
    throw new OAuthHttpError(401, "invalid_client", "Invalid value for the `client_id` parameter");
  const jwks = app2.body.settings.oauthClient?.jwks?.keys ?? [];
  try {
    await jwtVerify(assertion, createLocalJWKSet({ keys: jwks }), {
      audience: tokenUrl,
      issuer: clientId,
      subject: clientId,
      maxTokenAge: "1h"
    });
  } catch (error) {
    throw new OAuthHttpError(
      401,
      "invalid_client",
      `The client_assertion token is invalid: ${error.message}`
    );
  }
  return app2;
}
function authMethod(app2) {
  return String(
    app2.body.credentials.oauthClient?.token_endpoint_auth_method ?? "client_secret_basic"
  );
}
function clientIdOf(app2) {
  return String(
    app2.body.credentials.oauthClient?.client_id ?? app2.id
  );
}
function appGrantTypes(app2) {
  return (app2.body.settings.oauthClient?.grant_types ?? []).map(String);
}
function redirectUris(app2) {
  return (app2.body.settings.oauthClient?.redirect_uris ?? []).map(String);
}
function assertGrantAllowed(app2, grant) {
  const allowed = appGrantTypes(app2);
  if (!allowed.includes(grant)) {
    throw new OAuthHttpError(
      400,
      "unauthorized_client",
      `The client isn't authorized to use the provided grant type. Configured grant types: [${allowed.join(", ")}].`
    );
  }
}
function requestedScopes(server2, scope, grant) {
  const scopes = (scope ?? "").split(/\s+/).filter(Boolean);
  if (scopes.length === 0) throw new OAuthHttpError(400, "invalid_scope", "No scopes were requested.");
  const known = /* @__PURE__ */ new Set([...RESERVED_SCOPES, ...[...server2.scopes.values()].map((s) => s.name)]);
  const unknown2 = scopes.filter((s) => !known.has(s));
  if (unknown2.length > 0)
    throw new OAuthHttpError(
      400,
      "invalid_scope",
      "One or more scopes are not configured for the authorization server resource."
    );
  if (grant === "client_credentials" && scopes.some((s) => ["openid", "profile", "email", "address", "phone", "offline_access"].includes(s))) {
    throw new OAuthHttpError(
      400,
      "invalid_scope",
      "Client Credentials requests cannot contain OpenID scopes."
    );
  }
  return scopes;
}
var POLICY_DENIED = "Policy evaluation failed for this request, please check the policy configurations.";
function evaluatePolicy(store, server2, app2, grant, user2, scopes) {
  const clientId = clientIdOf(app2);
  const policies = [...server2.policies.values()].filter(
    (p) => p.status === "ACTIVE" && (p.conditions.clients.include.includes("ALL_CLIENTS") || p.conditions.clients.include.includes(clientId))
  ).sort((a, b) => a.priority - b.priority);
  const policy2 = policies[0];
  if (!policy2) throw new OAuthHttpError(400, "access_denied", POLICY_DENIED);
  const rules = [...policy2.rules.values()].filter((r) => r.status === "ACTIVE").sort((a, b) => a.priority - b.priority);
  const rule2 = rules.find(
    (r) => r.conditions.grantTypes.include.includes(grant) && peopleMatch(store, r, user2) && scopesMatch(r, scopes)
  );
  if (!rule2) throw new OAuthHttpError(400, "access_denied", POLICY_DENIED);
  return rule2;
}
function peopleMatch(store, rule2, user2) {
  if (!user2) return true;
  const { users, groups } = rule2.conditions.people;
  if (users.exclude.includes(user2.id)) return false;
  if (users.include?.includes(user2.id)) return true;
  const memberOf = new Set(store.groupsOfUser(user2.id).map((g) => g.id));
  if (groups.exclude?.some((g) => memberOf.has(g))) return false;
  return (groups.include ?? []).some((g) => g === "EVERYONE" || memberOf.has(g));
}
function scopesMatch(rule2, scopes) {
  const allowed = rule2.conditions.scopes.include;
  return allowed.includes("*") || scopes.every((s) => allowed.includes(s));
}

// src/el/evaluate.ts
var ElEvaluationError = class extends Error {
  name = "ElEvaluationError";
};
function evaluate(expr, context) {
  const variables = {
    app: context.app,
    user: context.user ? {
      ...context.user.profile,
      id: context.user.id,
      login: context.user.login,
      profile: context.user.profile
    } : null,
    appuser: context.user ? { userName: context.user.login } : null,
    access: context.access
  };
  return new Evaluator(context, variables).eval(expr);
}
var Evaluator = class _Evaluator {
  constructor(context, variables) {
    this.context = context;
    this.variables = variables;
  }
  context;
  variables;
  eval(expr) {
    switch (expr.kind) {
      case "string":
      case "number":
      case "boolean":
        return expr.value;
      case "null":
        return null;
      case "array":
        return expr.items.map((item) => this.eval(item));
      case "map":
        return Object.fromEntries(expr.entries.map((e) => [String(this.eval(e.key)), this.eval(e.value)]));
      case "identifier":
        if (!(expr.name in this.variables)) throw new ElEvaluationError(`unknown variable ${expr.name}`);
        return this.variables[expr.name];
      case "member": {
        const object = this.eval(expr.object);
        if (object === null || object === void 0) return null;
        return object[expr.property] ?? null;
      }
      case "index": {
        const object = this.eval(expr.object);
        return object?.[String(this.eval(expr.index))] ?? null;
      }
      case "projection": {
        const list = this.eval(expr.object);
        if (!Array.isArray(list)) return null;
        return list.map(
          (item) => new _Evaluator(this.context, { ...this.variables, ...item }).eval(expr.body)
        );
      }
      case "call":
        return this.call(expr);
      case "unary": {
        const operand = this.eval(expr.operand);
        return expr.op === "!" ? !operand : -operand;
      }
      case "binary":
        return this.binary(expr);
      case "conditional":
        return this.eval(expr.test) ? this.eval(expr.consequent) : this.eval(expr.alternate);
      case "elvis": {
        const left = this.eval(expr.left);
        return left === null || left === void 0 ? this.eval(expr.right) : left;
      }
    }
  }
  binary(expr) {
    if (expr.op === "&&") return Boolean(this.eval(expr.left)) && Boolean(this.eval(expr.right));
    if (expr.op === "||") return Boolean(this.eval(expr.left)) || Boolean(this.eval(expr.right));
    const left = this.eval(expr.left);
    const right = this.eval(expr.right);
    switch (expr.op) {
      case "==":
        return left === right;
      case "!=":
        return left !== right;
      case "<":
        return left < right;
      case "<=":
        return left <= right;
      case ">":
        return left > right;
      case ">=":
        return left >= right;
      case "+":
        return typeof left === "string" || typeof right === "string" ? `${left ?? ""}${right ?? ""}` : left + right;
      case "-":
        return left - right;
      case "*":
        return left * right;
      case "/":
        return left / right;
      case "%":
        return left % right;
    }
  }
  call(expr) {
    const name = calleeName(expr);
    const args = () => expr.args.map((arg) => this.eval(arg));
    const groups = this.context.user?.groups ?? [];
    switch (name) {
      case "getFilteredGroups": {
        const [allowlist, groupExpression, limit] = args();
        return this.getFilteredGroups(allowlist, groupExpression, limit);
      }
      case "Groups.startsWith":
      case "Groups.contains":
      case "Groups.endsWith": {
        const [appType, pattern, limit] = args();
        const test = {
          "Groups.startsWith": "startsWith",
          "Groups.contains": "includes",
          "Groups.endsWith": "endsWith"
        }[name];
        const matching = groups.filter((g) => appType !== "OKTA" || g.type === "OKTA_GROUP").filter((g) => g.name.toLowerCase()[test](String(pattern).toLowerCase())).map((g) => g.name);
        return enforceLimit(matching, limit);
      }
      case "isMemberOfGroupName":
        return groups.some((g) => g.name === String(args()[0]));
      case "isMemberOfGroup":
        return groups.some((g) => g.id === String(args()[0]));
      case "isMemberOfAnyGroup": {
        const ids = new Set(args().map(String));
        return groups.some((g) => ids.has(g.id));
      }
      case "isMemberOfGroupNameStartsWith":
        return groups.some((g) => g.name.startsWith(String(args()[0])));
      case "isMemberOfGroupNameContains":
        return groups.some((g) => g.name.includes(String(args()[0])));
      case "isMemberOfGroupNameRegex": {
        let regex;
        try {
          regex = RE2JS.compile(String(args()[0]).replace(/^\/(.*)\/$/, "$1"));
        } catch {
          throw new ElEvaluationError("isMemberOfGroupNameRegex: not a pattern this tenant can run");
        }
        return groups.some((g) => regex.matcher(g.name).find());
      }
      case "String.len":
        return String(args()[0] ?? "").length;
      case "String.toUpperCase":
        return String(args()[0] ?? "").toUpperCase();
      case "String.toLowerCase":
        return String(args()[0] ?? "").toLowerCase();
      case "String.stringContains": {
        const [text, part] = args();
        return String(text ?? "").includes(String(part));
      }
      case "String.substringBefore": {
        const [text, separator] = args().map(String);
        const at = text.indexOf(separator);
        return at < 0 ? text : text.slice(0, at);
      }
      case "String.substringAfter": {
        const [text, separator] = args().map(String);
        const at = text.indexOf(separator);
        return at < 0 ? "" : text.slice(at + separator.length);
      }
      case "Arrays.contains": {
        const [list, item] = args();
        return Array.isArray(list) && list.includes(item);
      }
      case "Arrays.size":
        return args()[0]?.length ?? 0;
      case "Arrays.isEmpty":
        return (args()[0]?.length ?? 0) === 0;
      case "Arrays.toCsvString":
        return (args()[0] ?? []).join(",");
      default:
        throw new ElEvaluationError(`unknown function ${name ?? "(expression)"}`);
    }
  }
  /** Allowlisted groups the user is a member of, each rendered by the group expression. */
  getFilteredGroups(allowlist, groupExpression, limit) {
    if (!Array.isArray(allowlist))
      throw new ElEvaluationError("getFilteredGroups: the allowlist is not a list of group IDs");
    if (typeof groupExpression !== "string")
      throw new ElEvaluationError("getFilteredGroups: the group expression must be a string");
    const render = parse(groupExpression);
    const allowed = new Set(allowlist.map(String));
    const member = (this.context.user?.groups ?? []).filter((g) => allowed.has(g.id));
    const values = member.map(
      (group2) => new _Evaluator(this.context, { ...this.variables, group: group2 }).eval(render)
    );
    return enforceLimit(values, limit);
  }
};
function enforceLimit(values, limit) {
  if (typeof limit !== "number" || !Number.isInteger(limit) || limit < MIN_GROUP_LIMIT || limit > MAX_GROUP_LIMIT) {
    throw new ElEvaluationError(
      `the group limit must be an integer from ${MIN_GROUP_LIMIT} to ${MAX_GROUP_LIMIT}, got ${String(limit)}`
    );
  }
  if (values.length > limit) {
    throw new ElEvaluationError(
      `the user has ${values.length} matching groups, more than the limit of ${limit}`
    );
  }
  return values;
}

// src/emulator/token-claims.ts
var MAX_GROUPS_IN_CLAIM = 100;
function customClaims(store, grant, token2, withAccessToken) {
  const claims = {};
  const type = token2 === "access" ? "RESOURCE" : "IDENTITY";
  const context = elContext(store, grant);
  for (const claim2 of grant.server.claims.values()) {
    if (claim2.status !== "ACTIVE" || claim2.claimType !== type) continue;
    if (claim2.conditions.scopes.length > 0 && !claim2.conditions.scopes.some((s) => grant.scopes.includes(s)))
      continue;
    if (token2 === "id" && withAccessToken && !claim2.alwaysIncludeInToken) continue;
    const value = claimValue(store, claim2, grant, context);
    if (value !== null && value !== void 0) claims[claim2.name] = value;
  }
  return claims;
}
function claimValue(store, claim2, grant, context) {
  if (claim2.valueType === "SYSTEM") return grant.user ? systemClaim(claim2.name, grant.user) : void 0;
  if (claim2.valueType === "GROUPS") {
    if (!grant.user) return void 0;
    const matches2 = groupFilterOf(claim2);
    const names = store.groupsOfUser(grant.user.id).filter((g) => matches2(g.profile.name)).map((g) => g.profile.name);
    return limitGroups(claim2, names);
  }
  try {
    const value = evaluate(parse(claim2.value ?? ""), context);
    return Array.isArray(value) ? limitGroups(claim2, value) : value;
  } catch (error) {
    if (error instanceof OAuthHttpError) throw error;
    const detail = error instanceof ElEvaluationError ? error.message : error.message;
    throw new OAuthHttpError(
      400,
      "invalid_request",
      `The '${claim2.name}' claim could not be evaluated: ${detail}`
    );
  }
}
function limitGroups(claim2, values) {
  if (values.length > MAX_GROUPS_IN_CLAIM) {
    throw new OAuthHttpError(
      400,
      "invalid_request",
      `The '${claim2.name}' claim has ${values.length} groups; a groups claim may hold at most ${MAX_GROUPS_IN_CLAIM}.`
    );
  }
  return values;
}
function groupFilterOf(claim2) {
  const matcher = claim2.group_filter_type && groupMatcher({ type: claim2.group_filter_type, value: claim2.value ?? "" }, fullMatch);
  return matcher || (() => false);
}
function systemClaim(name, user2) {
  const p = user2.profile;
  switch (name) {
    case "name":
      return [p.firstName, p.lastName].filter(Boolean).join(" ");
    case "preferred_username":
      return p.login;
    case "email":
      return p.email;
    case "email_verified":
      return true;
    case "given_name":
      return p.firstName;
    case "family_name":
      return p.lastName;
    case "middle_name":
      return p.middleName;
    case "nickname":
      return p.nickName;
    case "locale":
      return p.locale;
    case "zoneinfo":
      return p.timezone;
    case "phone_number":
      return p.mobilePhone;
    case "updated_at":
      return Math.floor(Date.parse(user2.lastUpdated) / 1e3);
    default:
      return void 0;
  }
}
function elGroup(g) {
  return {
    id: g.id,
    name: g.profile.name,
    description: g.profile.description,
    type: g.type,
    objectClass: g.objectClass,
    profile: g.profile
  };
}
function elContext(store, grant) {
  const credentials = grant.app.body.credentials;
  const user2 = grant.user;
  return {
    app: {
      id: grant.app.id,
      clientId: credentials?.oauthClient?.client_id ?? grant.app.id,
      profile: grant.app.body.profile ?? {}
    },
    ...user2 ? {
      user: {
        id: user2.id,
        login: user2.profile.login,
        profile: user2.profile,
        groups: store.groupsOfUser(user2.id).map(elGroup)
      }
    } : {},
    access: { scope: grant.scopes }
  };
}

// src/emulator/mint.ts
var ID_TOKEN_LIFETIME_SECONDS = 3600;
async function mintTokens(store, keys, org, grant, rule2, options) {
  const issuer = `${org}/oauth2/${grant.server.id}`;
  const tamper = store.tokenTamper;
  const key = tamper.unpublishedKey ? await keys.unpublishedKey() : await keys.signingKey(grant.server.id);
  const now = Math.floor(Date.now() / 1e3);
  const lifetime = rule2.actions.token.accessTokenLifetimeMinutes * 60;
  const clientId = clientIdOf(grant.app);
  const sign = (payload, exp) => {
    const claims = { ...payload, iat: now, exp, ...tamper.claims };
    if (tamper.forge) return forged(tamper.forge, claims, keys, key);
    return new SignJWT(claims).setProtectedHeader({ alg: "RS256", kid: key.kid }).sign(key.privateKey);
  };
  const access = await sign(
    {
      ver: 1,
      jti: `AT.${randomToken(32)}`,
      iss: issuer,
      aud: grant.server.audiences[0],
      cid: clientId,
      ...grant.user ? { uid: grant.user.id } : {},
      scp: grant.scopes,
      ...grant.user ? { auth_time: now } : {},
      ...customClaims(store, grant, "access", true)
    },
    now + lifetime
  );
  const response = {
    token_type: "Bearer",
    expires_in: lifetime,
    access_token: access,
    scope: grant.scopes.join(" ")
  };
  if (grant.user && grant.scopes.includes("openid")) {
    response.id_token = await sign(
      {
        ver: 1,
        jti: `ID.${randomToken(32)}`,
        sub: grant.user.id,
        iss: issuer,
        aud: clientId,
        amr: ["pwd"],
        idp: `00o${store.orgSuffix.padStart(17, "0")}`,
        auth_time: now,
        at_hash: atHash(access),
        ...options.nonce ? { nonce: options.nonce } : {},
        // With an access token beside it, claims not marked alwaysIncludeInToken go to /userinfo.
        ...customClaims(store, grant, "id", true)
      },
      now + ID_TOKEN_LIFETIME_SECONDS
    );
  }
  const refreshAllowed = rule2.conditions.grantTypes.include.includes("refresh_token");
  if (grant.user && grant.scopes.includes("offline_access") && refreshAllowed) {
    const token2 = randomToken(32);
    const minutes = rule2.actions.token.refreshTokenLifetimeMinutes || rule2.actions.token.refreshTokenWindowMinutes;
    store.refreshTokens.set(token2, {
      serverId: grant.server.id,
      clientId,
      userId: grant.user.id,
      scopes: grant.scopes,
      expiresAt: Date.now() + minutes * 6e4
    });
    response.refresh_token = token2;
  }
  return response;
}
function atHash(accessToken) {
  const digest = createHash3("sha256").update(accessToken).digest();
  return digest.subarray(0, digest.length / 2).toString("base64url");
}
async function forged(how, claims, keys, key) {
  const b64 = (value) => Buffer.from(JSON.stringify(value)).toString("base64url");
  switch (how) {
    case "alg-none":
      return `${b64({ alg: "none", kid: key.kid })}.${b64(claims)}.`;
    case "hs256-public-key": {
      const pem = createPublicKey({ key: key.publicJwk, format: "jwk" }).export({
        type: "spki",
        format: "pem"
      });
      return new SignJWT(claims).setProtectedHeader({ alg: "HS256", kid: key.kid }).sign(new TextEncoder().encode(String(pem)));
    }
    case "unknown-kid":
      return new SignJWT(claims).setProtectedHeader({ alg: "RS256", kid: "not-a-published-kid" }).sign(key.privateKey);
    case "jku":
    case "x5u":
    case "jwk": {
      const attacker = await keys.unpublishedKey();
      const pointer = how === "jku" ? { jku: "https://attacker.example.com/keys" } : how === "x5u" ? { x5u: "https://attacker.example.com/cert.pem" } : { jwk: attacker.publicJwk };
      return new SignJWT(claims).setProtectedHeader({ alg: "RS256", kid: attacker.kid, ...pointer }).sign(attacker.privateKey);
    }
  }
}
async function wrongTypeKey(kid) {
  const { publicKey } = await generateKeyPair("ES256");
  return { ...await exportJWK(publicKey), kid, alg: "ES256", use: "sig" };
}

// src/emulator/routes/oauth-server.ts
function activeServer(ctx) {
  const server2 = ctx.store.servers.get(ctx.params.serverId);
  if (server2?.status !== "ACTIVE")
    throw new OktaHttpError(
      404,
      "E0000007",
      `Not found: Resource not found: ${ctx.params.serverId} (AuthorizationServer)`
    );
  return server2;
}

// src/emulator/routes/token.ts
import { createHash as createHash4 } from "node:crypto";
async function token(ctx) {
  const server2 = activeServer(ctx);
  const form = await ctx.form();
  const tokenUrl = `${ctx.org}/oauth2/${server2.id}/v1/token`;
  const app2 = await authenticateClient(
    ctx.store,
    { authorization: ctx.req.headers.authorization },
    form,
    tokenUrl
  );
  const grantType = form.get("grant_type") ?? "";
  if (!["password", "client_credentials", "authorization_code", "refresh_token"].includes(grantType)) {
    throw new OAuthHttpError(400, "unsupported_grant_type", "The grant type in the request isn't supported.");
  }
  assertGrantAllowed(app2, grantType);
  let user2;
  let scopes;
  let nonce;
  if (grantType === "password") {
    scopes = requestedScopes(server2, form.get("scope"), grantType);
    user2 = passwordUser(ctx, form.get("username"), form.get("password"));
    assertAssigned(ctx, app2, user2);
  } else if (grantType === "client_credentials") {
    scopes = requestedScopes(server2, form.get("scope"), grantType);
  } else if (grantType === "authorization_code") {
    const code = redeemCode(ctx, server2, app2, form);
    user2 = ctx.store.users.get(code.userId);
    scopes = code.scopes;
    nonce = code.nonce;
  } else {
    const refresh = ctx.store.refreshTokens.get(form.get("refresh_token") ?? "");
    if (!refresh || refresh.expiresAt < Date.now() || refresh.serverId !== server2.id) {
      throw new OAuthHttpError(400, "invalid_grant", "The refresh token is invalid or expired.");
    }
    if (refresh.clientId !== clientIdOf(app2))
      throw new OAuthHttpError(400, "invalid_grant", "The refresh token was issued to another client.");
    user2 = refresh.userId ? ctx.store.users.get(refresh.userId) : void 0;
    scopes = refresh.scopes;
  }
  const rule2 = evaluatePolicy(ctx.store, server2, app2, grantType, user2, scopes);
  return json(
    200,
    await mintTokens(ctx.store, ctx.keys, ctx.org, { server: server2, app: app2, user: user2, scopes }, rule2, { nonce }),
    {
      "Cache-Control": "no-cache, no-store",
      Pragma: "no-cache"
    }
  );
}
function passwordUser(ctx, username, password) {
  const user2 = username ? ctx.store.userByLogin(username) : void 0;
  if (user2?.status !== "ACTIVE" || user2.password === void 0 || user2.password !== password) {
    throw new OAuthHttpError(400, "invalid_grant", "The credentials provided were invalid.");
  }
  return user2;
}
function assertAssigned(ctx, app2, user2) {
  if (!ctx.store.isAssigned(app2, user2.id))
    throw new OAuthHttpError(400, "access_denied", "User isn't assigned to the client app.");
}
function redeemCode(ctx, server2, app2, form) {
  const value = form.get("code") ?? "";
  const code = ctx.store.authCodes.get(value);
  ctx.store.authCodes.delete(value);
  if (!code || code.expiresAt < Date.now() || code.serverId !== server2.id) {
    throw new OAuthHttpError(400, "invalid_grant", "The authorization code is invalid or has expired.");
  }
  if (code.clientId !== clientIdOf(app2)) {
    throw new OAuthHttpError(
      400,
      "invalid_grant",
      "The grant was issued to another client. Ensure that the `client_id` matches the one used at the authorize request."
    );
  }
  if (form.get("redirect_uri") !== code.redirectUri) {
    throw new OAuthHttpError(
      400,
      "invalid_grant",
      "The redirect_uri does not match the redirect_uri used in the authorization request."
    );
  }
  if (code.codeChallenge !== void 0) {
    const verifier = form.get("code_verifier") ?? "";
    if (createHash4("sha256").update(verifier).digest("base64url") !== code.codeChallenge) {
      throw new OAuthHttpError(400, "invalid_grant", "PKCE verification failed.");
    }
  }
  return code;
}

// src/emulator/routes/authorize.ts
function authorize(ctx) {
  const server2 = activeServer(ctx);
  const q = ctx.url.searchParams;
  const app2 = ctx.store.appByClientId(q.get("client_id") ?? "");
  if (app2?.status !== "ACTIVE")
    throw new OAuthHttpError(400, "invalid_client", "Invalid value for the `client_id` parameter");
  const redirectUri = q.get("redirect_uri") ?? "";
  if (!redirectUris(app2).includes(redirectUri)) {
    throw new OAuthHttpError(
      400,
      "invalid_request",
      "The 'redirect_uri' parameter must be a Login redirect URI in the client app settings"
    );
  }
  const redirect = (params) => {
    const target = new URL(redirectUri);
    for (const [k, v] of Object.entries(params)) target.searchParams.set(k, v);
    const state = q.get("state");
    if (state !== null) target.searchParams.set("state", state);
    return { status: 302, headers: { Location: target.toString() } };
  };
  const fail = (error, description) => redirect({ error, error_description: description });
  if (q.get("response_type") !== "code")
    return fail("unsupported_response_type", "The response type contained in the request isn't supported.");
  if (q.get("state") === null) return fail("invalid_request", "The 'state' parameter is required.");
  const challenge = q.get("code_challenge") ?? void 0;
  if (challenge !== void 0 && q.get("code_challenge_method") !== "S256")
    return fail("invalid_request", "The code_challenge_method must be S256.");
  const sessionToken = q.get("sessionToken") ?? "";
  const session = ctx.store.sessionTokens.get(sessionToken);
  ctx.store.sessionTokens.delete(sessionToken);
  if (!session || session.expiresAt < Date.now())
    return fail("login_required", "The client specified not to prompt, but the user is not logged in.");
  const user2 = ctx.store.users.get(session.userId);
  try {
    assertGrantAllowed(app2, "authorization_code");
    const scopes = requestedScopes(server2, q.get("scope"), "authorization_code");
    assertAssigned(ctx, app2, user2);
    evaluatePolicy(ctx.store, server2, app2, "authorization_code", user2, scopes);
    const code = randomToken(24);
    ctx.store.authCodes.set(code, {
      serverId: server2.id,
      clientId: clientIdOf(app2),
      userId: user2.id,
      redirectUri,
      scopes,
      nonce: q.get("nonce") ?? void 0,
      codeChallenge: challenge,
      expiresAt: Date.now() + 6e4
    });
    return redirect({ code });
  } catch (error) {
    if (error instanceof OAuthHttpError) return fail(error.error, error.description);
    throw error;
  }
}
async function authn(ctx) {
  if (!ctx.store.authnApi)
    throw new OktaHttpError(404, "E0000007", "Not found: Resource not found: /api/v1/authn (Endpoint)");
  const body = await ctx.json();
  const user2 = typeof body.username === "string" ? ctx.store.userByLogin(body.username) : void 0;
  if (user2?.status !== "ACTIVE" || user2.password === void 0 || user2.password !== body.password) {
    throw new OktaHttpError(401, "E0000004", "Authentication failed");
  }
  const sessionToken = randomToken(30);
  const expiresAt = Date.now() + 5 * 6e4;
  ctx.store.sessionTokens.set(sessionToken, { userId: user2.id, expiresAt });
  user2.lastLogin = oktaTime(ctx.now());
  const { login, firstName, lastName } = user2.profile;
  return json(200, {
    expiresAt: oktaTime(new Date(expiresAt)),
    status: "SUCCESS",
    sessionToken,
    _embedded: {
      user: {
        id: user2.id,
        passwordChanged: user2.passwordChanged,
        profile: { login, firstName, lastName, locale: "en", timeZone: "America/Los_Angeles" }
      }
    }
  });
}

// src/emulator/routes/org-token.ts
var ORG_KEYS = "org";
async function orgToken(ctx) {
  const form = await ctx.form();
  if (form.get("grant_type") !== "client_credentials")
    throw new OAuthHttpError(400, "unsupported_grant_type", "The grant type in the request isn't supported.");
  if (form.get("client_assertion") === null) {
    throw new OAuthHttpError(
      400,
      "invalid_client",
      "The `private_key_jwt` client authentication method is the only supported method for OAuth service apps."
    );
  }
  const app2 = await authenticateClient(
    ctx.store,
    { authorization: void 0 },
    form,
    `${ctx.org}/oauth2/v1/token`
  );
  const requested = (form.get("scope") ?? "").split(/\s+/).filter(Boolean);
  const granted = ctx.store.oktaScopeGrants.get(app2.id) ?? [];
  if (requested.length === 0 || requested.some((s) => !granted.includes(s))) {
    throw new OAuthHttpError(
      400,
      "invalid_scope",
      "The following scopes are not granted to the client: " + requested.filter((s) => !granted.includes(s)).join(" ")
    );
  }
  let jkt;
  if (requiresDpop(app2)) {
    const proof = await ctx.store.dpop.verify(ctx.req.headers.dpop, {
      method: "POST",
      url: `${ctx.org}/oauth2/v1/token`
    });
    if (!proof.nonced)
      throw new OAuthHttpError(400, "use_dpop_nonce", "Authorization server requires nonce in DPoP proof.", {
        "DPoP-Nonce": ctx.store.dpop.nonce
      });
    jkt = proof.jkt;
  }
  const key = await ctx.keys.signingKey(ORG_KEYS);
  const now = Math.floor(Date.now() / 1e3);
  const accessToken = await new SignJWT({
    ver: 1,
    jti: `AT.${randomToken(32)}`,
    iss: ctx.org,
    aud: ctx.org,
    cid: clientIdOf(app2),
    scp: requested,
    sub: clientIdOf(app2),
    ...jkt === void 0 ? {} : { cnf: { jkt } }
  }).setProtectedHeader({ alg: "RS256", kid: key.kid }).setIssuedAt(now).setExpirationTime(now + 3600).sign(key.privateKey);
  return json(200, {
    token_type: jkt === void 0 ? "Bearer" : "DPoP",
    expires_in: 3600,
    access_token: accessToken,
    scope: requested.join(" ")
  });
}
function requiresDpop(app2) {
  const settings = app2.body.settings;
  return settings?.oauthClient?.dpop_bound_access_tokens === true;
}
async function verifyAdminToken(ctx, accessToken) {
  const { payload } = await jwtVerify(accessToken, createLocalJWKSet(await ctx.keys.jwks(ORG_KEYS)), {
    issuer: ctx.org,
    audience: ctx.org,
    algorithms: ["RS256"]
  });
  const cnf = payload.cnf;
  return {
    scopes: Array.isArray(payload.scp) ? payload.scp.map(String) : [],
    jkt: typeof cnf?.jkt === "string" ? cnf.jkt : void 0
  };
}

// src/emulator/routes/oauth.ts
var PUBLIC = { admin: false };
function metadata(ctx, openid) {
  const server2 = activeServer(ctx);
  const issuer = `${ctx.org}/oauth2/${server2.id}`;
  const scopes = [
    ...RESERVED_SCOPES,
    ...[...server2.scopes.values()].filter((s) => s.metadataPublish === "ALL_CLIENTS" && !s.system).map((s) => s.name)
  ];
  const common = {
    issuer,
    authorization_endpoint: `${issuer}/v1/authorize`,
    token_endpoint: `${issuer}/v1/token`,
    jwks_uri: `${issuer}/v1/keys`,
    response_types_supported: [
      "code",
      "id_token",
      "code id_token",
      "code token",
      "id_token token",
      "code id_token token"
    ],
    response_modes_supported: ["query", "fragment", "form_post", "okta_post_message"],
    grant_types_supported: [
      "authorization_code",
      "implicit",
      "refresh_token",
      "password",
      ...openid ? [] : ["client_credentials"]
    ],
    scopes_supported: scopes,
    token_endpoint_auth_methods_supported: [
      "client_secret_basic",
      "client_secret_post",
      "client_secret_jwt",
      "private_key_jwt",
      "none"
    ],
    code_challenge_methods_supported: ["S256"],
    introspection_endpoint: `${issuer}/v1/introspect`,
    revocation_endpoint: `${issuer}/v1/revoke`,
    end_session_endpoint: `${issuer}/v1/logout`,
    request_parameter_supported: true,
    request_object_signing_alg_values_supported: [
      "HS256",
      "HS384",
      "HS512",
      "RS256",
      "RS384",
      "RS512",
      "ES256",
      "ES384",
      "ES512"
    ]
  };
  if (!openid)
    return json(200, {
      ...common,
      claims_supported: ["ver", "jti", "iss", "aud", "iat", "exp", "cid", "uid", "scp", "sub"]
    });
  return json(200, {
    ...common,
    userinfo_endpoint: `${issuer}/v1/userinfo`,
    subject_types_supported: ["public"],
    id_token_signing_alg_values_supported: ["RS256"],
    claims_supported: [
      "iss",
      "ver",
      "sub",
      "aud",
      "iat",
      "exp",
      "jti",
      "auth_time",
      "amr",
      "idp",
      "nonce",
      "name",
      "nickname",
      "preferred_username",
      "given_name",
      "family_name",
      "email",
      "email_verified",
      "profile",
      "zoneinfo",
      "locale",
      "address",
      "phone_number",
      "picture",
      "website",
      "gender",
      "birthdate",
      "updated_at",
      "at_hash",
      "c_hash"
    ]
  });
}
function oauthRoutes() {
  const base = "/oauth2/:serverId";
  return [
    {
      method: "GET",
      pattern: `${base}/.well-known/openid-configuration`,
      family: "unlimited",
      access: PUBLIC,
      handle: (ctx) => metadata(ctx, true)
    },
    {
      method: "GET",
      pattern: `${base}/.well-known/oauth-authorization-server`,
      family: "unlimited",
      access: PUBLIC,
      handle: (ctx) => metadata(ctx, false)
    },
    {
      method: "GET",
      pattern: `${base}/v1/keys`,
      family: "unlimited",
      access: PUBLIC,
      handle: async (ctx) => {
        const set = await ctx.keys.jwks(activeServer(ctx).id);
        if (!ctx.store.tokenTamper.jwksWrongKeyType) return json(200, set);
        return json(200, { keys: await Promise.all(set.keys.map((k) => wrongTypeKey(String(k.kid)))) });
      }
    },
    { method: "POST", pattern: `${base}/v1/token`, family: "token", access: PUBLIC, handle: token },
    { method: "GET", pattern: `${base}/v1/authorize`, family: "token", access: PUBLIC, handle: authorize },
    { method: "POST", pattern: "/api/v1/authn", family: "authn", access: PUBLIC, handle: authn },
    { method: "POST", pattern: "/oauth2/v1/token", family: "token", access: PUBLIC, handle: orgToken },
    {
      method: "GET",
      pattern: "/oauth2/v1/keys",
      family: "unlimited",
      access: PUBLIC,
      handle: async (ctx) => json(200, await ctx.keys.jwks(ORG_KEYS))
    }
  ];
}

// src/emulator/server.ts
var DEFAULT_CONCURRENCY_LIMIT = 75;
async function startEmulator(options) {
  const router = new Router();
  router.add(...adminRoutes(), ...oauthRoutes());
  const faults = new Faults();
  faults.latencyMs = options.latencyMs ?? 0;
  const limiter = new RateLimiter(options.rateLimits);
  const keys = new Keys();
  const requests = [];
  let org = "";
  const server2 = createServer((req, res) => {
    handle(req, res).catch((error) => {
      console.error("emulator: internal error", error);
      if (!res.headersSent)
        send(
          res,
          serialize({
            status: 500,
            body: new OktaHttpError(500, "E0000009", "Internal Server Error").body()
          })
        );
      else res.destroy();
    });
  });
  let inFlight = 0;
  const concurrencyLimit = options.concurrencyLimit ?? DEFAULT_CONCURRENCY_LIMIT;
  async function handle(req, res) {
    inFlight++;
    try {
      await handleCounted(req, res);
    } finally {
      inFlight--;
    }
  }
  async function handleCounted(req, res) {
    const url = new URL(req.url ?? "/", org);
    const method = req.method ?? "GET";
    const requestId = randomToken(15);
    res.setHeader("X-Okta-Request-Id", requestId);
    res.setHeader("Date", (/* @__PURE__ */ new Date()).toUTCString());
    const found = router.match(method, url.pathname);
    const family = "route" in found ? found.route.family : "unlimited";
    const overConcurrency = inFlight > concurrencyLimit && family !== "unlimited";
    const fault = faults.take(method, url.pathname + url.search);
    const started = performance.now();
    const delay = faults.latencyMs + (fault?.delayMs ?? 0);
    const waitOut = () => delay > 0 ? sleep(Math.max(0, delay - (performance.now() - started))) : Promise.resolve();
    const respond = async (reply2) => {
      const ready2 = serialize(reply2);
      await waitOut();
      send(res, ready2);
    };
    if (fault?.reset === "before") {
      await waitOut();
      req.socket.destroy();
      return;
    }
    const record2 = (status) => requests.push({
      method,
      path: url.pathname + url.search,
      family,
      status,
      userAgent: req.headers["user-agent"]
    });
    if (!("route" in found)) {
      const reply2 = found.allowed.length > 0 ? errorReply(
        new OktaHttpError(405, "E0000022", `The endpoint does not support the provided HTTP method`),
        {
          Allow: found.allowed.join(", ")
        }
      ) : errorReply(
        new OktaHttpError(404, "E0000007", `Not found: Resource not found: ${url.pathname} (Endpoint)`)
      );
      record2(reply2.status);
      return respond(reply2);
    }
    if (overConcurrency) {
      res.setHeader("X-Rate-Limit-Limit", "0");
      res.setHeader("X-Rate-Limit-Remaining", "0");
      res.setHeader("X-Rate-Limit-Reset", String(Math.ceil(Date.now() / 1e3) + 1));
      record2(429);
      return respond(tooManyRequests());
    }
    const rate = limiter.take(family);
    if (rate) {
      res.setHeader("X-Rate-Limit-Limit", String(rate.limit));
      res.setHeader("X-Rate-Limit-Remaining", String(rate.remaining));
      res.setHeader("X-Rate-Limit-Reset", String(rate.reset));
      if (!rate.allowed) {
        record2(429);
        return respond(tooManyRequests());
      }
    }
    if (fault?.status) {
      record2(fault.status);
      if (fault.status === 429) {
        for (const name of ["X-Rate-Limit-Limit", "X-Rate-Limit-Remaining", "X-Rate-Limit-Reset"])
          res.removeHeader(name);
        if (fault.resetInSeconds !== void 0) {
          res.setHeader("X-Rate-Limit-Limit", "50");
          res.setHeader("X-Rate-Limit-Remaining", "0");
          res.setHeader("X-Rate-Limit-Reset", String(Math.ceil(Date.now() / 1e3) + fault.resetInSeconds));
        }
        return respond(tooManyRequests());
      }
      const summary = fault.status >= 500 ? "Internal Server Error" : "Injected fault";
      return respond(
        errorReply(new OktaHttpError(fault.status, fault.status >= 500 ? "E0000009" : "E0000001", summary))
      );
    }
    const ctx = {
      req,
      url,
      params: found.params,
      org,
      store: options.store,
      keys,
      pageLimit: options.pageLimit,
      now: () => /* @__PURE__ */ new Date(),
      ...bodyReaders(req)
    };
    let reply;
    try {
      await authorize2(found.route.access, req, ctx, options.apiToken);
      reply = await found.route.handle(ctx);
    } catch (error) {
      if (error instanceof OktaHttpError || error instanceof OAuthHttpError) reply = errorReply(error);
      else throw error;
    }
    record2(reply.status);
    const ready = serialize(reply);
    fault?.afterAnswer?.();
    if (fault?.reset === "after") {
      await waitOut();
      req.socket.destroy();
      return;
    }
    await waitOut();
    if (fault?.truncate) {
      const body = ready.body?.slice(0, Math.floor(ready.body.length / 2)) ?? "";
      send(res, { ...ready, headers: { ...ready.headers, "Content-Length": Buffer.byteLength(body) }, body });
      return;
    }
    send(res, ready);
  }
  await new Promise((resolve) => server2.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server2.address();
  org = `http://127.0.0.1:${port}`;
  return {
    url: org,
    store: options.store,
    faults,
    keys,
    requests,
    close: () => new Promise((resolve, reject) => {
      server2.closeAllConnections();
      server2.close((error) => error ? reject(error) : resolve());
    })
  };
}
async function authorize2(access, req, ctx, apiToken) {
  if (!access.admin) return;
  const header = req.headers.authorization ?? "";
  const invalid2 = () => new OktaHttpError(401, "E0000011", "Invalid token provided");
  if (header.startsWith("SSWS ")) {
    if (header.slice(5) !== apiToken) throw invalid2();
    return;
  }
  const scheme = /^(Bearer|DPoP) (.+)$/.exec(header);
  if (scheme) {
    const accessToken = scheme[2];
    const { scopes, jkt } = await verifyAdminToken(ctx, accessToken).catch(() => {
      throw invalid2();
    });
    if (jkt === void 0 !== (scheme[1] === "Bearer")) throw invalid2();
    if (jkt !== void 0) {
      const proof = await ctx.store.dpop.verify(req.headers.dpop, {
        method: req.method ?? "GET",
        url: `${ctx.org}${ctx.url.pathname}`,
        accessToken
      });
      if (proof.jkt !== jkt)
        throw new OAuthHttpError(
          400,
          "invalid_dpop_proof",
          "The DPoP proof is not by the key the token is bound to."
        );
    }
    if (!scopes.includes(access.scope) && !(access.scope.endsWith(".read") && scopes.includes(access.scope.replace(/\.read$/, ".manage")))) {
      throw new OktaHttpError(403, "E0000006", "You do not have permission to perform the requested action");
    }
    return;
  }
  throw invalid2();
}
var tooManyRequests = () => errorReply(new OktaHttpError(429, "E0000047", "API call exceeded rate limit due to too many requests."));
function errorReply(error, headers) {
  if (error instanceof OAuthHttpError) {
    return {
      status: error.status,
      body: { error: error.error, error_description: error.description },
      headers: { ...error.headers, ...headers }
    };
  }
  return { status: error.status, body: error.body(), headers: { ...error.headers, ...headers } };
}
function serialize(reply) {
  if (reply.body === void 0) return { status: reply.status, headers: { ...reply.headers } };
  const body = JSON.stringify(reply.body);
  return {
    status: reply.status,
    headers: {
      ...reply.headers,
      "Content-Type": "application/json",
      "Content-Length": Buffer.byteLength(body)
    },
    body
  };
}
function send(res, reply) {
  for (const [name, value] of Object.entries(reply.headers)) res.setHeader(name, value);
  res.writeHead(reply.status).end(reply.body);
}

// src/emulator/tenant-file.ts
var group = strictObject({
  id: string().optional(),
  name: string(),
  description: string().default(""),
  type: _enum(["OKTA_GROUP", "APP_GROUP", "BUILT_IN"]).default("OKTA_GROUP")
});
var user = strictObject({
  id: string().optional(),
  login: string(),
  email: string().optional(),
  firstName: string().default("Test"),
  lastName: string().default("User"),
  password: string().optional(),
  status: _enum(["ACTIVE", "STAGED", "PROVISIONED", "DEPROVISIONED"]).default("ACTIVE"),
  groups: array(string()).default([])
});
var app = strictObject({
  id: string().optional(),
  label: string(),
  status: _enum(["ACTIVE", "INACTIVE"]).default("ACTIVE"),
  clientSecret: string().optional(),
  tokenEndpointAuthMethod: _enum(["client_secret_basic", "client_secret_post", "client_secret_jwt", "private_key_jwt", "none"]).default("client_secret_basic"),
  grantTypes: array(string()).default(["authorization_code"]),
  redirectUris: array(string()).default([]),
  jwks: array(record(string(), unknown())).optional(),
  profile: record(string(), unknown()).optional(),
  /** okta.* scopes granted to this app as a service app (bearer access to the admin API). */
  oktaScopes: array(string()).default([]),
  groups: array(string()).default([]),
  users: array(string()).default([])
});
var claim = strictObject({
  name: string(),
  claimType: _enum(["RESOURCE", "IDENTITY"]),
  valueType: _enum(["EXPRESSION", "GROUPS"]),
  value: string(),
  group_filter_type: _enum(["STARTS_WITH", "EQUALS", "CONTAINS", "REGEX"]).optional(),
  scopes: array(string()).default([]),
  alwaysIncludeInToken: boolean().default(true),
  status: _enum(["ACTIVE", "INACTIVE"]).default("ACTIVE")
});
var rule = strictObject({
  name: string(),
  priority: number().optional(),
  grantTypes: array(string()),
  groups: array(string()).default([]),
  users: array(string()).default([]),
  scopes: array(string()).default(["*"]),
  accessTokenLifetimeMinutes: number().default(60)
});
var policy = strictObject({
  name: string(),
  priority: number().optional(),
  clients: array(string()).default(["ALL_CLIENTS"]),
  rules: array(rule).default([])
});
var server = strictObject({
  id: string().optional(),
  name: string(),
  description: string().default(""),
  audience: string(),
  status: _enum(["ACTIVE", "INACTIVE"]).default("ACTIVE"),
  scopes: array(string()).default([]),
  claims: array(claim).default([]),
  policies: array(policy).default([])
});
var tenantSchema = strictObject({
  org: strictObject({ apiToken: string().optional(), authnApi: boolean().default(true) }).default({ authnApi: true }),
  groups: array(group).default([]),
  users: array(user).default([]),
  apps: array(app).default([]),
  authorizationServers: array(server).default([])
});
function loadTenantYaml(text, file = "tenant") {
  const { source, problems: yamlProblems } = SpecSource.parse(file, text);
  if (yamlProblems.length > 0)
    throw new Error(`invalid tenant file:
${yamlProblems.map(formatProblem).join("\n")}`);
  const parsed = tenantSchema.safeParse(source.toData(100));
  if (!parsed.success) {
    const problems = parsed.error.issues.flatMap((issue) => {
      const path = issue.path;
      if (issue.code === "unrecognized_keys")
        return issue.keys.map(
          (key) => formatProblem({
            ...source.locate([...path, key], true),
            field: formatPath([...path, key]),
            message: "unknown key"
          })
        );
      return [formatProblem({ ...source.locate(path), field: formatPath(path), message: issue.message })];
    });
    throw new Error(`invalid tenant file:
${problems.join("\n")}`);
  }
  return { store: buildTenant(parsed.data), apiToken: parsed.data.org.apiToken };
}
function buildTenant(input) {
  const t = tenantSchema.parse(input);
  const store = new TenantStore();
  store.authnApi = t.org.authnApi;
  const now = oktaTime(/* @__PURE__ */ new Date("2026-01-01T00:00:00Z"));
  const id = (prefix, ...key) => stableId(prefix, key.join("/"), store.orgSuffix);
  store.addGroup(
    groupRecord(id("00g", "Everyone"), "Everyone", "All users in your organization", "BUILT_IN", now)
  );
  for (const g of t.groups)
    store.addGroup(groupRecord(g.id ?? id("00g", g.name), g.name, g.description, g.type, now));
  const groupId = (ref) => {
    if (store.groups.has(ref)) return ref;
    const ids = store.groupIdsNamed(ref);
    if (ids.length !== 1)
      throw new Error(`tenant: group "${ref}" ${ids.length === 0 ? "does not exist" : "is ambiguous"}`);
    return ids[0];
  };
  for (const u of t.users) {
    const userId2 = u.id ?? id("00u", u.login);
    store.users.set(userId2, {
      id: userId2,
      status: u.status,
      created: now,
      activated: now,
      statusChanged: now,
      lastLogin: null,
      lastUpdated: now,
      passwordChanged: u.password === void 0 ? null : now,
      profile: { login: u.login, email: u.email ?? u.login, firstName: u.firstName, lastName: u.lastName },
      password: u.password
    });
    for (const ref of u.groups) store.groups.get(groupId(ref)).members.add(userId2);
  }
  const userId = (ref) => {
    const found = store.users.get(ref) ?? store.userByLogin(ref);
    if (!found) throw new Error(`tenant: user "${ref}" does not exist`);
    return found.id;
  };
  for (const a of t.apps) {
    const appId = a.id ?? id("0oa", a.label);
    const { body, secret } = normalizeApp(
      {
        name: "oidc_client",
        label: a.label,
        signOnMode: "OPENID_CONNECT",
        credentials: {
          oauthClient: {
            token_endpoint_auth_method: a.tokenEndpointAuthMethod,
            ...a.clientSecret ? { client_secret: a.clientSecret } : {}
          }
        },
        settings: {
          oauthClient: {
            grant_types: a.grantTypes,
            redirect_uris: a.redirectUris,
            response_types: ["code"],
            ...a.jwks ? { jwks: { keys: a.jwks } } : {}
          }
        },
        ...a.profile ? { profile: a.profile } : {}
      },
      appId
    );
    const record2 = {
      id: appId,
      created: now,
      lastUpdated: now,
      status: a.status,
      body,
      clientSecret: secret,
      groups: /* @__PURE__ */ new Map(),
      users: /* @__PURE__ */ new Map()
    };
    for (const [priority, ref] of a.groups.entries()) {
      record2.groups.set(groupId(ref), { priority, profile: {}, lastUpdated: now });
    }
    for (const ref of a.users)
      record2.users.set(userId(ref), { created: now, lastUpdated: now, scope: "USER" });
    store.apps.set(appId, record2);
    if (a.oktaScopes.length > 0) store.oktaScopeGrants.set(appId, a.oktaScopes);
  }
  for (const s of t.authorizationServers) {
    const serverId = s.id ?? id("aus", s.name);
    const record2 = createServerRecord(
      store,
      { name: s.name, description: s.description, audiences: [s.audience] },
      now,
      serverId
    );
    record2.status = s.status;
    for (const scope of s.scopes) {
      const scopeId = id("scp", serverId, scope);
      record2.scopes.set(scopeId, {
        id: scopeId,
        name: scope,
        consent: "IMPLICIT",
        default: false,
        metadataPublish: "ALL_CLIENTS",
        system: false
      });
    }
    for (const c of s.claims) {
      const claimRecord = claimFromBody(
        { ...c, conditions: { scopes: c.scopes } },
        id("ocl", serverId, c.name, c.claimType)
      );
      record2.claims.set(claimRecord.id, claimRecord);
    }
    s.policies.forEach((p, index) => {
      const policyRecord = {
        id: id("00p", serverId, index),
        name: p.name,
        description: p.name,
        status: "ACTIVE",
        priority: p.priority ?? index + 1,
        system: false,
        created: now,
        lastUpdated: now,
        type: "OAUTH_AUTHORIZATION_POLICY",
        conditions: { clients: { include: p.clients } },
        rules: /* @__PURE__ */ new Map()
      };
      p.rules.forEach((r, ruleIndex) => {
        const groups = r.groups.map((ref) => ref === "EVERYONE" ? ref : groupId(ref));
        const ruleRecord = ruleFromBody(
          {
            name: r.name,
            priority: r.priority ?? ruleIndex + 1,
            conditions: {
              people: { groups: { include: groups }, users: { include: r.users.map(userId) } },
              grantTypes: { include: r.grantTypes },
              scopes: { include: r.scopes }
            },
            actions: { token: { accessTokenLifetimeMinutes: r.accessTokenLifetimeMinutes } }
          },
          id("0pr", serverId, index, ruleIndex),
          now
        );
        policyRecord.rules.set(ruleRecord.id, ruleRecord);
      });
      record2.policies.set(policyRecord.id, policyRecord);
    });
  }
  return store;
}
function groupRecord(id, name, description, type, now) {
  return {
    id,
    created: now,
    lastUpdated: now,
    lastMembershipUpdated: now,
    type,
    objectClass: type === "APP_GROUP" ? ["okta:windows_security_principal"] : ["okta:user_group"],
    profile: { name, description },
    members: /* @__PURE__ */ new Set()
  };
}

export {
  startEmulator,
  loadTenantYaml
};
