import type {
  AppRecord,
  ClaimRecord,
  GroupRecord,
  PolicyRecord,
  RuleRecord,
  ScopeRecord,
  ServerRecord,
  UserRecord,
} from "./store.js";

/** Okta's JSON shapes, field order included, as recorded in Okta traffic (__tests__/fixtures/okta-reference). */

type Allow = ("GET" | "POST" | "PUT" | "DELETE")[];
const link = (href: string, allow?: Allow) => (allow ? { href, hints: { allow } } : { href });

export function groupJson(org: string, g: GroupRecord) {
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
        { name: "large", href: `${org}/assets/img/logos/groups/okta-large.png`, type: "image/png" },
      ],
      users: { href: `${self}/users` },
      apps: { href: `${self}/apps` },
    },
  };
}

export function userJson(org: string, u: UserRecord) {
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
      ...(u.password === undefined ? {} : { password: {} }),
      provider: { type: "OKTA", name: "OKTA" },
    },
    _links: { self: link(`${org}/api/v1/users/${u.id}`) },
  };
}

/** An app as Okta returns it; `withSecret` only on create and update responses. */
export function appJson(org: string, a: AppRecord, withSecret = false) {
  const {
    id: _id,
    status: _status,
    created: _created,
    lastUpdated: _lastUpdated,
    _links,
    _embedded,
    ...body
  } = a.body;
  const credentials = structuredClone((body.credentials ?? {}) as Record<string, unknown>);
  const oauthClient = credentials.oauthClient as Record<string, unknown> | undefined;
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
    ...(profile === undefined ? {} : { profile }),
    _links: {
      appLinks: [],
      groups: { href: `${self}/groups` },
      users: { href: `${self}/users` },
      deactivate: { href: `${self}/lifecycle/deactivate` },
      self: link(self, ["GET", "PUT", "DELETE"]),
    },
  };
}

export function appGroupJson(
  org: string,
  appId: string,
  groupId: string,
  a: { priority: number; profile: object; lastUpdated: string },
) {
  return {
    id: groupId,
    lastUpdated: a.lastUpdated,
    priority: a.priority,
    profile: a.profile,
    _links: {
      app: { href: `${org}/api/v1/apps/${appId}` },
      self: { href: `${org}/api/v1/apps/${appId}/groups/${groupId}` },
      group: { href: `${org}/api/v1/groups/${groupId}` },
    },
  };
}

export function serverJson(org: string, s: ServerRecord, kid: string) {
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
          ...link(`${issuer}/.well-known/oauth-authorization-server`, ["GET"]),
        },
        { name: "openid-configuration", ...link(`${issuer}/.well-known/openid-configuration`, ["GET"]) },
      ],
      keys: link(`${self}/credentials/keys`, ["GET"]),
      claims: link(`${self}/claims`, ["GET", "POST"]),
      policies: link(`${self}/policies`, ["GET", "POST"]),
      self: link(self, ["GET", "DELETE", "PUT"]),
      scopes: link(`${self}/scopes`, ["GET", "POST"]),
      [s.status === "ACTIVE" ? "deactivate" : "activate"]: link(
        `${self}/lifecycle/${s.status === "ACTIVE" ? "deactivate" : "activate"}`,
        ["POST"],
      ),
    },
  };
}

export function claimJson(org: string, serverId: string, c: ClaimRecord) {
  return {
    id: c.id,
    name: c.name,
    status: c.status,
    claimType: c.claimType,
    valueType: c.valueType,
    ...(c.value === undefined ? {} : { value: c.value }),
    conditions: c.conditions,
    system: c.system,
    alwaysIncludeInToken: c.alwaysIncludeInToken,
    apiResourceId: null,
    ...(c.valueType === "GROUPS" ? { group_filter_type: c.group_filter_type } : {}),
    _links: {
      self: link(`${org}/api/v1/authorizationServers/${serverId}/claims/${c.id}`, ["GET", "PUT", "DELETE"]),
    },
  };
}

export function scopeJson(org: string, serverId: string, s: ScopeRecord) {
  return {
    id: s.id,
    name: s.name,
    ...(s.displayName === undefined ? {} : { displayName: s.displayName }),
    ...(s.description === undefined ? {} : { description: s.description }),
    system: s.system,
    ...(s.optional === undefined ? {} : { optional: s.optional }),
    metadataPublish: s.metadataPublish,
    consent: s.consent,
    default: s.default,
    _links: {
      self: link(`${org}/api/v1/authorizationServers/${serverId}/scopes/${s.id}`, ["GET", "PUT", "DELETE"]),
    },
  };
}

export function policyJson(org: string, serverId: string, p: PolicyRecord) {
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
        ["POST"],
      ),
    },
    type: p.type,
  };
}

export function ruleJson(org: string, serverId: string, policyId: string, r: RuleRecord) {
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
        ["POST"],
      ),
    },
    type: r.type,
  };
}
