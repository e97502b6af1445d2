import * as z from "zod";
import { formatProblem } from "../errors.js";
import { type FieldPath, formatPath, SpecSource } from "../spec/source.js";
import { normalizeApp } from "./routes/apps.js";
import { claimFromBody } from "./routes/claims.js";
import { ruleFromBody } from "./routes/policies.js";
import { createServerRecord } from "./routes/servers.js";
import {
  type AppRecord,
  type GroupRecord,
  oktaTime,
  type PolicyRecord,
  stableId,
  TenantStore,
} from "./store.js";

/**
 * A tenant described in YAML: groups, users with passwords and memberships, OIDC apps with
 * profiles and credentials, authorization servers with claims, scopes and policies. Groups
 * and users are referred to by name/login or by ID.
 */
const group = z.strictObject({
  id: z.string().optional(),
  name: z.string(),
  description: z.string().default(""),
  type: z.enum(["OKTA_GROUP", "APP_GROUP", "BUILT_IN"]).default("OKTA_GROUP"),
});

const user = z.strictObject({
  id: z.string().optional(),
  login: z.string(),
  email: z.string().optional(),
  firstName: z.string().default("Test"),
  lastName: z.string().default("User"),
  password: z.string().optional(),
  status: z.enum(["ACTIVE", "STAGED", "PROVISIONED", "DEPROVISIONED"]).default("ACTIVE"),
  groups: z.array(z.string()).default([]),
});

const app = z.strictObject({
  id: z.string().optional(),
  label: z.string(),
  status: z.enum(["ACTIVE", "INACTIVE"]).default("ACTIVE"),
  clientSecret: z.string().optional(),
  tokenEndpointAuthMethod: z
    .enum(["client_secret_basic", "client_secret_post", "client_secret_jwt", "private_key_jwt", "none"])
    .default("client_secret_basic"),
  grantTypes: z.array(z.string()).default(["authorization_code"]),
  redirectUris: z.array(z.string()).default([]),
  jwks: z.array(z.record(z.string(), z.unknown())).optional(),
  profile: z.record(z.string(), z.unknown()).optional(),
  /** okta.* scopes granted to this app as a service app (bearer access to the admin API). */
  oktaScopes: z.array(z.string()).default([]),
  groups: z.array(z.string()).default([]),
  users: z.array(z.string()).default([]),
});

const claim = z.strictObject({
  name: z.string(),
  claimType: z.enum(["RESOURCE", "IDENTITY"]),
  valueType: z.enum(["EXPRESSION", "GROUPS"]),
  value: z.string(),
  group_filter_type: z.enum(["STARTS_WITH", "EQUALS", "CONTAINS", "REGEX"]).optional(),
  scopes: z.array(z.string()).default([]),
  alwaysIncludeInToken: z.boolean().default(true),
  status: z.enum(["ACTIVE", "INACTIVE"]).default("ACTIVE"),
});

const rule = z.strictObject({
  name: z.string(),
  priority: z.number().optional(),
  grantTypes: z.array(z.string()),
  groups: z.array(z.string()).default([]),
  users: z.array(z.string()).default([]),
  scopes: z.array(z.string()).default(["*"]),
  accessTokenLifetimeMinutes: z.number().default(60),
});

const policy = z.strictObject({
  name: z.string(),
  priority: z.number().optional(),
  clients: z.array(z.string()).default(["ALL_CLIENTS"]),
  rules: z.array(rule).default([]),
});

const server = z.strictObject({
  id: z.string().optional(),
  name: z.string(),
  description: z.string().default(""),
  audience: z.string(),
  status: z.enum(["ACTIVE", "INACTIVE"]).default("ACTIVE"),
  scopes: z.array(z.string()).default([]),
  claims: z.array(claim).default([]),
  policies: z.array(policy).default([]),
});

const tenantSchema = z.strictObject({
  org: z
    .strictObject({ apiToken: z.string().optional(), authnApi: z.boolean().default(true) })
    .default({ authnApi: true }),
  groups: z.array(group).default([]),
  users: z.array(user).default([]),
  apps: z.array(app).default([]),
  authorizationServers: z.array(server).default([]),
});

export type TenantFile = z.input<typeof tenantSchema>;

export interface LoadedTenant {
  store: TenantStore;
  /** The API token the tenant file sets, if any (the CLI's --api-token wins). */
  apiToken: string | undefined;
}

/** Reads a tenant file; what is wrong with it is said as file:line:col field: message. */
export function loadTenantYaml(text: string, file = "tenant"): LoadedTenant {
  const { source, problems: yamlProblems } = SpecSource.parse(file, text);
  if (yamlProblems.length > 0)
    throw new Error(`invalid tenant file:\n${yamlProblems.map(formatProblem).join("\n")}`);
  const parsed = tenantSchema.safeParse(source.toData(100));
  if (!parsed.success) {
    const problems = parsed.error.issues.flatMap((issue) => {
      const path = issue.path as FieldPath;
      if (issue.code === "unrecognized_keys")
        return issue.keys.map((key) =>
          formatProblem({
            ...source.locate([...path, key], true),
            field: formatPath([...path, key]),
            message: "unknown key",
          }),
        );
      return [formatProblem({ ...source.locate(path), field: formatPath(path), message: issue.message })];
    });
    throw new Error(`invalid tenant file:\n${problems.join("\n")}`);
  }
  return { store: buildTenant(parsed.data), apiToken: parsed.data.org.apiToken };
}

