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

/** Who writes with the workflow's own token (an installation token, which cannot read /user). */
export const ACTIONS_BOT_LOGIN = "github-actions[bot]";

/**
 * Whether a comment or issue author is the identity this run writes as: the token's own user
 * for a personal token (read from /user), else the Actions bot of the workflow token. Anyone,
 * another bot included, can paste okta-drift's hidden marker into a comment of their own; only
 * ours may be overwritten.
 */
export function authorMatcher(
  github: GitHub,
): (user: { login?: string; type?: string } | null | undefined) => Promise<boolean> {
  let login: Promise<string> | undefined;
  return async (user) => {
    if (!user?.login) return false;
    login ??= github.rest.users.getAuthenticated().then(
      (r) => r.data.login,
      () => ACTIONS_BOT_LOGIN,
    );
    return user.login === (await login);
  };
}
