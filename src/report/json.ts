import type { Change, Plan } from "../model/plan.js";
import { printable } from "../printable.js";

/**
 * The JSON report (`plan --format json`), a stable public schema documented in the README:
 * one row per changed field; create and delete rows carry the whole claim in before/after.
 */
export interface JsonReport {
  drift: boolean;
  planHash: string;
  changes: JsonChange[];
  unmanaged: {
    resource: "claim";
    id: string;
    name: string;
    claimType: string;
    authorizationServer: string;
  }[];
  groupNames: Record<string, string>;
  /** Who the plan lets in or out: per app and claim, the groups entering and leaving (see README). */
  impact: {
    app: string;
    appLabel: string;
    authorizationServer: string;
    claim: string;
    claimType: string;
    cause: "allowlist" | "claim" | "both";
    entering: { id: string; name: string | null; members: number | null }[];
    leaving: { id: string; name: string | null; members: number | null }[];
    limit: { before: number | null; after: number | null };
    unknown: "before" | "after" | "both" | null;
    /** With --impact users: logins gaining and losing a group in this claim. */
    users: { gaining: string[]; losing: string[]; truncated: boolean } | null;
  }[];
  /** Claim lint findings; `ignored` is the spec's reason, null when the finding counts. */
  lint: {
    rule: string;
    severity: "error" | "warning";
    message: string;
    ignored: string | null;
    spec: { file: string; line: number; col: number; field: string };
  }[];
}

export interface JsonChange {
  action: Change["action"];
  resource: Change["resource"];
  /** The Okta ID of the resource changed: the app, or the claim (null for a create). */
  id: string | null;
  /** What a person calls it: `Sample Client profile.groupwhitelist`, `groups (RESOURCE)`. */
  name: string;
  /** The authorization server of a claim. */
  parent: string | null;
  field: string;
  before: unknown;
  after: unknown;
  spec: { file: string; line: number };
}

export function jsonReport(plan: Plan): JsonReport {
  return {
    drift: plan.changes.length > 0,
    planHash: plan.hash,
    changes: plan.changes.flatMap((change) =>
      change.fields.map((f) => ({
        action: change.action,
        resource: change.resource,
        id: change.resource === "app-profile" ? change.appId : (change.claimId ?? null),
        name: changeName(change),
        parent: change.resource === "claim" ? change.serverId : null,
        field: f.field,
        before: f.before,
        after: f.after,
        spec: { file: change.spec.file, line: change.spec.line },
      })),
    ),
    unmanaged: plan.unmanaged.map((u) => ({
      resource: u.resource,
      id: u.claimId,
      name: u.claimName,
      claimType: u.claimType,
      authorizationServer: u.serverId,
    })),
    groupNames: plan.groupNames,
    impact: plan.impact.map((i) => {
      const group = (g: { id: string; members: number | undefined }) => ({
        id: g.id,
        name: Object.hasOwn(plan.groupNames, g.id) ? plan.groupNames[g.id]! : null,
        members: g.members ?? null,
      });
      return {
        app: i.appId,
        appLabel: printable(i.appLabel),
        authorizationServer: i.serverId,
        claim: printable(i.claimName),
        claimType: i.claimType,
        cause: i.cause,
        entering: i.entering.map(group),
        leaving: i.leaving.map(group),
        limit: { before: i.limit.before ?? null, after: i.limit.after ?? null },
        unknown: i.unknown ?? null,
        users: i.users
          ? {
              gaining: i.users.gaining.map(printable),
              losing: i.users.losing.map(printable),
              truncated: i.users.truncated,
            }
          : null,
      };
    }),
    lint: plan.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: printable(f.message),
      ignored: f.ignored ?? null,
      spec: { file: f.spec.file, line: f.spec.line, col: f.spec.col, field: f.spec.field },
    })),
  };
}

/** What a person calls a change's resource (printable: labels and names come from Okta and the spec). */
export function changeName(change: Change): string {
  return printable(
    change.resource === "app-profile"
      ? `${change.appLabel} profile.${change.key}`
      : `${change.claimName} (${change.claimType})`,
  );
}
