import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import * as core from "@actions/core";
import { apply, plan as planEngine, smoke } from "../engine.js";
import { formatProblem, SpecError, UserError } from "../errors.js";
import { createGitHub, isForbidden } from "../github/client.js";
import { commentMarker, upsertStickyComment } from "../github/comment.js";
import { syncDriftIssue } from "../github/drift-issue.js";
import type { Plan } from "../model/plan.js";
import { type AdminGateway, OktaAdmin } from "../okta/admin.js";
import { oktaCredentials } from "../okta/credentials.js";
import { OAuthClient } from "../okta/oauth.js";
import { printable } from "../printable.js";
import { readSpecFile, SpecFileMissing } from "../read-spec.js";
import { applyTextReport } from "../report/apply.js";
import { changeName, jsonReport } from "../report/json.js";
import { escapeMarkdown, fitComment, markdownReport } from "../report/markdown.js";
import { sarifReport } from "../report/sarif.js";
import { secretsFromEnv } from "../smoke/secrets.js";
import type { LoadedSpec } from "../spec/load.js";
import { type ActionSettings, readSettings } from "./inputs.js";

/**
 * The Action, as actions/typescript-action shapes it: inputs → engine → outputs, summary,
 * annotations and comments. Never throws: a failure fails the step with a clear message.
 */
export async function run(env: Record<string, string | undefined> = process.env): Promise<void> {
  try {
    await runCommand(readSettings(env));
  } catch (error) {
    await reportFailure(error);
  }
}

async function runCommand(settings: ActionSettings): Promise<void> {
  const loaded = await readSpecFile(settings.specFile, settings.workspace).catch((error: unknown) => {
    if (!(error instanceof SpecFileMissing)) throw error;
    throw new UserError(
      `the spec ${settings.specFile} is not in the workspace (${settings.workspace}): run actions/checkout before okta-drift, or point the spec input at the file`,
    );
  });
  const { orgUrl } = settings;
  if (!orgUrl) throw new UserError("input okta-org-url is required (e.g. https://example.okta.com)");
  // Write scopes only for apply.
  const credentials = oktaCredentials(orgUrl, settings, settings.command === "apply" ? "write" : "read");
  const admin = credentials && OktaAdmin.connect({ orgUrl, credentials, log: (m) => core.info(m) });
  // Smoke tests need the admin API only for what the spec leaves out.
  if (settings.command === "smoke") return smokeCommand(settings, loaded, orgUrl, admin);
  if (!admin) {
    if (settings.event.fromFork) {
      core.notice(
        "Okta secrets are not available to pull requests from forks, so okta-drift did not read Okta. A maintainer can run the plan from a branch of this repository.",
      );
      await core.summary
        .addHeading("okta-drift", 3)
        .addRaw("Skipped: pull requests from forks get no secrets, so Okta was not read.")
        .write();
      return;
    }
    throw new UserError("input okta-api-token (or okta-client-id and okta-private-key) is required");
  }
  return settings.command === "plan"
    ? planCommand(settings, loaded, admin)
    : applyCommand(settings, loaded, admin);
}

async function planCommand(settings: ActionSettings, loaded: LoadedSpec, okta: AdminGateway): Promise<void> {
  const { plan } = await planEngine(loaded, okta);
  const report = markdownReport(plan, {
    specFile: settings.specFile,
    applyHint: `To apply this plan, run the apply workflow with plan-hash \`${plan.hash}\`.`,
  });
  await publishPlan(settings, plan, report);

  const drift = plan.changes.length > 0;
  if (settings.event.pullRequest !== undefined && settings.comment !== "never")
    await comment(settings, report, drift);
  if (settings.driftIssue) await driftIssue(settings, report, drift);
  core.info(
    drift ? `${plan.changes.length} change(s) would make Okta match ${settings.specFile}` : "No drift",
  );
  if (drift && settings.failOnDrift)
    core.setFailed(`Okta drifts from ${settings.specFile}: ${plan.changes.length} change(s)`);
}

/** Outputs, the job summary, annotations on the spec's lines, and the SARIF file when asked. */
async function publishPlan(settings: ActionSettings, plan: Plan, report: string): Promise<void> {
  const jsonPath = join(settings.env.RUNNER_TEMP ?? tmpdir(), "okta-drift-plan.json");
  await writeFile(jsonPath, `${JSON.stringify(jsonReport(plan), null, 2)}\n`);
  core.setOutput("drift", String(plan.changes.length > 0));
  core.setOutput("changes", String(plan.changes.length));
  core.setOutput("plan-hash", plan.hash);
  core.setOutput("json", jsonPath);
  core.setOutput("report", report);
  await core.summary.addRaw(report).write();
  for (const change of plan.changes) {
    const annotate = settings.failOnDrift ? core.error : core.warning;
    annotate(
      `${changeName(change)} would be ${change.action}d: ${change.fields.map((f) => f.field).join(", ")}`,
      {
        title: "okta-drift",
        file: change.spec.file,
        startLine: change.spec.line,
        startColumn: change.spec.col,
      },
    );
  }
  if (settings.sarifFile)
    await writeFile(
      resolve(settings.workspace, settings.sarifFile),
      `${JSON.stringify(sarifReport(plan), null, 2)}\n`,
    );
}

