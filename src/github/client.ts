import { getOctokit } from "@actions/github";

export type GitHub = ReturnType<typeof getOctokit>;

/** Where on GitHub a run reports: the repository, and the pull request when there is one. */
export interface RepoRef {
  owner: string;
  repo: string;
}

export function createGitHub(token: string, apiUrl: string): GitHub {
  return getOctokit(token, { baseUrl: apiUrl });
}

/** "Resource not accessible by integration": the token may not write here (a fork's PR, say). */
export function isForbidden(error: unknown): boolean {
  const status = (error as { status?: number }).status;
  return status === 403 || status === 404;
}
