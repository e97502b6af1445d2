import type { ClaimRecord, ScopeRecord } from "./store.js";

/**
 * What a new custom authorization server starts with, as recorded from a real org
 * ([VCR:TestAccResourceOktaAuthServerClaimDefault_crud]): the `sub` expression claim and 18
 * OIDC identity claims with no value, all `system: true`, in Okta's order.
 */
const SYSTEM_CLAIMS: [name: string, scope: string, always: boolean][] = [
  ["middle_name", "profile", false],
  ["zoneinfo", "profile", false],
  ["website", "profile", false],
  ["updated_at", "profile", false],
  ["profile", "profile", false],
  ["preferred_username", "profile", true],
  ["picture", "profile", false],
  ["phone_number", "phone", false],
  ["nickname", "profile", false],
  ["name", "profile", true],
  ["sub", "", true],
  ["locale", "profile", false],
  ["given_name", "profile", false],
  ["gender", "profile", false],
  ["family_name", "profile", false],
  ["email_verified", "email", false],
  ["email", "email", true],
  ["birthdate", "profile", false],
  ["address", "address", false],
];

export const SUB_EXPRESSION = "(appuser != null) ? appuser.userName : app.clientId";

export function systemClaims(id: () => string): ClaimRecord[] {
  return SYSTEM_CLAIMS.map(([name, scope, always]) =>
    name === "sub"
      ? {
          id: id(),
          name,
          status: "ACTIVE",
          claimType: "RESOURCE",
          valueType: "EXPRESSION",
          value: SUB_EXPRESSION,
          conditions: { scopes: [] },
          system: true,
          alwaysIncludeInToken: true,
        }
      : {
          id: id(),
          name,
          status: "ACTIVE",
          claimType: "IDENTITY",
          valueType: "SYSTEM",
          conditions: { scopes: [scope] },
          system: true,
          alwaysIncludeInToken: always,
        },
  );
}

/** The reserved OIDC scopes every custom server has. */
export const RESERVED_SCOPES = [
  "openid",
  "profile",
  "email",
  "address",
  "phone",
  "offline_access",
  "device_sso",
];

export function systemScopes(id: () => string): ScopeRecord[] {
  return RESERVED_SCOPES.map((name) => ({
    id: id(),
    name,
    consent: "IMPLICIT",
    default: false,
    metadataPublish: "ALL_CLIENTS",
    system: true,
  }));
}