async function comment(settings: ActionSettings, report: string, drift: boolean): Promise<void> {
  const { repo, pullRequest } = settings.event;
  if (!settings.githubToken || !repo || pullRequest === undefined) {
    core.notice("No GitHub token or pull request: the plan is in the job summary, not in a comment.");
    return;
  }
  const github = createGitHub(settings.githubToken.reveal(), settings.event.apiUrl, (m) => core.info(m));
  const body = fitComment(
    report,
    `The report was cut to fit a comment; the whole report is in the [job summary](${settings.event.runUrl}).`,
  );
  try {
    // on-change: a first comment only for drift; an existing one is always kept current.
    const result = await upsertStickyComment(
      github,
      repo,
      pullRequest,
      commentMarker(settings.specFile),
      body,
      settings.comment === "always" || drift,
    );
    core.info(`Pull request comment: ${result}`);
  } catch (error) {
    if (!isForbidden(error)) throw error;
    core.notice(
      "This run's token cannot comment on the pull request (Resource not accessible by integration, as for pull requests from forks); the plan is in the job summary.",
    );
  }
}

async function driftIssue(settings: ActionSettings, report: string, drift: boolean): Promise<void> {
  const { repo } = settings.event;
  if (!settings.githubToken || !repo) throw new UserError("drift-issue needs github-token and a repository");
  const github = createGitHub(settings.githubToken.reveal(), settings.event.apiUrl, (m) => core.info(m));
  const body = fitComment(
    report,
    `The report was cut to fit; the whole report is in the [job summary](${settings.event.runUrl}).`,
  );
  const result = await syncDriftIssue(github, repo, {
    specFile: settings.specFile,
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

async function applyCommand(settings: ActionSettings, loaded: LoadedSpec, okta: AdminGateway): Promise<void> {
  const outcome = await apply(loaded, okta, {
    maxChanges: settings.maxChanges,
    prune: settings.prune,
    planHash: settings.planHash,
    dryRun: false,
    log: (m) => core.info(m),
    onPlan: (plan) => {
      core.setOutput("plan-hash", plan.hash);
      core.setOutput("changes", String(plan.changes.length));
      core.setOutput("drift", String(plan.changes.length > 0));
    },
  });
  const text = applyTextReport(outcome);
  core.info(text);
  core.setOutput("report", text);
  await core.summary
    .addHeading(`okta-drift apply: ${escapeMarkdown(settings.specFile)}`, 3)
    .addRaw(
      outcome.writes.length === 0
        ? "Nothing to apply: Okta matched the spec."
        : `What changed:\n\n\`\`\`\n${text}\`\`\`\n`,
    )
    .write();
  const first = outcome.failed[0];
  if (first)
    core.setFailed(`apply stopped at ${first.write.method} ${first.write.path}: ${first.error.errorSummary}`);
}

async function smokeCommand(
  settings: ActionSettings,
  loaded: LoadedSpec,
  orgUrl: URL,
  admin: AdminGateway | undefined,
): Promise<void> {
  const results = await smoke(loaded, {
    oauth: new OAuthClient(orgUrl),
    admin,
    secrets: (test) => secretsFromEnv(test, settings.env),
  });
  const rows = results.map((r) => [
    r.status.toUpperCase(),
    escapeMarkdown(r.name),
    escapeMarkdown(r.problems.join("; ") || "as expected"),
  ]);
  await core.summary
    .addHeading("okta-drift smoke tests", 3)
    .addTable([
      [
        { data: "Result", header: true },
        { data: "Test", header: true },
        { data: "Detail", header: true },
      ],
      ...rows,
    ])
    .write();
  for (const r of results)
    (r.status === "pass" ? core.info : core.error)(
      printable(
        `${r.status.toUpperCase()} ${r.name}${r.problems.length ? `: ${r.problems.join("; ")}` : ""}`,
      ),
    );
  const failed = results.filter((r) => r.status !== "pass");
  if (failed.length > 0) core.setFailed(`${failed.length} smoke test(s) did not pass`);
}

/**
 * Errors users can fix become annotations, a failed step and the job summary (so a failed run
 * says why where its report would be); bugs keep their stack.
 */
async function reportFailure(error: unknown): Promise<void> {
  let summary: string;
  if (error instanceof SpecError) {
    for (const p of error.problems)
      core.error(`${p.field ? `${p.field}: ` : ""}${p.message}`, {
        title: "okta-drift spec",
        file: p.file,
        startLine: p.line,
        startColumn: p.col,
      });
    core.setFailed(`the spec has ${error.problems.length} problem(s)`);
    summary = `The spec has ${error.problems.length} problem(s):\n\n${error.problems.map((p) => `- ${escapeMarkdown(formatProblem(p))}`).join("\n")}`;
  } else if (error instanceof UserError) {
    core.setFailed(error.message);
    summary = error.message
      .split("\n")
      .map((line) => escapeMarkdown(line))
      .join("<br>");
  } else {
    core.setFailed(error instanceof Error ? (error.stack ?? error.message) : String(error));
    summary = "okta-drift failed unexpectedly; the step's log has the details.";
  }
  try {
    await core.summary.addHeading("okta-drift: failed", 3).addRaw(`${summary}\n`).write();
  } catch {
    // No job summary outside the runner (GITHUB_STEP_SUMMARY unset): the log says it all.
  }
}
