import type { Expr } from "../el/ast.js";
import type { SourceLocation } from "../errors.js";
import type { TokenImpact } from "./impact.js";
import type { Finding } from "./lint.js";
import type { ClaimType, ClaimValueType, GroupFilterType } from "./okta.js";

/** What Okta should hold for a managed claim: the body okta-drift sends on create or replace. */
export interface DesiredClaim {
  name: string;
  status: "ACTIVE" | "INACTIVE";
  claimType: ClaimType;
  valueType: Exclude<ClaimValueType, "SYSTEM">;
  /** EXPRESSION values in canonical spelling, group names rendered to IDs. */
  value: string;
  conditions: { scopes: string[] };
  alwaysIncludeInToken: boolean;
  group_filter_type?: GroupFilterType;
}

/** One field that differs, with Okta's value and the spec's. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
  /** For an expression's value: the parsed trees of before and after, so reports need not parse. */
  trees?: { before?: Expr; after?: Expr };
}

interface ChangeBase {
  action: "create" | "update" | "delete";
  /** Where the spec says what this change is about. */
  spec: SourceLocation;
  fields: FieldChange[];
}

/** A managed profile key of an app: its allowlist of group IDs. */
export interface AppProfileChange extends ChangeBase {
  resource: "app-profile";
  action: "update";
  appId: string;
  appLabel: string;
  key: string;
  /** The allowlist to write, as group IDs in the spec's order. */
  allowlist: string[];
  /** Whether order is part of the allowlist (the spec said `ordered: true`). */
  ordered: boolean;
}

export interface ClaimChange extends ChangeBase {
  resource: "claim";
  serverId: string;
  serverName: string | undefined;
  /** Okta's claim ID; absent for a create. */
  claimId: string | undefined;
  claimName: string;
  claimType: ClaimType;
  /** The body to send; absent for a delete. */
  desired: DesiredClaim | undefined;
  /** The desired value's parsed tree, for EXPRESSION claims (`desired.value` is its printed form). */
  desiredExpr?: Expr | undefined;
}

export type Change = AppProfileChange | ClaimChange;

/** A claim in Okta that the spec does not name, left alone because pruning is off. */
export interface UnmanagedClaim {
  resource: "claim";
  serverId: string;
  serverName: string | undefined;
  claimId: string;
  claimName: string;
  claimType: ClaimType;
}

/** What diff finds: the changes, the claims left alone, and the hash that identifies them. */
export interface Diff {
  /** The org planned, for one org of a many-org spec (its hash covers the name). */
  org?: string;
  changes: Change[];
  unmanaged: UnmanagedClaim[];
  /** Identifies this plan: see plan/hash.ts. */
  hash: string;
}

/** A diff with the names of the groups it shows, ready for reports and apply. */
export interface Plan extends Diff {
  /** Group ID → name for every group the run learned, so reports can show names. */
  groupNames: Record<string, string>;
  /** What claim lint found, offline rules and tenant rules, in spec order. Not in the hash. */
  findings: Finding[];
  /** Who the plan lets in or out: the groups entering and leaving each app's claims. Not in the hash. */
  impact: TokenImpact[];
}
