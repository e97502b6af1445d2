import type { AppProfileChange, Change, ClaimChange, DesiredClaim } from "../diff/plan.js";
import { appProfileKeys } from "../el/ast.js";
import { parse } from "../el/parse.js";
import type { OktaApp } from "../okta/types.js";
import type { LiveState } from "../state/live.js";

/**
 * One request apply sends, and the plan changes it carries out. Apps are written whole (Okta's
 * app update is a full replace), so every profile change of one app is one PUT.
 */
export type Write =
  | {
      kind: "app";
      method: "PUT";
      path: string;
      app: OktaApp;
      profile: Record<string, string[]>;
      changes: AppProfileChange[];
    }
  | {
      kind: "claim-create";
      method: "POST";
      path: string;
      serverId: string;
      desired: DesiredClaim;
      changes: ClaimChange[];
    }
  | {
      kind: "claim-replace";
      method: "PUT";
      path: string;
      serverId: string;
      claimId: string;
      desired: DesiredClaim;
      changes: ClaimChange[];
    }
  | {
      kind: "claim-delete";
      method: "DELETE";
      path: string;
      serverId: string;
      claimId: string;
      changes: ClaimChange[];
    };

/**
 * The writes of a plan in phases; a phase goes out at once, after the one before it. App
 * profiles and the claims that do not depend on them go first. A claim that reads a profile
 * key some app is only now getting waits for the app writes, so no token is minted from a
 * claim whose allowlist does not exist yet. Deletes go last.
 */
export function writesFor(changes: Change[], live: LiveState): Write[][] {
  const apps = new Map<string, Extract<Write, { kind: "app" }>>();
  const claims: Write[] = [];
  const deletes: Write[] = [];
  for (const change of changes) {
    if (change.resource === "app-profile") {
      let write = apps.get(change.appId);
      if (!write) {
        const app = live.apps.find((a) => a.app.id === change.appId)!.app;
        write = {
          kind: "app",
          method: "PUT",
          path: `/api/v1/apps/${change.appId}`,
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
    const claims_ = `/api/v1/authorizationServers/${change.serverId}/claims`;
    if (change.action === "create") {
      claims.push({
        kind: "claim-create",
        method: "POST",
        path: claims_,
        serverId: change.serverId,
        desired: change.desired!,
        changes: [change],
      });
    } else if (change.action === "update") {
      claims.push({
        kind: "claim-replace",
        method: "PUT",
        path: `${claims_}/${change.claimId}`,
        serverId: change.serverId,
        claimId: change.claimId!,
        desired: change.desired!,
        changes: [change],
      });
    } else {
      deletes.push({
        kind: "claim-delete",
        method: "DELETE",
        path: `${claims_}/${change.claimId}`,
        serverId: change.serverId,
        claimId: change.claimId!,
        changes: [change],
      });
    }
  }
  const added = keysAdded([...apps.values()]);
  const waits = (write: Write) =>
    "desired" in write && write.desired.valueType === "EXPRESSION" && readsAnyOf(write.desired.value, added);
  return [[...apps.values(), ...claims.filter((w) => !waits(w))], claims.filter(waits), deletes].filter(
    (phase) => phase.length > 0,
  );
}

/** Profile keys that an app write sets on an app that does not have them yet. */
function keysAdded(appWrites: Extract<Write, { kind: "app" }>[]): Set<string> {
  const added = new Set<string>();
  for (const write of appWrites)
    for (const key of Object.keys(write.profile)) if (write.app.profile?.[key] === undefined) added.add(key);
  return added;
}

function readsAnyOf(expression: string, keys: Set<string>): boolean {
  if (keys.size === 0) return false;
  let read: Set<string> | "any";
  try {
    read = appProfileKeys(parse(expression));
  } catch {
    return true;
  }
  return read === "any" || [...read].some((key) => keys.has(key));
}

/**
 * The body of an app PUT: the app exactly as read, with only the managed profile keys set.
 * Links and embedded resources are Okta's output, not input. No client secret is added (GET
 * never returns one, and a PUT without it keeps the existing secret).
 */
export function appBody(app: OktaApp, profile: Record<string, string[]>): Record<string, unknown> {
  const { _links, _embedded, ...body } = app;
  return { ...body, profile: { ...(app.profile ?? {}), ...profile } };
}

/** A request's body for the eyes of a person (dry run): secrets masked, whatever their key. */
export function maskSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskSecrets);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [
      key,
      /secret|password|private_?key|token/i.test(key) && typeof v === "string" ? "***" : maskSecrets(v),
    ]),
  );
}

export function requestBody(write: Write): unknown {
  switch (write.kind) {
    case "app":
      return appBody(write.app, write.profile);
    case "claim-create":
    case "claim-replace":
      return write.desired;
    case "claim-delete":
      return undefined;
  }
}
