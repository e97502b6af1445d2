import { glob } from "node:fs/promises";
import * as core from "@actions/core";
import { smoke } from "../engine.js";
import { SpecError, UserError } from "../errors.js";
import { OAuthClient } from "../okta/oauth.js";
import { printable } from "../printable.js";
import { readSpecFile, SpecFileMissing } from "../read-spec.js";
import { escapeMarkdown } from "../report/markdown.js";
import { envForOrg, secretsFromEnv } from "../smoke/secrets.js";
import { orgVariableSuffix } from "../spec/orgs.js";
import { applyCommand } from "./apply.js";
import { type ActionSettings, readSettings } from "./inputs.js";
import { planCommand } from "./plan.js";
import { planOrgsCommand } from "./plan-orgs.js";
import { commentFailure, errorMarkdown, label, pullRequestTarget } from "./pull-request.js";
import type { SpecResult } from "./results.js";
import { type OrgTarget, orgTargets } from "./targets.js";

/**
 * The Action, as actions/typescript-action shapes it: inputs → engine → outputs, summary,
 * annotations and comments, for each spec the spec input names. Never throws: a failure fails
 * the step with a clear message, and one spec's failure does not hide the others' results.
 */
export async function run(env: Record<string, string | undefined> = process.env): Promise<void> {
  let settings: ActionSettings;
  let specs: string[];
  try {
    settings = readSettings(env);
    specs = await specFiles(settings);
  } catch (error) {
    await reportFailure(error);
    return;
  }
  const results: SpecResult[] = [];
  for (const [index, specFile] of specs.entries()) {
    const one = { ...settings, specFile };
    try {
      results.push(await runCommand(one, index));
    } catch (error) {
      await commentFailure(one, error);
      await reportFailure(error);
      results.push({ spec: specFile, status: "error" });
    }
  }
  setOutputs(results);
  await labelPullRequest(settings, results);
}

/** The spec input's files: paths as written, globs expanded (sorted) against the workspace. */
async function specFiles(settings: ActionSettings): Promise<string[]> {
  const files: string[] = [];
  for (const pattern of settings.specPatterns) {
    if (!/[*?[{]/.test(pattern)) {
      files.push(pattern);
      continue;
    }
    const matched: string[] = [];
    for await (const file of glob(pattern, { cwd: settings.workspace })) matched.push(file);
    if (matched.length === 0) throw new UserError(`input spec: ${pattern} matches no file in the workspace`);
    files.push(...matched.sort());
  }
  return [...new Set(files)];
}

async function runCommand(settings: ActionSettings, index: number): Promise<SpecResult> {
  const loaded = await readSpecFile(settings.specFile, settings.workspace).catch((error: unknown) => {
    if (!(error instanceof SpecFileMissing)) throw error;
    throw new UserError(
      `the spec ${settings.specFile} is not in the workspace (${settings.workspace}): run actions/checkout before okta-drift, or point the spec input at the file`,
    );
  });
  const targets = orgTargets(settings, loaded);
  if (settings.command !== "smoke" && targets.every((t) => !t.admin) && settings.event.fromFork)
    return skipForFork(settings);
  if (targets.length > 1) {
    if (settings.command !== "plan")
      throw new UserError(
        `input org: ${settings.command} works on one org per step (a matrix over orgs), not ${targets.map((t) => t.org).join(", ")}`,
      );
    return planOrgsCommand(settings, targets, index);
  }
  const target = targets[0]!;
  const one = { ...settings, org: target.org };
  // Smoke tests need the admin API only for what the spec leaves out.
  const result =
    settings.command === "smoke"
      ? await smokeCommand(one, target)
      : !target.admin
        ? fail(target.missing)
        : settings.command === "plan"
          ? await planCommand(one, target.loaded, target.admin, index)
          : await applyCommand(one, target.loaded, target.admin);
  return target.org === undefined ? result : { ...result, org: target.org };
}

function fail(message: string): never {
  throw new UserError(message);
}

async function skipForFork(settings: ActionSettings): Promise<SpecResult> {
  core.notice(
    "Okta secrets are not available to pull requests from forks, so okta-drift did not read Okta. A maintainer can run the plan from a branch of this repository.",
  );
  await core.summary
    .addHeading("okta-drift", 3)
    .addRaw("Skipped: pull requests from forks get no secrets, so Okta was not read.")
    .write();
  return { spec: settings.specFile, status: "skipped" };
}

/**
 * One spec: the outputs as they always were. Several: drift if any drifts, changes summed,
 * the plan hash, JSON path and report only where one spec makes them unambiguous; `results`
 * has every spec's figures either way.
 */
function setOutputs(results: SpecResult[]): void {
  const single = results.length === 1 ? results[0] : undefined;
  const ran = results.filter((r) => r.drift !== undefined);
  if (ran.length > 0) {
    core.setOutput("drift", String(ran.some((r) => r.drift)));
    core.setOutput("changes", String(ran.reduce((sum, r) => sum + (r.changes ?? 0), 0)));
  }
  if (single?.planHash) core.setOutput("plan-hash", single.planHash);
  if (single?.json) core.setOutput("json", single.json);
  const reports = results.flatMap((r) => (r.report ? [r.report] : []));
  if (reports.length > 0) core.setOutput("report", reports.join("\n\n"));
  core.setOutput(
    "results",
    JSON.stringify(
      results.map(({ spec, org, status, drift, changes, planHash, json, orgs }) => ({
        spec,
        ...(org === undefined ? {} : { org }),
        status,
        drift,
        changes,
        planHash,
        json,
        ...(orgs === undefined ? {} : { orgs }),
      })),
    ),
  );
}

/** With pr-labels: one label for the pull request, from every spec's plan. */
async function labelPullRequest(settings: ActionSettings, results: SpecResult[]): Promise<void> {
  if (settings.command !== "plan" || !settings.prLabels) return;
  const target = pullRequestTarget(settings);
  if (!target) return;
  const which = results.some((r) => r.status === "error")
    ? "error"
    : results.some((r) => r.drift)
      ? "changes"
      : "none";
  await label(settings, target, which).catch((error: unknown) =>
    core.warning(`could not label the pull request: ${(error as Error).message}`),
  );
}

async function smokeCommand(settings: ActionSettings, target: OrgTarget): Promise<SpecResult> {
  const env =
    target.org === undefined ? settings.env : envForOrg(settings.env, orgVariableSuffix(target.org));
  const results = await smoke(target.loaded, {
    oauth: new OAuthClient(target.url),
    admin: target.admin,
    secrets: (test) => secretsFromEnv(test, env),
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
  return { spec: settings.specFile, status: failed.length > 0 ? "smoke-failed" : "smoke-passed" };
}

/**
 * Errors users can fix become annotations, a failed step and the job summary (so a failed run
 * says why where its report would be); bugs keep their stack.
 */
async function reportFailure(error: unknown): Promise<void> {
  if (error instanceof SpecError) {
    for (const p of error.problems)
      core.error(`${p.field ? `${p.field}: ` : ""}${p.message}`, {
        title: "okta-drift spec",
        file: p.file,
        startLine: p.line,
        startColumn: p.col,
      });
    core.setFailed(`the spec has ${error.problems.length} problem(s)`);
  } else if (error instanceof UserError) core.setFailed(error.message);
  else core.setFailed(error instanceof Error ? (error.stack ?? error.message) : String(error));
  try {
    await core.summary
      .addHeading("okta-drift: failed", 3)
      .addRaw(`${errorMarkdown(error)}\n`)
      .write();
  } catch {
    // No job summary outside the runner (GITHUB_STEP_SUMMARY unset): the log says it all.
  }
}
