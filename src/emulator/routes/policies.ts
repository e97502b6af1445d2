import { json, notFound, validationFailed } from "../http.js";
import type { Route } from "../router.js";
import type { PolicyRecord, RuleRecord, ServerRecord } from "../store.js";
import { policyJson, ruleJson } from "../wire.js";
import { type Json, MANAGE, nowOf, ONE_SERVER, serverOf, serverRoute } from "./authorization-servers.js";

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

export function policyRoutes(): Route[] {
  const one = ONE_SERVER;
  const r = serverRoute;
  const server = serverOf;
  const now = nowOf;
  return [
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
