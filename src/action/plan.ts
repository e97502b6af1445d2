import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import * as core from "@actions/core";
import { plan as planEngine } from "../engine.js";
import { UserError } from "../errors.js";
import { isForbidden } from "../github/client.js";
import type { PlanCommentState } from "../github/comment.js";
import { syncDriftIssue } from "../github/drift-issue.js";
import { failsRun } from "../model/lint.js";
import type { Plan } from "../model/plan.js";
import type { AdminGateway } from "../okta/admin.js";
import { changeName, jsonReport } from "../report/json.js";
import { countOf } from "../report/lint.js";
import { fitComment, markdownReport } from "../report/markdown.js";
import { sarifReport } from "../report/sarif.js";
import type { LoadedSpec } from "../spec/load.js";
import type { ActionSettings } from "./inputs.js";
import { driftSubject, gitHubOf, pullRequestTarget, writePlanComment } from "./pull-request.js";
import type { SpecResult } from "./results.js";

/** plan: the report in the summary, annotations, the pull request comment, the drift issue. */
export async function planCommand(
  settings: ActionSettings,
  loaded: LoadedSpec,
  okta: AdminGateway,
  index: number,
): Promise<SpecResult> {
  const { plan } = await planEngine(loaded, okta, {
    ...(settings.impactUsers ? { impactUsers: settings.impactUsers } : {}),
    impactGroups: settings.impactGroups,
  });
  const report = markdownReport(plan, {
    specFile: settings.specFile,
    applyHint: settings.event.pullRequest
      ? "Merging applies this plan if the merge workflow is set up (plan-hash: from-pull-request), and only while Okta still matches what it was planned from."
      : `To apply this plan, run the apply workflow with ${settings.org === undefined ? "" : `org \`${settings.org}\` and `}plan-hash \`${plan.hash}\`.`,
  });
  const json = await publishPlan(settings, plan, report, index);
  const drift = plan.changes.length > 0;
  await sharePlan(settings, report, drift, {
    status: "planned",
    ...(settings.org === undefined ? { planHash: plan.hash } : { planHashes: { [settings.org]: plan.hash } }),
  });
  core.info(
    drift ? `${plan.changes.length} change(s) would make Okta match ${settings.specFile}` : "No drift",
  );
  if (drift && settings.failOnDrift)
    core.setFailed(`Okta drifts from ${settings.specFile}: ${plan.changes.length} change(s)`);
  if (failsRun(plan.findings))
    core.setFailed(`claim lint of ${settings.specFile}: ${countOf(plan.findings)}`);
  return {
    spec: settings.specFile,
    status: "planned",
    drift,
    changes: plan.changes.length,
    planHash: plan.hash,
    report,
    json,
  };
}

/**
 * The plan where people see it: the pull request's comment (with the state apply on merge
 * reads), else a notice that it is only in the summary; and the drift issue when asked.
 */
export async function sharePlan(
  settings: ActionSettings,
  report: string,
  drift: boolean,
  state: PlanCommentState,
): Promise<void> {
  const target = settings.comment === "never" ? undefined : pullRequestTarget(settings);
  if (target)
    await writePlanComment(
      settings,
      target,
      {
        state: { ...state, ...(settings.event.headSha ? { sha: settings.event.headSha } : {}) },
        body: report,
      },
      settings.comment === "always" || drift,
    );
  else if (settings.event.pullRequest !== undefined && settings.comment !== "never")
    core.notice("No GitHub token or pull request: the plan is in the job summary, not in a comment.");
  if (settings.driftIssue) await driftIssue(settings, report, drift);
}

/** The job summary, annotations on the spec's lines, the JSON plan and the SARIF file when asked. */
async function publishPlan(
  settings: ActionSettings,
  plan: Plan,
  report: string,
  index: number,
): Promise<string> {
  return publishPlans(settings, [plan], report, index, { json: jsonReport(plan), sarif: sarifReport(plan) });
}

/** publishPlan for one or more plans of a spec (one per org): `documents` are what the files hold. */
export async function publishPlans(
  settings: ActionSettings,
  plans: Plan[],
  report: string,
  index: number,
  documents: { json: object; sarif: object },
): Promise<string> {
  const jsonPath = join(
    settings.env.RUNNER_TEMP ?? tmpdir(),
    index === 0 ? "okta-drift-plan.json" : `okta-drift-plan-${index + 1}.json`,
  );
  await writeFile(jsonPath, `${JSON.stringify(documents.json, null, 2)}\n`);
  await core.summary.addRaw(report).write();
  const annotate = settings.failOnDrift ? core.error : core.warning;
  for (const plan of plans)
    for (const change of plan.changes)
      annotate(
        `${plan.org === undefined ? "" : `[${plan.org}] `}${changeName(change)} would be ${change.action}d: ${change.fields.map((f) => f.field).join(", ")}`,
        {
          title: "okta-drift",
          file: change.spec.file,
          startLine: change.spec.line,
          startColumn: change.spec.col,
        },
      );
  if (settings.sarifFile)
    await writeFile(
      resolve(settings.workspace, numbered(settings.sarifFile, index)),
      `${JSON.stringify(documents.sarif, null, 2)}\n`,
    );
  return jsonPath;
}

/** The file of the spec at `index` when the Action plans several: `plan.sarif`, `plan-2.sarif`, ... */
function numbered(file: string, index: number): string {
  if (index === 0) return file;
  const dot = file.lastIndexOf(".");
  return dot > file.lastIndexOf("/")
    ? `${file.slice(0, dot)}-${index + 1}${file.slice(dot)}`
    : `${file}-${index + 1}`;
}

async function driftIssue(settings: ActionSettings, report: string, drift: boolean): Promise<void> {
  const { repo } = settings.event;
  if (!settings.githubToken || !repo) throw new UserError("drift-issue needs github-token and a repository");
  const body = fitComment(
    report,
    `The report was cut to fit; the whole report is in the [job summary](${settings.event.runUrl}).`,
  );
  const result = await syncDriftIssue(gitHubOf(settings), repo, {
    specFile: driftSubject(settings),
    drift,
    body,
    runUrl: settings.event.runUrl,
  }).catch((error: unknown) => {
    if (!isForbidden(error)) throw error;
    throw new UserError(
      "drift-issue: this run's token may not write issues (Resource not accessible by integration); give the job permissions: issues: write, or turn drift-issue off",
    );
  });
  if (result.action !== "none") core.info(`Drift issue #${result.number}: ${result.action}`);
}
