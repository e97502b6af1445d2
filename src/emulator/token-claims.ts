import { type ElContext, ElEvaluationError, type ElGroup, evaluate } from "../el/evaluate.js";
import { parse } from "../el/parse.js";
import { fullMatch } from "../impact/full-match.js";
import { groupMatcher } from "../impact/group-filters.js";
import { OAuthHttpError } from "./http.js";
import type { AppRecord, ClaimRecord, GroupRecord, ServerRecord, TenantStore, UserRecord } from "./store.js";

/** "Up to 100 groups are included in the claim. If the filter results in more than that, the request fails." */
const MAX_GROUPS_IN_CLAIM = 100;

export interface Grant {
  server: ServerRecord;
  app: AppRecord;
  user: UserRecord | undefined;
  scopes: string[];
}

/**
 * The custom claims of one token, evaluated as Okta does at mint time: active claims of the
 * token's type whose scope condition the grant meets. `withAccessToken`: an ID token issued
 * alongside an access token (or by authorization_code) leaves out IDENTITY claims whose
 * alwaysIncludeInToken is false.
 */
export function customClaims(
  store: TenantStore,
  grant: Grant,
  token: "access" | "id",
  withAccessToken: boolean,
): Record<string, unknown> {
  const claims: Record<string, unknown> = {};
  const type = token === "access" ? "RESOURCE" : "IDENTITY";
  const context = elContext(store, grant);
  for (const claim of grant.server.claims.values()) {
    if (claim.status !== "ACTIVE" || claim.claimType !== type) continue;
    if (claim.conditions.scopes.length > 0 && !claim.conditions.scopes.some((s) => grant.scopes.includes(s)))
      continue;
    if (token === "id" && withAccessToken && !claim.alwaysIncludeInToken) continue;
    const value = claimValue(store, claim, grant, context);
    if (value !== null && value !== undefined) claims[claim.name] = value;
  }
  return claims;
}

function claimValue(store: TenantStore, claim: ClaimRecord, grant: Grant, context: ElContext): unknown {
  if (claim.valueType === "SYSTEM") return grant.user ? systemClaim(claim.name, grant.user) : undefined;
  if (claim.valueType === "GROUPS") {
    if (!grant.user) return undefined;
    const matches = groupFilterOf(claim);
    const names = store
      .groupsOfUser(grant.user.id)
      .filter((g) => matches(g.profile.name))
      .map((g) => g.profile.name);
    return limitGroups(claim, names);
  }
  try {
    const value = evaluate(parse(claim.value ?? ""), context);
    return Array.isArray(value) ? limitGroups(claim, value) : value;
  } catch (error) {
    if (error instanceof OAuthHttpError) throw error;
    const detail = error instanceof ElEvaluationError ? error.message : (error as Error).message;
    throw new OAuthHttpError(
      400,
      "invalid_request",
      `The '${claim.name}' claim could not be evaluated: ${detail}`,
    );
  }
}

function limitGroups(claim: ClaimRecord, values: unknown[]): unknown[] {
  if (values.length > MAX_GROUPS_IN_CLAIM) {
    throw new OAuthHttpError(
      400,
      "invalid_request",
      `The '${claim.name}' claim has ${values.length} groups; a groups claim may hold at most ${MAX_GROUPS_IN_CLAIM}.`,
    );
  }
  return values;
}

/**
 * The filter as okta-drift's impact reads it (one rule for both), REGEX on RE2: a tenant file's
 * or an applied spec's pattern cannot stall token minting. A pattern RE2 cannot run matches nothing.
 */
function groupFilterOf(claim: ClaimRecord): (name: string) => boolean {
  const matcher =
    claim.group_filter_type &&
    groupMatcher({ type: claim.group_filter_type, value: claim.value ?? "" }, fullMatch);
  return matcher || (() => false);
}

function systemClaim(name: string, user: UserRecord): unknown {
  const p = user.profile;
  switch (name) {
    case "name":
      return [p.firstName, p.lastName].filter(Boolean).join(" ");
    case "preferred_username":
      return p.login;
    case "email":
      return p.email;
    case "email_verified":
      return true;
    case "given_name":
      return p.firstName;
    case "family_name":
      return p.lastName;
    case "middle_name":
      return p.middleName;
    case "nickname":
      return p.nickName;
    case "locale":
      return p.locale;
    case "zoneinfo":
      return p.timezone;
    case "phone_number":
      return p.mobilePhone;
    case "updated_at":
      return Math.floor(Date.parse(user.lastUpdated) / 1000);
    default:
      return undefined;
  }
}

function elGroup(g: GroupRecord): ElGroup {
  return {
    id: g.id,
    name: g.profile.name,
    description: g.profile.description,
    type: g.type,
    objectClass: g.objectClass,
    profile: g.profile,
  };
}

function elContext(store: TenantStore, grant: Grant): ElContext {
  const credentials = grant.app.body.credentials as { oauthClient?: { client_id?: string } } | undefined;
  const user = grant.user;
  return {
    app: {
      id: grant.app.id,
      clientId: credentials?.oauthClient?.client_id ?? grant.app.id,
      profile: (grant.app.body.profile ?? {}) as Record<string, unknown>,
    },
    ...(user
      ? {
          user: {
            id: user.id,
            login: user.profile.login,
            profile: user.profile,
            groups: store.groupsOfUser(user.id).map(elGroup),
          },
        }
      : {}),
    access: { scope: grant.scopes },
  };
}
