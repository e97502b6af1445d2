import { calleeName, type Expr, propertyPath, walk } from "../el/ast.js";
import type { AppSpec, ClaimSpec, SmokeTestSpec, Spec } from "../spec/model.js";

/** One `getFilteredGroups(app.profile.KEY, "group.name", LIMIT)` in a claim's expression. */
export interface AllowlistRead {
  /** The profile key read; undefined for a literal list or another first argument. */
  key: string | undefined;
  /** The literal limit, when there is one. */
  limit: number | undefined;
  /** The group attribute the claim holds: `group.name`, `group.id`, ... */
  attribute: string | undefined;
}

/** The getFilteredGroups calls of a claim (none for a GROUPS claim). */
export function allowlistReads(claim: ClaimSpec): AllowlistRead[] {
  return claim.expr ? allowlistReadsOf(claim.expr) : [];
}

/** The getFilteredGroups calls of an expression. */
export function allowlistReadsOf(expr: Expr): AllowlistRead[] {
  const reads: AllowlistRead[] = [];
  walk(expr, (node: Expr) => {
    if (node.kind !== "call" || calleeName(node) !== "getFilteredGroups") return;
    const [list, attribute, limit] = node.args;
    const path = list && propertyPath(list);
    reads.push({
      key: path?.length === 3 && path[0] === "app" && path[1] === "profile" ? path[2] : undefined,
      limit: limit?.kind === "number" ? limit.value : undefined,
      attribute: attribute?.kind === "string" ? attribute.value : undefined,
    });
  });
  return reads;
}

const GROUP_FUNCTIONS = new Set([
  "getFilteredGroups",
  "Groups.startsWith",
  "Groups.contains",
  "Groups.endsWith",
]);

/** A claim whose values are groups: a GROUPS claim, or an expression of the group functions. */
export function isGroupsClaim(claim: ClaimSpec): boolean {
  if (claim.valueType === "GROUPS") return true;
  let found = false;
  if (claim.expr)
    walk(claim.expr, (node) => {
      if (node.kind === "call" && GROUP_FUNCTIONS.has(calleeName(node) ?? "")) found = true;
    });
  return found;
}

/**
 * The apps whose tokens a server's claims are for: those its smoke tests pair with it, or,
 * when no smoke test names the server, every app of the spec (a spec does not say otherwise).
 */
export function appsOnServer(spec: Spec, serverIndex: number): number[] {
  const server = spec.authorizationServers[serverIndex]!;
  const paired = new Set<number>();
  for (const test of spec.smokeTests) {
    if (test.authorizationServer !== server.id && test.authorizationServer !== server.name) continue;
    const app = spec.apps.findIndex((a) => a.id === test.app || a.label === test.app);
    if (app >= 0) paired.add(app);
  }
  return paired.size > 0 ? [...paired] : spec.apps.map((_, i) => i);
}

/** The app and the claim a smoke test checks, as the spec names them. */
export function smokeTarget(
  spec: Spec,
  test: SmokeTestSpec,
): { app: AppSpec | undefined; claim: ClaimSpec | undefined; serverIndex: number } {
  const serverIndex = spec.authorizationServers.findIndex(
    (s) => s.id === test.authorizationServer || s.name === test.authorizationServer,
  );
  const claimType = test.token === "id" ? "IDENTITY" : "RESOURCE";
  return {
    app: spec.apps.find((a) => a.id === test.app || a.label === test.app),
    claim: spec.authorizationServers[serverIndex]?.claims.find(
      (c) => c.name === test.claim && c.claimType === claimType,
    ),
    serverIndex,
  };
}
