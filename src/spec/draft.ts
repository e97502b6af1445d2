import type { ClaimType, GroupFilterType } from "../model/okta.js";

/**
 * A spec about to be written (by import): the parts of a spec, in spec vocabulary, each with
 * the comment it gets in the file. Values are what the spec will say; comments are for people.
 */
export interface SpecDraft {
  /** Group name → ID pins, for names that more than one group carries. */
  pins: [name: string, id: string][];
  apps: DraftApp[];
  servers: DraftServer[];
}

/** A group as the spec names it: by name where that is unambiguous, else by ID. */
export interface DraftGroupRef {
  ref: string;
  /** Why the group is named by ID, when it is. */
  note?: string;
}

export interface DraftApp {
  id: string;
  /** The app's label in Okta, written as a comment beside its ID. */
  label: string;
  profile: [key: string, groups: DraftGroupRef[]][];
}

export interface DraftClaim {
  name: string;
  claimType: ClaimType;
  valueType: "EXPRESSION" | "GROUPS";
  value: string;
  groupFilterType?: GroupFilterType;
  scopes: string[];
  alwaysIncludeInToken: boolean;
  status: "ACTIVE" | "INACTIVE";
  /** Something a reader of the value should know (a group that is gone, a value kept as is). */
  note?: string;
}

export interface DraftServer {
  id: string;
  /** The server's name in Okta, written as a comment beside its ID. */
  name: string;
  claims: DraftClaim[];
}
