import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  printable
} from "./chunk-YPXYFTOR.js";

// src/report/json.ts
function jsonReport(plan) {
  return {
    ...plan.org === void 0 ? {} : { org: plan.org },
    drift: plan.changes.length > 0,
    planHash: plan.hash,
    changes: plan.changes.flatMap(
      (change) => change.fields.map((f) => ({
        action: change.action,
        resource: change.resource,
        id: change.resource === "app-profile" ? change.appId : change.claimId ?? null,
        name: changeName(change),
        parent: change.resource === "claim" ? change.serverId : null,
        field: f.field,
        before: f.before,
        after: f.after,
        spec: { file: change.spec.file, line: change.spec.line }
      }))
    ),
    unmanaged: plan.unmanaged.map((u) => ({
      resource: u.resource,
      id: u.claimId,
      name: u.claimName,
      claimType: u.claimType,
      authorizationServer: u.serverId
    })),
    groupNames: plan.groupNames,
    impact: plan.impact.map((i) => {
      const group = (g) => ({
        id: g.id,
        name: Object.hasOwn(plan.groupNames, g.id) ? plan.groupNames[g.id] : null,
        members: g.members ?? null
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
        unknownBecause: i.unknownBecause ?? null,
        filter: i.filter ? {
          before: i.filter.before === void 0 ? null : printable(i.filter.before),
          after: i.filter.after === void 0 ? null : printable(i.filter.after)
        } : null,
        users: i.users ? {
          gaining: i.users.gaining.map(printable),
          losing: i.users.losing.map(printable),
          truncated: i.users.truncated
        } : null
      };
    }),
    lint: plan.findings.map((f) => ({
      // Findings come only from the rules table, whose keys are the IDs.
      rule: f.rule,
      severity: f.severity,
      message: printable(f.message),
      ignored: f.ignored ?? null,
      spec: { file: f.spec.file, line: f.spec.line, col: f.spec.col, field: f.spec.field }
    }))
  };
}
function changeName(change) {
  return printable(
    change.resource === "app-profile" ? `${change.appLabel} profile.${change.key}` : `${change.claimName} (${change.claimType})`
  );
}

export {
  jsonReport,
  changeName
};
