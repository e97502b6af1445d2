import type { Route } from "../router.js";
import { appRoutes } from "./apps.js";
import { claimRoutes } from "./claims.js";
import { groupRoutes } from "./groups.js";
import { policyRoutes } from "./policies.js";
import { scopeRoutes } from "./scopes.js";
import { serverRoutes } from "./servers.js";
import { userRoutes } from "./users.js";

/** The management API (/api/v1) the embedded tenant serves. */
export function adminRoutes(): Route[] {
  return [
    ...groupRoutes(),
    ...userRoutes(),
    ...appRoutes(),
    ...serverRoutes(),
    ...claimRoutes(),
    ...scopeRoutes(),
    ...policyRoutes(),
  ];
}
