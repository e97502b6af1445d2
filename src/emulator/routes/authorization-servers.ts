import { json, notFound } from "../http.js";
import type { Context, Route } from "../router.js";
import { oktaTime, type ServerRecord, type TenantStore } from "../store.js";

/** What the authorization-server routes (servers, claims, scopes, policies) share. */
export const READ = { admin: true, scope: "okta.authorizationServers.read" } as const;
export const MANAGE = { admin: true, scope: "okta.authorizationServers.manage" } as const;
export type Json = Record<string, unknown>;

export const SERVERS = "/api/v1/authorizationServers";
export const ONE_SERVER = `${SERVERS}/:serverId`;

export function serverRoute(
  method: string,
  pattern: string,
  handle: Route["handle"],
  access: Route["access"] = READ,
): Route {
  return { method, pattern, family: "authorizationServers", access, handle };
}

export function getServer(store: TenantStore, id: string): ServerRecord {
  const server = store.servers.get(id);
  if (!server) throw notFound(id, "AuthorizationServer");
  return server;
}

export const serverOf = (ctx: Context) => getServer(ctx.store, ctx.params.serverId!);
export const nowOf = (ctx: Context) => oktaTime(ctx.now());

/** A collection under a server (claims, scopes, policies, a policy's rules) and its rules. */
export interface Collection<R extends { id: string }> {
  /** The list's path, e.g. `${ONE_SERVER}/claims`. */
  path: string;
  /** The path parameter naming one item, e.g. `claimId`. */
  param: string;
  /** Okta's name of the resource in a 404's summary. */
  resource: string;
  idPrefix: string;
  items(ctx: Context): Map<string, R>;
  fromBody(ctx: Context, body: Json, id: string, existing?: R): R;
  toJson(ctx: Context, item: R): unknown;
  /** Checks an item about to be saved against the others (uniqueness), throwing Okta's error. */
  check?(items: Map<string, R>, item: R, existing?: R): void;
  /** Refuses a delete Okta refuses (a system claim), throwing Okta's error. */
  checkDelete?(item: R): void;
}

/** List, create, read, replace and delete of one collection, as Okta serves each of them. */
export function collectionRoutes<R extends { id: string }>(c: Collection<R>): Route[] {
  const one = `${c.path}/:${c.param}`;
  const get = (ctx: Context) => {
    const item = c.items(ctx).get(ctx.params[c.param]!);
    if (!item) throw notFound(ctx.params[c.param]!, c.resource);
    return item;
  };
  const save = (ctx: Context, item: R, existing?: R) => {
    const items = c.items(ctx);
    c.check?.(items, item, existing);
    items.set(item.id, item);
    return item;
  };
  return [
    serverRoute("GET", c.path, (ctx) =>
      json(
        200,
        [...c.items(ctx).values()].map((i) => c.toJson(ctx, i)),
      ),
    ),
    serverRoute(
      "POST",
      c.path,
      async (ctx) => {
        const item = c.fromBody(ctx, await ctx.json(), ctx.store.id(c.idPrefix));
        return json(201, c.toJson(ctx, save(ctx, item)));
      },
      MANAGE,
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
      MANAGE,
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
      MANAGE,
    ),
  ];
}
