import { json, notFound, OktaHttpError, page, validationFailed } from "../http.js";
import type { Context, Route } from "../router.js";
import {
  type ClaimRecord,
  oktaTime,
  type PolicyRecord,
  type RuleRecord,
  type ScopeRecord,
  type ServerRecord,
  type TenantStore,
} from "../store.js";
import { systemClaims, systemScopes } from "../system-objects.js";
import { claimJson, policyJson, ruleJson, scopeJson, serverJson } from "../wire.js";

const READ = { admin: true, scope: "okta.authorizationServers.read" } as const;
const MANAGE = { admin: true, scope: "okta.authorizationServers.manage" } as const;
type Json = Record<string, unknown>;

export function getServer(store: TenantStore, id: string): ServerRecord {
  const server = store.servers.get(id);
  if (!server) throw notFound(id, "AuthorizationServer");
  return server;
}

/** Creates a server as Okta does: with its system claims and scopes already there. */
export function createServerRecord(
  store: TenantStore,
  body: Json,
  now: string,
  id = store.id("aus"),
): ServerRecord {
  const causes: string[] = [];
  if (typeof body.name !== "string" || body.name === "") causes.push("name: The field cannot be left blank");
  const audiences = body.audiences;
  if (!Array.isArray(audiences) || audiences.length !== 1)
    causes.push("audiences: Okta currently supports only one audience");
  if (causes.length > 0) throw validationFailed("authorizationServer", causes);
  const server: ServerRecord = {
    id,
    name: String(body.name),
    description: String(body.description ?? ""),
    audiences: audiences as string[],
    issuerMode: (body.issuerMode as ServerRecord["issuerMode"]) ?? "ORG_URL",
    status: "ACTIVE",
    created: now,
    lastUpdated: now,
    default: id === "default",
    claims: new Map(),
    scopes: new Map(),
    policies: new Map(),
    signing: {
      rotationMode: "AUTO",
      lastRotated: now,
      nextRotation: oktaTime(new Date(Date.parse(now) + 90 * 86_400_000)),
    },
  };
  for (const claim of systemClaims(() => store.id("ocl"))) server.claims.set(claim.id, claim);
  for (const scope of systemScopes(() => store.id("scp"))) server.scopes.set(scope.id, scope);
  store.servers.set(server.id, server);
  return server;
}

const CLAIM_TYPES = ["RESOURCE", "IDENTITY"];
const VALUE_TYPES = ["EXPRESSION", "GROUPS"];
const FILTER_TYPES = ["STARTS_WITH", "EQUALS", "CONTAINS", "REGEX"];

/**
 * Validates a claim body. Okta checks the shape but not the expression: a bad expression
 * is saved and fails only when a token is minted (wire reference §1.4).
 */
export function claimFromBody(body: Json, id: string, existing?: ClaimRecord): ClaimRecord {
  const causes: string[] = [];
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
  if (body.status !== undefined && body.status !== "ACTIVE" && body.status !== "INACTIVE")
    causes.push("status: Must be one of ACTIVE, INACTIVE");
  if (causes.length > 0) throw validationFailed("claim", causes);
  const conditions = (body.conditions ?? {}) as { scopes?: unknown };
  const claim: ClaimRecord = {
    id,
    name: String(body.name),
    status: (body.status as ClaimRecord["status"]) ?? "ACTIVE",
    claimType: existing?.system ? existing.claimType : (body.claimType as ClaimRecord["claimType"]),
    valueType: existing?.system ? existing.valueType : (body.valueType as ClaimRecord["valueType"]),
    conditions: { scopes: Array.isArray(conditions.scopes) ? conditions.scopes.map(String) : [] },
    system: existing?.system ?? false,
    alwaysIncludeInToken: typeof body.alwaysIncludeInToken === "boolean" ? body.alwaysIncludeInToken : true,
  };
  const value = existing?.system ? existing.value : body.value;
  if (typeof value === "string") claim.value = value;
  if (claim.valueType === "GROUPS")
    claim.group_filter_type = body.group_filter_type as ClaimRecord["group_filter_type"];
  return claim;
}

