import type { GitHub, RepoRef } from "./client.js";

/** The pull request a commit on the default branch came from, as GitHub's commits→pulls API says. */
export interface MergedPullRequest {
  number: number;
  /** The last commit of the pull request when it was merged: the one its plan must be of. */
  headSha: string;
}

/**
 * The merged pull request whose merge produced `sha` (a merge, squash or rebase commit). A push
 * that no pull request merged (a direct push) has none.
 */
export async function mergedPullRequest(
  github: GitHub,
  repo: RepoRef,
  sha: string,
): Promise<MergedPullRequest | undefined> {
  const { data } = await github.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: sha });
  const merged = data.filter((pr) => pr.merged_at);
  const pr = merged.find((p) => p.merge_commit_sha === sha) ?? merged[0];
  return pr && { number: pr.number, headSha: pr.head.sha };
}
