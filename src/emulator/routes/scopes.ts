import { json, notFound, validationFailed } from "../http.js";
import type { Route } from "../router.js";
import type { ScopeRecord } from "../store.js";
import { scopeJson } from "../wire.js";
import { type Json, MANAGE, ONE_SERVER, serverOf, serverRoute } from "./authorization-servers.js";

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

export function scopeRoutes(): Route[] {
  const one = ONE_SERVER;
  const r = serverRoute;
  const server = serverOf;
  return [
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
  ];
}