function assertUniqueClaim(server: ServerRecord, claim: ClaimRecord): void {
  for (const other of server.claims.values()) {
    if (other.id !== claim.id && other.name === claim.name && other.claimType === claim.claimType) {
      throw validationFailed("name", [
        `name: A claim with the name '${claim.name}' and claim type '${claim.claimType}' already exists.`,
      ]);
    }
  }
}

function getClaim(server: ServerRecord, id: string): ClaimRecord {
  const claim = server.claims.get(id);
  if (!claim) throw notFound(id, "OAuth2Claim");
  return claim;
}

async function createClaim(ctx: Context) {
  const server = getServer(ctx.store, ctx.params.serverId!);
  const claim = claimFromBody(await ctx.json(), ctx.store.id("ocl"));
  assertUniqueClaim(server, claim);
  server.claims.set(claim.id, claim);
  return json(201, claimJson(ctx.org, server.id, claim));
}

async function replaceClaim(ctx: Context) {
  const server = getServer(ctx.store, ctx.params.serverId!);
  const existing = getClaim(server, ctx.params.claimId!);
  const claim = claimFromBody(await ctx.json(), existing.id, existing);
  assertUniqueClaim(server, claim);
  server.claims.set(claim.id, claim);
  return json(200, claimJson(ctx.org, server.id, claim));
}

function deleteClaim(ctx: Context) {
  const server = getServer(ctx.store, ctx.params.serverId!);
  const claim = getClaim(server, ctx.params.claimId!);
  if (claim.system)
    throw new OktaHttpError(403, "E0000006", "You do not have permission to perform the requested action");
  server.claims.delete(claim.id);
  return { status: 204 };
}

function scopeFromBody(body: Json, id: string, existing?: ScopeRecord): ScopeRecord {
  if (typeof body.name !== "string" || body.name === "")
    throw validationFailed("name", ["name: The field cannot be left blank"]);
  return {
    id,
    name: body.name,
    ...(typeof body.displayName === "string" ? { displayName: body.displayName } : {}),
    ...(typeof body.description === "string" ? { description: body.description } : {}),
    consent: (body.consent as ScopeRecord["consent"]) ?? "IMPLICIT",
    default: body.default === true,
    metadataPublish: (body.metadataPublish as ScopeRecord["metadataPublish"]) ?? "NO_CLIENTS",
    system: existing?.system ?? false,
    ...(typeof body.optional === "boolean" ? { optional: body.optional } : {}),
  };
}

function policyFromBody(body: Json, id: string, now: string, existing?: PolicyRecord): PolicyRecord {
  const causes: string[] = [];
  if (typeof body.name !== "string" || body.name === "") causes.push("name: The field cannot be left blank");
  const clients = ((body.conditions as Json | undefined)?.clients as { include?: unknown } | undefined)
    ?.include;
  if (!Array.isArray(clients) || clients.length === 0)
    causes.push("conditions.clients: The field cannot be left blank");
  if (causes.length > 0) throw validationFailed("policy", causes);
  return {
    id,
    name: String(body.name),
    description: String(body.description ?? ""),
    status: (body.status as PolicyRecord["status"]) ?? "ACTIVE",
    priority: typeof body.priority === "number" ? body.priority : 1,
    system: false,
    created: existing?.created ?? now,
    lastUpdated: now,
    type: "OAUTH_AUTHORIZATION_POLICY",
    conditions: { clients: { include: (clients as unknown[]).map(String) } },
    rules: existing?.rules ?? new Map(),
  };
}

const USER_GRANTS = ["authorization_code", "implicit", "password"];

