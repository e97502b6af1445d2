/**
 * The Okta resources okta-drift reads, typed where it looks and open elsewhere: unknown
 * fields are kept so that a read-modify-write sends them back unchanged. These are the
 * domain's view of Okta; how they travel (paths, filters, pages) is okta/'s business.
 */
/** A group as okta-drift keeps it: Okta's answer has more (links, dates), which nothing reads. */
export interface Group {
  id: string;
  type: "OKTA_GROUP" | "APP_GROUP" | "BUILT_IN";
  profile: { name: string };
  /** With `expand=stats`: how many users are in the group. */
  _embedded?: { stats?: { usersCount?: number } };
}

/** A group's member count, when the read asked for stats (and Okta gave a number). */
export function usersCount(group: Group): number | undefined {
  const count = group._embedded?.stats?.usersCount;
  return typeof count === "number" && Number.isSafeInteger(count) && count >= 0 ? count : undefined;
}

/** A user as a group's member list shows it: enough to name them in a report. */
export interface GroupMember {
  id: string;
  login: string;
}

export interface App {
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

export interface Claim {
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

export interface AuthorizationServer {
  id: string;
  name: string;
  audiences: string[];
  issuer: string;
  status: string;
  [field: string]: unknown;
}

/**
 * What an app's profile holds under `key`, own keys only: a key named like an Object.prototype
 * member (`constructor`) is just a key the app may not have.
 */
export function profileValue(app: App, key: string): unknown {
  return app.profile && Object.hasOwn(app.profile, key) ? app.profile[key] : undefined;
}
