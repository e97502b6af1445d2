import type { Expr } from "../el/ast.js";
import { sameExpression, tryParse } from "../el/index.js";
import { print } from "../el/print.js";
import { mapAllowlistEntries } from "../el/render.js";
import { isGroupId } from "../model/ids.js";
import type { GroupDirectory } from "../model/live.js";
import type { Claim } from "../model/okta.js";
import type { DesiredClaim, FieldChange } from "../model/plan.js";
import type { ClaimSpec } from "../spec/model.js";

/** The spec's claim as Okta's wire body (canonical expression, names rendered to IDs) and its tree. */
export function desiredClaim(
  claim: ClaimSpec,
  groups: GroupDirectory,
): { desired: DesiredClaim; expr: Expr | undefined } {
  const expr =
    claim.expr &&
    mapAllowlistEntries(claim.expr, (entry) => (isGroupId(entry) ? entry : (groups.idOf(entry) ?? entry)));
  return {
    desired: {
      name: claim.name,
      status: claim.status,
      claimType: claim.claimType,
      valueType: claim.valueType,
      value: expr ? print(expr) : claim.value,
      conditions: { scopes: claim.scopes },
      alwaysIncludeInToken: claim.alwaysIncludeInToken,
      ...(claim.valueType === "GROUPS" ? { group_filter_type: claim.groupFilterType! } : {}),
    },
    expr,
  };
}

/** The fields of a claim to create, each from nothing. */
export function createdFields(desired: DesiredClaim, expr: Expr | undefined): FieldChange[] {
  const fields: [string, unknown][] = [
    ["status", desired.status],
    ["valueType", desired.valueType],
    ["value", desired.value],
    ...(desired.group_filter_type
      ? ([["group_filter_type", desired.group_filter_type]] as [string, unknown][])
      : []),
    ["conditions.scopes", desired.conditions.scopes],
    ["alwaysIncludeInToken", desired.alwaysIncludeInToken],
  ];
  return fields.map(([field, after]) => ({
    field,
    before: null,
    after,
    ...(field === "value" && expr ? { trees: { after: expr } } : {}),
  }));
}

/**
 * The fields in which a claim in Okta differs from the desired one (empty: the same). `expr`
 * is the desired value's tree, when the caller has it (Okta's value is parsed here, once).
 */
export function claimDifferences(current: Claim, desired: DesiredClaim, expr?: Expr): FieldChange[] {
  const fields: FieldChange[] = [];
  const differ = (field: string, before: unknown, after: unknown) =>
    fields.push({ field, before: before ?? null, after });
  if (current.status !== desired.status) differ("status", current.status, desired.status);
  if (current.valueType !== desired.valueType) differ("valueType", current.valueType, desired.valueType);
  const expressions = desired.valueType === "EXPRESSION" && current.valueType === "EXPRESSION";
  const sameValue = expressions
    ? sameExpression(current.value ?? "", expr ?? desired.value)
    : current.value === desired.value;
  if (!sameValue) {
    const before = current.valueType === "EXPRESSION" ? tryParse(current.value ?? "") : undefined;
    const trees = { ...(before ? { before } : {}), ...(expr ? { after: expr } : {}) };
    fields.push({
      field: "value",
      before: current.value ?? null,
      after: desired.value,
      ...(before || expr ? { trees } : {}),
    });
  }
  if (desired.valueType === "GROUPS" && current.group_filter_type !== desired.group_filter_type) {
    differ("group_filter_type", current.group_filter_type, desired.group_filter_type);
  }
  const scopes = current.conditions?.scopes ?? [];
  const wanted = desired.conditions.scopes;
  if (scopes.length !== wanted.length || !wanted.every((s) => scopes.includes(s)))
    differ("conditions.scopes", scopes, wanted);
  // Okta reports access-token claims as always included whatever was sent.
  if ((current.alwaysIncludeInToken ?? true) !== desired.alwaysIncludeInToken)
    differ("alwaysIncludeInToken", current.alwaysIncludeInToken, desired.alwaysIncludeInToken);
  return fields;
}

/** A claim in Okta as a delete shows it. */
export function liveClaimSummary(claim: Claim) {
  return {
    status: claim.status,
    valueType: claim.valueType,
    value: claim.value ?? null,
    ...(claim.group_filter_type ? { group_filter_type: claim.group_filter_type } : {}),
    conditions: { scopes: claim.conditions?.scopes ?? [] },
    alwaysIncludeInToken: claim.alwaysIncludeInToken ?? true,
  };
}