export function buildTenant(input: TenantFile): TenantStore {
  const t = tenantSchema.parse(input);
  const store = new TenantStore();
  store.authnApi = t.org.authnApi;
  const now = oktaTime(new Date("2026-01-01T00:00:00Z"));
  const id = (prefix: string, ...key: (string | number)[]) =>
    stableId(prefix, key.join("/"), store.orgSuffix);

  store.addGroup(
    groupRecord(id("00g", "Everyone"), "Everyone", "All users in your organization", "BUILT_IN", now),
  );
  for (const g of t.groups)
    store.addGroup(groupRecord(g.id ?? id("00g", g.name), g.name, g.description, g.type, now));
  const groupId = (ref: string) => {
    if (store.groups.has(ref)) return ref;
    const ids = store.groupIdsNamed(ref);
    if (ids.length !== 1)
      throw new Error(`tenant: group "${ref}" ${ids.length === 0 ? "does not exist" : "is ambiguous"}`);
    return ids[0]!;
  };

  for (const u of t.users) {
    const userId = u.id ?? id("00u", u.login);
    store.users.set(userId, {
      id: userId,
      status: u.status,
      created: now,
      activated: now,
      statusChanged: now,
      lastLogin: null,
      lastUpdated: now,
      passwordChanged: u.password === undefined ? null : now,
      profile: { login: u.login, email: u.email ?? u.login, firstName: u.firstName, lastName: u.lastName },
      password: u.password,
    });
    for (const ref of u.groups) store.groups.get(groupId(ref))!.members.add(userId);
  }
  const userId = (ref: string) => {
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
            ...(a.clientSecret ? { client_secret: a.clientSecret } : {}),
          },
        },
        settings: {
          oauthClient: {
            grant_types: a.grantTypes,
            redirect_uris: a.redirectUris,
            response_types: ["code"],
            ...(a.jwks ? { jwks: { keys: a.jwks } } : {}),
          },
        },
        ...(a.profile ? { profile: a.profile } : {}),
      },
      appId,
    );
    const record: AppRecord = {
      id: appId,
      created: now,
      lastUpdated: now,
      status: a.status,
      body,
      clientSecret: secret,
      groups: new Map(),
      users: new Map(),
    };
    for (const [priority, ref] of a.groups.entries()) {
      record.groups.set(groupId(ref), { priority, profile: {}, lastUpdated: now });
    }
    for (const ref of a.users)
      record.users.set(userId(ref), { created: now, lastUpdated: now, scope: "USER" });
    store.apps.set(appId, record);
    if (a.oktaScopes.length > 0) store.oktaScopeGrants.set(appId, a.oktaScopes);
  }

  for (const s of t.authorizationServers) {
    const serverId = s.id ?? id("aus", s.name);
    const record = createServerRecord(
      store,
      { name: s.name, description: s.description, audiences: [s.audience] },
      now,
      serverId,
    );
    record.status = s.status;
    for (const scope of s.scopes) {
      const scopeId = id("scp", serverId, scope);
      record.scopes.set(scopeId, {
        id: scopeId,
        name: scope,
        consent: "IMPLICIT",
        default: false,
        metadataPublish: "ALL_CLIENTS",
        system: false,
      });
    }
    for (const c of s.claims) {
      const claimRecord = claimFromBody(
        { ...c, conditions: { scopes: c.scopes } },
        id("ocl", serverId, c.name, c.claimType),
      );
      record.claims.set(claimRecord.id, claimRecord);
    }
    s.policies.forEach((p, index) => {
      const policyRecord: PolicyRecord = {
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
        rules: new Map(),
      };
      p.rules.forEach((r, ruleIndex) => {
        const groups = r.groups.map((ref) => (ref === "EVERYONE" ? ref : groupId(ref)));
        const ruleRecord = ruleFromBody(
          {
            name: r.name,
            priority: r.priority ?? ruleIndex + 1,
            conditions: {
              people: { groups: { include: groups }, users: { include: r.users.map(userId) } },
              grantTypes: { include: r.grantTypes },
              scopes: { include: r.scopes },
            },
            actions: { token: { accessTokenLifetimeMinutes: r.accessTokenLifetimeMinutes } },
          },
          id("0pr", serverId, index, ruleIndex),
          now,
        );
        policyRecord.rules.set(ruleRecord.id, ruleRecord);
      });
      record.policies.set(policyRecord.id, policyRecord);
    });
  }
  return store;
}

function groupRecord(
  id: string,
  name: string,
  description: string,
  type: GroupRecord["type"],
  now: string,
): GroupRecord {
  return {
    id,
    created: now,
    lastUpdated: now,
    lastMembershipUpdated: now,
    type,
    objectClass: type === "APP_GROUP" ? ["okta:windows_security_principal"] : ["okta:user_group"],
    profile: { name, description },
    members: new Set(),
  };
}
