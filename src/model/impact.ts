import type { ClaimType } from "./okta.js";

/** A group entering or leaving a claim, with its member count when Okta gave one. */
export interface ImpactGroup {
  id: string;
  members: number | undefined;
}

/**
 * What a plan changes in the tokens one app gets from one server: the groups a claim can carry
 * for it before and after, and its limit. Only pairs where something changes are listed.
 */
export interface TokenImpact {
  appId: string;
  appLabel: string;
  serverId: string;
  serverName: string | undefined;
  claimName: string;
  claimType: ClaimType;
  /** Why the claim's groups change: its app's allowlist, the claim itself, or both. */
  cause: "allowlist" | "claim" | "both";
  entering: ImpactGroup[];
  leaving: ImpactGroup[];
  limit: { before: number | undefined; after: number | undefined };
  /** The claim's group set could not be worked out on one side (a GROUPS filter, an expression okta-drift cannot read). */
  unknown?: "before" | "after" | "both";
  /**
   * Why: a GROUPS filter whose groups were not listed (CONTAINS and REGEX need --impact groups),
   * or an expression okta-drift cannot read (the Groups.* functions, say).
   */
  unknownBecause?: "group-filter" | "expression";
  /** A GROUPS claim's filter (`STARTS_WITH West`) before and after, when it changes. */
  filter?: { before: string | undefined; after: string | undefined };
  /** With --impact users: who gains and loses a group in this claim (logins). */
  users?: { gaining: string[]; losing: string[]; truncated: boolean };
}

/** With --impact users: a user in more allowlisted groups than a claim's limit gets no token. */
export interface OverLimitUser {
  login: string;
  appLabel: string;
  claimName: string;
  claimType: ClaimType;
  groups: number;
  limit: number;
  /** Where the allowlist is written in the spec, for the finding. */
  allowlistPath: (string | number)[];
}
