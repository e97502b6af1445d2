import { OktaHttpError, validationFailed } from "../http.js";
import type { Route } from "../router.js";
import type { ClaimRecord } from "../store.js";
import { claimJson } from "../wire.js";
import { collectionRoutes, type Json, ONE_SERVER, serverOf } from "./authorization-servers.js";

const CLAIM_TYPES = ["RESOURCE", "IDENTITY"];
const VALUE_TYPES = ["EXPRESSION", "GROUPS"];
const FILTER_TYPES = ["STARTS_WITH", "EQUALS", "CONTAINS", "REGEX"];

/**
 * Validates a claim body. Okta checks the shape but not the expression: a bad expression
 * is saved and fails only when a token is minted (wire reference §1.4).
 */
export function claimFromBody(body: Json, id: string, existing?: ClaimRecord): ClaimRecord {
  const causes: string[] = [];
  if ("groupFilterType" in body)
    causes.push("groupFilterType: Property name 'groupFilterType' is not defined; use group_filter_type");
  if (typeof body.name !== "string" || body.name === "") causes.push("name: The field cannot be left blank");
  if (!existing?.system) {
    if (!CLAIM_TYPES.includes(String(body.claimType)))
      causes.push("claimType: Must be one of RESOURCE, IDENTITY");
    if (!VALUE_TYPES.includes(String(body.valueType)))
      causes.push("valueType: Must be one of EXPRESSION, GROUPS");
    if (typeof body.value !== "string" || body.value === "")
      causes.push("value: The field cannot be left blank");
    if (body.valueType === "GROUPS" && !FILTER_TYPES.includes(String(body.group_filter_type))) {
      causes.push("group_filter_type: Must be one of STARTS_WITH, EQUALS, CONTAINS, REGEX");
    }
  }
  if (body.status !== undefined && body.status !== "ACTIVE" && body.status !== "INACTIVE")
    causes.push("status: Must be one of ACTIVE, INACTIVE");
  if (causes.length > 0) throw validationFailed("claim", causes);
  const conditions = (body.conditions ?? {}) as { scopes?: unknown };
  const claim: ClaimRecord = {
    id,
    name: String(body.name),
    status: (body.status as ClaimRecord["status"]) ?? "ACTIVE",
    claimType: existing?.system ? existing.claimType : (body.claimType as ClaimRecord["claimType"]),
    valueType: existing?.system ? existing.valueType : (body.valueType as ClaimRecord["valueType"]),
    conditions: { scopes: Array.isArray(conditions.scopes) ? conditions.scopes.map(String) : [] },
    system: existing?.system ?? false,
    alwaysIncludeInToken: typeof body.alwaysIncludeInToken === "boolean" ? body.alwaysIncludeInToken : true,
  };
  // "The value is always TRUE for access token Claims" (OAuth2Claim.alwaysIncludeInToken).
  if (claim.claimType === "RESOURCE") claim.alwaysIncludeInToken = true;
  const value = existing?.system ? existing.value : body.value;
  if (typeof value === "string") claim.value = value;
  if (claim.valueType === "GROUPS")
    claim.group_filter_type = body.group_filter_type as ClaimRecord["group_filter_type"];
  return claim;
}

function assertUniqueClaim(claims: Map<string, ClaimRecord>, claim: ClaimRecord): void {
  for (const other of claims.values()) {
    if (other.id !== claim.id && other.name === claim.name && other.claimType === claim.claimType) {
      throw validationFailed("name", [
        `name: A claim with the name '${claim.name}' and claim type '${claim.claimType}' already exists.`,
      ]);
    }
  }
}

export function claimRoutes(): Route[] {
  return collectionRoutes<ClaimRecord>({
    path: `${ONE_SERVER}/claims`,
    param: "claimId",
    resource: "OAuth2Claim",
    idPrefix: "ocl",
    items: (ctx) => serverOf(ctx).claims,
    fromBody: (_ctx, body, id, existing) => claimFromBody(body, id, existing),
    toJson: (ctx, claim) => claimJson(ctx.org, ctx.params.serverId!, claim),
    check: assertUniqueClaim,
    checkDelete: (claim) => {
      if (claim.system)
        throw new OktaHttpError(
          403,
          "E0000006",
          "You do not have permission to perform the requested action",
        );
    },
  });
}
