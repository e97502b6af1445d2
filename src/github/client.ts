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

/**
 * Whether a comment or issue author is the identity this run writes as: the Actions bot for
 * the workflow token, or the token's own user for a personal token. Anyone can paste
 * okta-drift's hidden marker into a comment of their own; only ours may be overwritten.
 */
export function authorMatcher(
  github: GitHub,
): (user: { login?: string; type?: string } | null | undefined) => Promise<boolean> {
  let login: Promise<string | undefined> | undefined;
  return async (user) => {
    if (!user) return false;
    if (user.type === "Bot") return true;
    // An installation token cannot read /user; a personal token can, and is that user.
    login ??= github.rest.users.getAuthenticated().then(
      (r) => r.data.login,
      () => undefined,
    );
    return user.login !== undefined && user.login === (await login);
  };
}
