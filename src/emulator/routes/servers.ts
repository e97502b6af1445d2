import { json, OktaHttpError, page, validationFailed } from "../http.js";
import type { Context, Route } from "../router.js";
import { oktaTime, type ServerRecord, type TenantStore } from "../store.js";
import { systemClaims, systemScopes } from "../system-objects.js";
import { serverJson } from "../wire.js";
import {
  type Json,
  MANAGE,
  nowOf,
  ONE_SERVER,
  SERVERS,
  serverOf,
  serverRoute,
} from "./authorization-servers.js";

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

export function serverRoutes(): Route[] {
  const base = SERVERS;
  const one = ONE_SERVER;
  const r = serverRoute;
  const server = serverOf;
  const now = nowOf;
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
  ];
}
