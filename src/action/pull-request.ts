import * as core from "@actions/core";
import { formatProblem, SpecError, UserError } from "../errors.js";
import { createGitHub, type GitHub, isForbidden, type RepoRef } from "../github/client.js";
import {
  commentMarker,
  findStickyComment,
  type PlanCommentState,
  readState,
  stateLine,
  writeStickyComment,
} from "../github/comment.js";
import { type PLAN_LABELS, setPlanLabel } from "../github/labels.js";
import { escapeMarkdown, fitComment } from "../report/markdown.js";
import type { ActionSettings } from "./inputs.js";

/** The pull request a plan run reports on, and how to reach it; undefined when there is none. */
export interface PullRequestTarget {
  github: GitHub;
  repo: RepoRef;
  number: number;
}

export function pullRequestTarget(settings: ActionSettings): PullRequestTarget | undefined {
  const { repo, pullRequest } = settings.event;
  if (!settings.githubToken || !repo || pullRequest === undefined) return undefined;
  return { github: gitHubOf(settings), repo, number: pullRequest };
}

export function gitHubOf(settings: ActionSettings): GitHub {
  return createGitHub(settings.githubToken!.reveal(), settings.event.apiUrl, (m) => core.info(m));
}

/** What a drift issue is about: the spec, or one org of it (`okta-drift.yml@prod`). */
export function driftSubject(settings: ActionSettings): string {
  return settings.org === undefined ? settings.specFile : `${settings.specFile}@${settings.org}`;
}

const short = (sha: string | undefined) => (sha ? `\`${sha.slice(0, 7)}\`` : "this commit");

/**
 * Writes the plan comment of one spec: the report (or the error), the commit it is of, the
 * run, and the hidden state that apply on merge reads. Says so when it replaces the plan of
 * another commit. `create`: whether a first comment may be made.
 */
export async function writePlanComment(
  settings: ActionSettings,
  target: PullRequestTarget,
  content: { state: PlanCommentState; body: string },
  create: boolean,
): Promise<void> {
  const marker = commentMarker(settings.specFile, settings.org);
  try {
    const existing = await findStickyComment(target.github, target.repo, target.number, marker);
    const before = existing && readState(existing.body);
    const sha = content.state.sha;
    const superseded =
      before?.sha && sha && before.sha !== sha ? ` · supersedes the plan of ${short(before.sha)}` : "";
    const header = `${content.state.status === "error" ? "**Plan failed**" : "Plan"} of ${short(sha)} · [run](${settings.event.runUrl})${superseded}`;
    const body = fitComment(
      `${stateLine(content.state)}\n${header}\n\n${content.body}`,
      `The report was cut to fit a comment; the whole report is in the [job summary](${settings.event.runUrl}).`,
    );
    const result = await writeStickyComment(
      target.github,
      target.repo,
      target.number,
      marker,
      existing,
      body,
      create,
    );
    core.info(`Pull request comment: ${result}`);
  } catch (error) {
    if (!isForbidden(error)) throw error;
    core.notice(
      "This run's token cannot comment on the pull request (Resource not accessible by integration, as for pull requests from forks); the plan is in the job summary.",
    );
  }
}

/** The error as a comment shows it: every spec problem at its line, Okta's error as it said it. */
export function errorMarkdown(error: unknown): string {
  if (error instanceof SpecError)
    return `The spec has ${error.problems.length} problem(s):\n\n${error.problems.map((p) => `- ${escapeMarkdown(formatProblem(p))}`).join("\n")}`;
  if (error instanceof UserError)
    return error.message
      .split("\n")
      .map((line) => escapeMarkdown(line))
      .join("<br>");
  return "okta-drift failed unexpectedly; the step's log has the details.";
}

/** A failed plan replaces the plan comment (an error is worth a first comment, too). */
export async function commentFailure(settings: ActionSettings, error: unknown): Promise<void> {
  const target =
    settings.command === "plan" && settings.comment !== "never" ? pullRequestTarget(settings) : undefined;
  if (!target) return;
  try {
    await writePlanComment(
      settings,
      target,
      {
        state: { status: "error", ...(settings.event.headSha ? { sha: settings.event.headSha } : {}) },
        body: `### okta-drift could not plan <code>${escapeMarkdown(settings.specFile)}</code>${settings.org === undefined ? "" : ` in <code>${escapeMarkdown(settings.org)}</code>`}\n\n${errorMarkdown(error)}\n`,
      },
      true,
    );
  } catch (commentError) {
    // The failure itself is what the run reports; a comment that could not be written is a note.
    core.warning(`could not write the failure to the pull request: ${(commentError as Error).message}`);
  }
}

/** The plan's label on the pull request, when pr-labels is on. */
export async function label(
  settings: ActionSettings,
  target: PullRequestTarget,
  which: keyof typeof PLAN_LABELS,
): Promise<void> {
  if (!settings.prLabels) return;
  try {
    await setPlanLabel(target.github, target.repo, target.number, which);
  } catch (error) {
    if (!isForbidden(error)) throw error;
    core.notice(
      "This run's token cannot label the pull request; give the job permissions: pull-requests: write.",
    );
  }
}
