import { OktaHttpError } from "../http.js";
import type { Context } from "../router.js";
import type { ServerRecord } from "../store.js";

/** A custom authorization server that answers OAuth requests: it exists and is active. */
export function activeServer(ctx: Context): ServerRecord {
  const server = ctx.store.servers.get(ctx.params.serverId!);
  if (server?.status !== "ACTIVE")
    throw new OktaHttpError(
      404,
      "E0000007",
      `Not found: Resource not found: ${ctx.params.serverId} (AuthorizationServer)`,
    );
  return server;
}
