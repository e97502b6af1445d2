import { notFound, validationFailed } from "../http.js";
import type { Route } from "../router.js";
import type { PolicyRecord, RuleRecord, ServerRecord } from "../store.js";
import { policyJson, ruleJson } from "../wire.js";
import { collectionRoutes, type Json, nowOf, ONE_SERVER, serverOf } from "./authorization-servers.js";

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

const POLICIES = `${ONE_SERVER}/policies`;

export function policyRoutes(): Route[] {
  return [
    ...collectionRoutes<PolicyRecord>({
      path: POLICIES,
      param: "policyId",
      resource: "AuthorizationServerPolicy",
      idPrefix: "00p",
      items: (ctx) => serverOf(ctx).policies,
      fromBody: (ctx, body, id, existing) => policyFromBody(body, id, nowOf(ctx), existing),
      toJson: (ctx, policy) => policyJson(ctx.org, ctx.params.serverId!, policy),
    }),
    ...collectionRoutes<RuleRecord>({
      path: `${POLICIES}/:policyId/rules`,
      param: "ruleId",
      resource: "AuthorizationServerPolicyRule",
      idPrefix: "0pr",
      items: (ctx) => getPolicy(serverOf(ctx), ctx.params.policyId!).rules,
      fromBody: (ctx, body, id, existing) => ruleFromBody(body, id, nowOf(ctx), existing),
      toJson: (ctx, rule) => ruleJson(ctx.org, ctx.params.serverId!, ctx.params.policyId!, rule),
    }),
  ];
}
