import { notFound } from "../http.js";
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
