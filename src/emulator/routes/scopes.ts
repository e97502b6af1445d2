import { validationFailed } from "../http.js";
import type { Route } from "../router.js";
import type { ScopeRecord } from "../store.js";
import { scopeJson } from "../wire.js";
import { collectionRoutes, type Json, ONE_SERVER, serverOf } from "./authorization-servers.js";

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
  return collectionRoutes<ScopeRecord>({
    path: `${ONE_SERVER}/scopes`,
    param: "scopeId",
    resource: "OAuth2Scope",
    idPrefix: "scp",
    items: (ctx) => serverOf(ctx).scopes,
    fromBody: (_ctx, body, id, existing) => scopeFromBody(body, id, existing),
    toJson: (ctx, scope) => scopeJson(ctx.org, ctx.params.serverId!, scope),
    check: (scopes, scope, existing) => {
      if (!existing && [...scopes.values()].some((x) => x.name === scope.name))
        throw validationFailed("name", [`name: A scope with the name '${scope.name}' already exists.`]);
    },
  });
}
