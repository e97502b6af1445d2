import * as core from "@actions/core";
import { apply } from "../engine.js";
import { UserError } from "../errors.js";
import type { GitHub, RepoRef } from "../github/client.js";
import { isForbidden } from "../github/client.js";
import {
  applyMarker,
  commentMarker,
  findStickyComment,
  type PlanCommentState,
  planHashOf,
  readState,
  writeStickyComment,
} from "../github/comment.js";
import { syncDriftIssue } from "../github/drift-issue.js";
import { mergedPullRequest } from "../github/pulls.js";
import type { ApplyOutcome } from "../model/apply.js";
import type { AdminGateway } from "../okta/admin.js";
import { applyTextReport } from "../report/apply.js";
import { escapeMarkdown } from "../report/markdown.js";
import type { LoadedSpec } from "../spec/load.js";
import type { ActionSettings } from "./inputs.js";
import { driftSubject, errorMarkdown, gitHubOf, type PullRequestTarget } from "./pull-request.js";
import type { SpecResult } from "./results.js";

/**
 * apply: the plan hash from the input, or (plan-hash: from-pull-request, on a push to the
 * default branch) the one the merged pull request's plan comment recorded, with the result
 * reported on that pull request.
 */
export async function applyCommand(
  settings: ActionSettings,
  loaded: LoadedSpec,
  okta: AdminGateway,
): Promise<SpecResult> {
  if (!settings.planFromPullRequest) {
    const outcome = await applyWith(settings, loaded, okta, settings.planHash);
    return finish(settings, outcome);
  }
  const { target, planHash } = await reviewedPlan(settings);
  const marker = applyMarker(settings.specFile, settings.org);
  const note = async (body: string) => {
    const existing = await findStickyComment(target.github, target.repo, target.number, marker);
    await writeStickyComment(target.github, target.repo, target.number, marker, existing, body, true);
  };
  const merge = `\`${(settings.event.sha ?? "").slice(0, 7)}\``;
  await note(
    `⏳ **Applying** the reviewed plan \`${planHash.slice(0, 12)}\` (merge commit ${merge}) · [run](${settings.event.runUrl})`,
  );
  let outcome: ApplyOutcome;
  try {
    outcome = await applyWith(settings, loaded, okta, planHash);
  } catch (error) {
    await note(
      `❌ **Not applied**: ${errorMarkdown(error)}\n\nNothing was written to Okta. Plan again (push to a new pull request, or run the plan workflow) and review the new plan. · [run](${settings.event.runUrl})`,
    );
    throw error;
  }
  const report = applyTextReport(outcome);
  await note(
    `${outcome.failed.length > 0 ? "❌ **Apply failed**" : "✅ **Applied**"} the reviewed plan \`${planHash.slice(0, 12)}\` (merge commit ${merge}) · [run](${settings.event.runUrl})\n\n\`\`\`\n${report.replaceAll("```", "'''")}\`\`\`\n`,
  );
  if (outcome.failed.length === 0) await closeDriftIssue(settings);
  return finish(settings, outcome);
}

/** The pull request the pushed commit merged, and the hash its last plan recorded; else a refusal. */
async function reviewedPlan(
  settings: ActionSettings,
): Promise<{ target: PullRequestTarget; planHash: string }> {
  const { repo, sha } = settings.event;
  if (!settings.githubToken || !repo || !sha)
    throw new UserError("plan-hash: from-pull-request needs github-token and a push event (GITHUB_SHA)");
  const github = gitHubOf(settings);
  const pr = await mergedPullRequest(github, repo, sha);
  if (!pr)
    throw new UserError(
      `commit ${sha.slice(0, 7)} was not merged from a pull request, so there is no reviewed plan to apply; nothing was written`,
    );
  const target = { github, repo, number: pr.number };
  const refuse = async (why: string): Promise<never> => {
    const marker = applyMarker(settings.specFile, settings.org);
    const existing = await findStickyComment(github, repo, pr.number, marker);
    await writeStickyComment(
      github,
      repo,
      pr.number,
      marker,
      existing,
      `❌ **Not applied**: ${escapeMarkdown(why)}. Nothing was written to Okta. · [run](${settings.event.runUrl})`,
      true,
    );
    throw new UserError(`not applied: ${why}`);
  };
  const { org } = settings;
  const what = org === undefined ? settings.specFile : `${settings.specFile} for org ${org}`;
  const state = await recordedPlan(settings, github, repo, pr.number);
  if (!state)
    return refuse(
      `pull request #${pr.number} has no okta-drift plan of ${what} (run the plan workflow with comment: always)`,
    );
  const planHash = planHashOf(state, org);
  if (state.status !== "planned" || !planHash)
    return refuse(`the last plan of ${what} on pull request #${pr.number} failed`);
  if (state.sha !== pr.headSha)
    return refuse(
      `the plan on pull request #${pr.number} is of commit ${state.sha?.slice(0, 7) ?? "(unknown)"}, but the pull request merged ${pr.headSha.slice(0, 7)}: its last commit was never planned`,
    );
  core.info(`Applying the plan recorded on pull request #${pr.number}: ${planHash}`);
  return { target, planHash };
}

/**
 * The plan comment's state for this spec (and org): a plan of this org alone (a matrix job's
 * comment) if there is one, else the comment of a plan of every org, if it holds this org's.
 */
async function recordedPlan(
  settings: ActionSettings,
  github: GitHub,
  repo: RepoRef,
  number: number,
): Promise<PlanCommentState | undefined> {
  const markers =
    settings.org === undefined
      ? [commentMarker(settings.specFile)]
      : [commentMarker(settings.specFile, settings.org), commentMarker(settings.specFile)];
  let first: PlanCommentState | undefined;
  for (const marker of markers) {
    const comment = await findStickyComment(github, repo, number, marker);
    const state = comment && readState(comment.body);
    if (state && planHashOf(state, settings.org)) return state;
    first ??= state;
  }
  return first;
}

function applyWith(
  settings: ActionSettings,
  loaded: LoadedSpec,
  okta: AdminGateway,
  planHash: string | undefined,
) {
  return apply(loaded, okta, {
    maxChanges: settings.maxChanges,
    prune: settings.prune,
    planHash,
    dryRun: false,
    log: (m) => core.info(m),
  });
}

async function finish(settings: ActionSettings, outcome: ApplyOutcome): Promise<SpecResult> {
  const text = applyTextReport(outcome);
  core.info(text);
  await core.summary
    .addHeading(
      `okta-drift apply: ${escapeMarkdown(settings.specFile)}${settings.org === undefined ? "" : ` in ${escapeMarkdown(settings.org)}`}`,
      3,
    )
    .addRaw(
      outcome.writes.length === 0
        ? "Nothing to apply: Okta matched the spec."
        : `What changed:\n\n\`\`\`\n${text}\`\`\`\n`,
    )
    .write();
  const first = outcome.failed[0];
  if (first)
    core.setFailed(`apply stopped at ${first.write.method} ${first.write.path}: ${first.error.errorSummary}`);
  return {
    spec: settings.specFile,
    status: first ? "failed" : "applied",
    drift: outcome.plan.changes.length > 0,
    changes: outcome.plan.changes.length,
    planHash: outcome.plan.hash,
    report: text,
  };
}

/** A successful apply ends the drift the compliance run reported. */
async function closeDriftIssue(settings: ActionSettings): Promise<void> {
  const { repo } = settings.event;
  if (!settings.githubToken || !repo) return;
  try {
    const result = await syncDriftIssue(gitHubOf(settings), repo, {
      specFile: driftSubject(settings),
      drift: false,
      body: "",
      runUrl: settings.event.runUrl,
    });
    if (result.action === "closed") core.info(`Drift issue #${result.number}: closed by this apply`);
  } catch (error) {
    if (!isForbidden(error)) throw error;
    core.notice("This run's token cannot close the drift issue; give the job permissions: issues: write.");
  }
}
