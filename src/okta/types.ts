/**
 * The Okta resources okta-drift reads, typed where it looks and open elsewhere: unknown
 * fields are kept so that a read-modify-write sends them back unchanged.
 */
export interface OktaGroup {
  id: string;
  type: "OKTA_GROUP" | "APP_GROUP" | "BUILT_IN";
  profile: { name: string; description?: string } & Record<string, unknown>;
  [field: string]: unknown;
}

export interface OktaApp {
  id: string;
  name: string;
  label: string;
  status: string;
  signOnMode: string;
  profile?: Record<string, unknown>;
  [field: string]: unknown;
}

export type ClaimType = "RESOURCE" | "IDENTITY";
export type ClaimValueType = "EXPRESSION" | "GROUPS" | "SYSTEM";
export type GroupFilterType = "STARTS_WITH" | "EQUALS" | "CONTAINS" | "REGEX";

export interface OktaClaim {
  id: string;
  name: string;
  status: "ACTIVE" | "INACTIVE";
  claimType: ClaimType;
  valueType: ClaimValueType;
  value?: string;
  conditions?: { scopes?: string[] };
  system?: boolean;
  alwaysIncludeInToken?: boolean;
  group_filter_type?: GroupFilterType;
  [field: string]: unknown;
}

export interface OktaAuthorizationServer {
  id: string;
  name: string;
  audiences: string[];
  issuer: string;
  status: string;
  [field: string]: unknown;
}
