import * as core from "@actions/core";
import { plan as planEngine } from "../engine.js";
import { SpecError, UserError } from "../errors.js";
import { failsRun } from "../model/lint.js";
import type { OrgPlan } from "../model/orgs.js";
import { countOf } from "../report/lint.js";
import { orgsJsonReport, orgsMarkdownReport, orgsSarifReport } from "../report/orgs.js";
import type { ActionSettings } from "./inputs.js";
import { publishPlans, sharePlan } from "./plan.js";
import type { SpecResult } from "./results.js";
import type { OrgTarget } from "./targets.js";

/**
 * plan of several orgs of one spec (org: all, or a list): every org at once, one report with
 * a column per org, one comment recording each org's plan hash (apply on merge takes its
 * org's). One org's failure is its column, and fails the step after the others are reported.
 */
export async function planOrgsCommand(
  settings: ActionSettings,
  targets: OrgTarget[],
  index: number,
): Promise<SpecResult> {
  const options = {
    ...(settings.impactUsers ? { impactUsers: settings.impactUsers } : {}),
    impactGroups: settings.impactGroups,
  };
  const outcomes = await Promise.all(
    targets.map(async (target): Promise<OrgPlan> => {
      const org = target.org!;
      const url = target.url.origin;
      if (!target.admin) return { org, url, status: "error", error: target.missing };
      try {
        const { plan } = await planEngine(target.loaded, target.admin, options);
        return { org, url, status: "planned", plan };
      } catch (error) {
        if (error instanceof UserError || error instanceof SpecError)
          return { org, url, status: "error", error: error.message };
        throw error;
      }
    }),
  );
  const planned = outcomes.flatMap((o) => (o.status === "planned" ? [o.plan] : []));
  const report = orgsMarkdownReport(outcomes, {
    specFile: settings.specFile,
    applyHint: (org, plan) =>
      settings.event.pullRequest
        ? `Merging applies this plan to ${org} if the merge workflow applies it (org: ${org}, plan-hash: from-pull-request), and only while ${org} still matches what it was planned from.`
        : `To apply this plan, run the apply workflow with org \`${org}\` and plan-hash \`${plan.hash}\`.`,
  });
  const json = await publishPlans(settings, planned, report, index, {
    json: orgsJsonReport(outcomes),
    sarif: orgsSarifReport(outcomes),
  });
  const changes = planned.reduce((sum, p) => sum + p.changes.length, 0);
  const drift = changes > 0;
  await sharePlan(settings, report, drift, {
    status: "planned",
    planHashes: Object.fromEntries(planned.map((p) => [p.org!, p.hash])),
  });
  for (const o of outcomes) {
    if (o.status === "error") core.setFailed(`org ${o.org}: ${o.error}`);
    else if (failsRun(o.plan.findings))
      core.setFailed(`claim lint of ${settings.specFile} in ${o.org}: ${countOf(o.plan.findings)}`);
    else
      core.info(
        `${o.org}: ${o.plan.changes.length === 0 ? "no drift" : `${o.plan.changes.length} change(s)`}`,
      );
  }
  if (drift && settings.failOnDrift)
    core.setFailed(`Okta drifts from ${settings.specFile}: ${changes} change(s) in ${targets.length} orgs`);
  return {
    spec: settings.specFile,
    status: outcomes.some((o) => o.status === "error") ? "error" : "planned",
    drift,
    changes,
    report,
    json,
    orgs: outcomes.map((o) =>
      o.status === "planned"
        ? {
            org: o.org,
            status: "planned",
            drift: o.plan.changes.length > 0,
            changes: o.plan.changes.length,
            planHash: o.plan.hash,
          }
        : { org: o.org, status: "error" },
    ),
  };
}