export function ruleFromBody(body: Json, id: string, now: string, existing?: RuleRecord): RuleRecord {
  const conditions = (body.conditions ?? {}) as Json;
  const people = (conditions.people ?? {}) as {
    users?: { include?: string[]; exclude?: string[] };
    groups?: { include?: string[]; exclude?: string[] };
  };
  const grantTypes = ((conditions.grantTypes as { include?: string[] } | undefined)?.include ?? []).map(
    String,
  );
  const scopes = ((conditions.scopes as { include?: string[] } | undefined)?.include ?? []).map(String);
  if (typeof body.name !== "string" || body.name === "")
    throw validationFailed("name", ["name: The field cannot be left blank"]);
  const hasPeople = (people.users?.include?.length ?? 0) > 0 || (people.groups?.include?.length ?? 0) > 0;
  if (grantTypes.some((g) => USER_GRANTS.includes(g)) && !hasPeople) {
    // Okta's message, doubled single quotes included (wire reference §1.4).
    throw validationFailed("conditions.people", [
      "conditions.people: At least one of ''conditions.people.users.include'' or ''conditions.people.groups.include'' must contain a valid user or group when ''conditions.grantTypes'' contains one or more of [authorization_code, implicit, password].",
    ]);
  }
  const token = ((body.actions as Json | undefined)?.token ?? {}) as Partial<RuleRecord["actions"]["token"]>;
  return {
    id,
    name: body.name,
    status: (body.status as RuleRecord["status"]) ?? "ACTIVE",
    priority: typeof body.priority === "number" ? body.priority : 1,
    system: false,
    created: existing?.created ?? now,
    lastUpdated: now,
    type: "RESOURCE_ACCESS",
    conditions: {
      people: {
        users: {
          ...(people.users?.include ? { include: people.users.include } : {}),
          exclude: people.users?.exclude ?? [],
        },
        groups: {
          ...(people.groups?.include ? { include: people.groups.include } : {}),
          ...(people.groups?.exclude ? { exclude: people.groups.exclude } : {}),
        },
      },
      grantTypes: { include: grantTypes },
      scopes: { include: scopes },
    },
    actions: {
      token: {
        accessTokenLifetimeMinutes: token.accessTokenLifetimeMinutes ?? 60,
        refreshTokenLifetimeMinutes: token.refreshTokenLifetimeMinutes ?? 0,
        refreshTokenWindowMinutes: token.refreshTokenWindowMinutes ?? 10080,
        ...(token.inlineHook ? { inlineHook: token.inlineHook } : {}),
      },
    },
  };
}

function getPolicy(server: ServerRecord, id: string): PolicyRecord {
  const policy = server.policies.get(id);
  if (!policy) throw notFound(id, "AuthorizationServerPolicy");
  return policy;
}

function getRule(policy: PolicyRecord, id: string): RuleRecord {
  const rule = policy.rules.get(id);
  if (!rule) throw notFound(id, "AuthorizationServerPolicyRule");
  return rule;
}

