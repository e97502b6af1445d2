import { authorMatcher, type GitHub, type RepoRef } from "./client.js";

export const DRIFT_LABEL = "okta-drift";

export function issueMarker(specFile: string): string {
  return `<!-- okta-drift:drift-issue:${specFile.replaceAll("--", "-")} -->`;
}

/**
 * The compliance issue of one spec: opened (labelled) when drift appears, its body kept
 * current while drift persists, closed with a comment when drift is gone.
 */
export async function syncDriftIssue(
  github: GitHub,
  repo: RepoRef,
  options: { specFile: string; drift: boolean; body: string; runUrl: string },
): Promise<{ action: "opened" | "updated" | "closed" | "none"; number?: number }> {
  const marker = issueMarker(options.specFile);
  const open = await github.paginate(github.rest.issues.listForRepo, {
    ...repo,
    state: "open",
    labels: DRIFT_LABEL,
    per_page: 100,
  });
  const ours = authorMatcher(github);
  let existing: (typeof open)[number] | undefined;
  for (const i of open) {
    if (i.body?.includes(marker) && !i.pull_request && (await ours(i.user))) {
      existing = i;
      break;
    }
  }
  const body = `${marker}\n${options.body}\n\n_Last checked by [this run](${options.runUrl})._`;
  if (options.drift && !existing) {
    const created = await github.rest.issues.create({
      ...repo,
      title: `Okta drift in ${options.specFile}`,
      body,
      labels: [DRIFT_LABEL],
    });
    return { action: "opened", number: created.data.number };
  }
  if (options.drift && existing) {
    await github.rest.issues.update({ ...repo, issue_number: existing.number, body });
    return { action: "updated", number: existing.number };
  }
  if (!options.drift && existing) {
    await github.rest.issues.createComment({
      ...repo,
      issue_number: existing.number,
      body: `Okta matches ${options.specFile} again ([run](${options.runUrl})); closing.`,
    });
    await github.rest.issues.update({
      ...repo,
      issue_number: existing.number,
      state: "closed",
      state_reason: "completed",
    });
    return { action: "closed", number: existing.number };
  }
  return { action: "none" };
}
