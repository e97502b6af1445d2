import type { Route } from "../router.js";
import { appRoutes } from "./apps.js";
import { groupRoutes } from "./groups.js";
import { serverRoutes } from "./servers.js";
import { userRoutes } from "./users.js";

/** The management API (/api/v1) the embedded tenant serves. */
export function adminRoutes(): Route[] {
  return [...groupRoutes(), ...userRoutes(), ...appRoutes(), ...serverRoutes()];
}