export function serverRoutes(): Route[] {
  const base = "/api/v1/authorizationServers";
  const one = `${base}/:serverId`;
  const r = (
    method: string,
    pattern: string,
    handle: Route["handle"],
    access: Route["access"] = READ,
  ): Route => ({
    method,
    pattern,
    family: "authorizationServers",
    access,
    handle,
  });
  const server = (ctx: Context) => getServer(ctx.store, ctx.params.serverId!);
  const now = (ctx: Context) => oktaTime(ctx.now());
  const serverReply = (ctx: Context, s: ServerRecord, status = 200) =>
    json(status, serverJson(ctx.org, s, ctx.keys.activeKid(s.id)));
  const setStatus = (status: ServerRecord["status"]) => (ctx: Context) => {
    server(ctx).status = status;
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
        { Link: result.links },
      );
    }),
    r(
      "POST",
      base,
      async (ctx) => serverReply(ctx, createServerRecord(ctx.store, await ctx.json(), now(ctx)), 201),
      MANAGE,
    ),
    r("GET", one, (ctx) => serverReply(ctx, server(ctx))),
    r(
      "PUT",
      one,
      async (ctx) => {
        const s = server(ctx);
        const body = await ctx.json();
        if (typeof body.name !== "string" || !Array.isArray(body.audiences)) {
          throw validationFailed("authorizationServer", ["name: The field cannot be left blank"]);
        }
        s.name = body.name;
        s.description = String(body.description ?? "");
        s.audiences = body.audiences as string[];
        s.lastUpdated = now(ctx);
        return serverReply(ctx, s);
      },
      MANAGE,
    ),
    r(
      "DELETE",
      one,
      (ctx) => {
        const s = server(ctx);
        if (s.status === "ACTIVE")
          throw new OktaHttpError(400, "E0000001", "Api validation failed: status", [
            "status: Deactivate the authorization server before deleting it.",
          ]);
        ctx.store.servers.delete(s.id);
        return { status: 204 };
      },
      MANAGE,
    ),
    r("POST", `${one}/lifecycle/activate`, setStatus("ACTIVE"), MANAGE),
    r("POST", `${one}/lifecycle/deactivate`, setStatus("INACTIVE"), MANAGE),
    r("GET", `${one}/credentials/keys`, async (ctx) =>
      json(
        200,
        (await ctx.keys.jwks(server(ctx).id)).keys.map((k, i) => ({
          status: i === 0 ? "ACTIVE" : "EXPIRED",
          ...k,
        })),
      ),
    ),
    r(
      "POST",
      `${one}/credentials/lifecycle/keyRotate`,
      async (ctx) => {
        const s = server(ctx);
        ctx.keys.rotate(s.id);
        s.signing.lastRotated = now(ctx);
        return json(
          200,
          (await ctx.keys.jwks(s.id)).keys.map((k, i) => ({ status: i === 0 ? "ACTIVE" : "EXPIRED", ...k })),
        );
      },
      MANAGE,
    ),

    r("GET", `${one}/claims`, (ctx) =>
      json(
        200,
        [...server(ctx).claims.values()].map((c) => claimJson(ctx.org, ctx.params.serverId!, c)),
      ),
    ),
    r("POST", `${one}/claims`, createClaim, MANAGE),
    r("GET", `${one}/claims/:claimId`, (ctx) =>
      json(200, claimJson(ctx.org, ctx.params.serverId!, getClaim(server(ctx), ctx.params.claimId!))),
    ),
    r("PUT", `${one}/claims/:claimId`, replaceClaim, MANAGE),
    r("DELETE", `${one}/claims/:claimId`, deleteClaim, MANAGE),

    r("GET", `${one}/scopes`, (ctx) =>
      json(
        200,
        [...server(ctx).scopes.values()].map((s) => scopeJson(ctx.org, ctx.params.serverId!, s)),
      ),
    ),
    r(
      "POST",
      `${one}/scopes`,
      async (ctx) => {
        const s = server(ctx);
        const scope = scopeFromBody(await ctx.json(), ctx.store.id("scp"));
        if ([...s.scopes.values()].some((x) => x.name === scope.name))
          throw validationFailed("name", [`name: A scope with the name '${scope.name}' already exists.`]);
        s.scopes.set(scope.id, scope);
        return json(201, scopeJson(ctx.org, s.id, scope));
      },
      MANAGE,
    ),
    r("GET", `${one}/scopes/:scopeId`, (ctx) => {
      const scope = server(ctx).scopes.get(ctx.params.scopeId!);
      if (!scope) throw notFound(ctx.params.scopeId!, "OAuth2Scope");
      return json(200, scopeJson(ctx.org, ctx.params.serverId!, scope));
    }),
    r(
      "PUT",
      `${one}/scopes/:scopeId`,
      async (ctx) => {
        const s = server(ctx);
        const existing = s.scopes.get(ctx.params.scopeId!);
        if (!existing) throw notFound(ctx.params.scopeId!, "OAuth2Scope");
        const scope = scopeFromBody(await ctx.json(), existing.id, existing);
        s.scopes.set(scope.id, scope);
        return json(200, scopeJson(ctx.org, s.id, scope));
      },
      MANAGE,
    ),
    r(
      "DELETE",
      `${one}/scopes/:scopeId`,
      (ctx) => {
        const s = server(ctx);
        if (!s.scopes.delete(ctx.params.scopeId!)) throw notFound(ctx.params.scopeId!, "OAuth2Scope");
        return { status: 204 };
      },
      MANAGE,
    ),

    r("GET", `${one}/policies`, (ctx) =>
      json(
        200,
        [...server(ctx).policies.values()].map((p) => policyJson(ctx.org, ctx.params.serverId!, p)),
      ),
    ),
    r(
      "POST",
      `${one}/policies`,
      async (ctx) => {
        const s = server(ctx);
        const policy = policyFromBody(await ctx.json(), ctx.store.id("00p"), now(ctx));
        s.policies.set(policy.id, policy);
        return json(201, policyJson(ctx.org, s.id, policy));
      },
      MANAGE,
    ),
    r("GET", `${one}/policies/:policyId`, (ctx) =>
      json(200, policyJson(ctx.org, ctx.params.serverId!, getPolicy(server(ctx), ctx.params.policyId!))),
    ),
    r(
      "PUT",
      `${one}/policies/:policyId`,
      async (ctx) => {
        const s = server(ctx);
        const existing = getPolicy(s, ctx.params.policyId!);
        const policy = policyFromBody(await ctx.json(), existing.id, now(ctx), existing);
        s.policies.set(policy.id, policy);
        return json(200, policyJson(ctx.org, s.id, policy));
      },
      MANAGE,
    ),
    r(
      "DELETE",
      `${one}/policies/:policyId`,
      (ctx) => {
        const s = server(ctx);
        getPolicy(s, ctx.params.policyId!);
        s.policies.delete(ctx.params.policyId!);
        return { status: 204 };
      },
      MANAGE,
    ),
    r("GET", `${one}/policies/:policyId/rules`, (ctx) => {
      const policy = getPolicy(server(ctx), ctx.params.policyId!);
      return json(
        200,
        [...policy.rules.values()].map((rule) => ruleJson(ctx.org, ctx.params.serverId!, policy.id, rule)),
      );
    }),
    r(
      "POST",
      `${one}/policies/:policyId/rules`,
      async (ctx) => {
        const policy = getPolicy(server(ctx), ctx.params.policyId!);
        const rule = ruleFromBody(await ctx.json(), ctx.store.id("0pr"), now(ctx));
        policy.rules.set(rule.id, rule);
        return json(201, ruleJson(ctx.org, ctx.params.serverId!, policy.id, rule));
      },
      MANAGE,
    ),
    r("GET", `${one}/policies/:policyId/rules/:ruleId`, (ctx) => {
      const policy = getPolicy(server(ctx), ctx.params.policyId!);
      return json(
        200,
        ruleJson(ctx.org, ctx.params.serverId!, policy.id, getRule(policy, ctx.params.ruleId!)),
      );
    }),
    r(
      "PUT",
      `${one}/policies/:policyId/rules/:ruleId`,
      async (ctx) => {
        const policy = getPolicy(server(ctx), ctx.params.policyId!);
        const existing = getRule(policy, ctx.params.ruleId!);
        const rule = ruleFromBody(await ctx.json(), existing.id, now(ctx), existing);
        policy.rules.set(rule.id, rule);
        return json(200, ruleJson(ctx.org, ctx.params.serverId!, policy.id, rule));
      },
      MANAGE,
    ),
    r(
      "DELETE",
      `${one}/policies/:policyId/rules/:ruleId`,
      (ctx) => {
        const policy = getPolicy(server(ctx), ctx.params.policyId!);
        getRule(policy, ctx.params.ruleId!);
        policy.rules.delete(ctx.params.ruleId!);
        return { status: 204 };
      },
      MANAGE,
    ),
  ];
}
