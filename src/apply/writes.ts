import { appProfileKeys, type Expr } from "../el/ast.js";
import type { Write } from "../model/apply.js";
import type { LiveState } from "../model/live.js";
import { type App, profileValue } from "../model/okta.js";
import type { Change } from "../model/plan.js";
import { writeRequest } from "../okta/admin.js";

type AppWrite = Extract<Write, { kind: "app" }>;

/**
 * The writes of a plan in phases; a phase goes out at once, after the one before it. App
 * profiles and the claims that do not depend on them go first. A claim that reads a profile
 * key some app is only now getting waits for the app writes, so no token is minted from a
 * claim whose allowlist does not exist yet. Deletes go last.
 */
export function writesFor(changes: Change[], live: LiveState): Write[][] {
  const apps = new Map<string, AppWrite>();
  const claims: Extract<Write, { kind: "claim-create" | "claim-replace" }>[] = [];
  const deletes: Write[] = [];
  for (const change of changes) {
    if (change.resource === "app-profile") {
      let write = apps.get(change.appId);
      if (!write) {
        const app = live.apps.find((a) => a.app.id === change.appId)!.app;
        write = {
          kind: "app",
          ...writeRequest.replaceApp(change.appId),
          appId: change.appId,
          app,
          profile: {},
          changes: [],
        };
        apps.set(change.appId, write);
      }
      write.profile[change.key] = change.allowlist;
      write.changes.push(change);
      continue;
    }
    const { serverId } = change;
    if (change.action === "create") {
      claims.push({
        kind: "claim-create",
        ...writeRequest.createClaim(serverId),
        serverId,
        desired: change.desired!,
        changes: [change],
      });
    } else if (change.action === "update") {
      claims.push({
        kind: "claim-replace",
        ...writeRequest.replaceClaim(serverId, change.claimId!),
        serverId,
        claimId: change.claimId!,
        desired: change.desired!,
        changes: [change],
      });
    } else {
      deletes.push({
        kind: "claim-delete",
        ...writeRequest.deleteClaim(serverId, change.claimId!),
        serverId,
        claimId: change.claimId!,
        changes: [change],
      });
    }
  }
  const added = keysAdded([...apps.values()]);
  const waits = (write: (typeof claims)[number]) => readsAnyOf(write.changes[0]!.desiredExpr, added);
  return [[...apps.values(), ...claims.filter((w) => !waits(w))], claims.filter(waits), deletes].filter(
    (phase) => phase.length > 0,
  );
}

/** Profile keys that an app write sets on an app that does not have them yet. */
function keysAdded(appWrites: AppWrite[]): Set<string> {
  const added = new Set<string>();
  for (const write of appWrites)
    for (const key of Object.keys(write.profile))
      if (profileValue(write.app, key) === undefined) added.add(key);
  return added;
}

/** Whether a claim's expression reads any of these app profile keys (GROUPS claims read none). */
function readsAnyOf(expr: Expr | undefined, keys: Set<string>): boolean {
  if (keys.size === 0 || !expr) return false;
  const read = appProfileKeys(expr);
  return read === "any" || [...read].some((key) => keys.has(key));
}

/**
 * The app with only the managed profile keys set, everything else exactly as read. No client
 * secret is added (GET never returns one, and a replace without it keeps the existing secret).
 */
export function withProfile(app: App, profile: Record<string, string[]>): App {
  return { ...app, profile: { ...(app.profile ?? {}), ...profile } };
}
