import { getOctokit } from "@actions/github";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";

export type GitHub = ReturnType<typeof getOctokit>;

/** Where on GitHub a run reports: the repository, and the pull request when there is one. */
export interface RepoRef {
  owner: string;
  repo: string;
}

/** Rate limits waited out at most this many times per request, then the call fails. */
const RATE_LIMIT_RETRIES = 2;

/**
 * Octokit with GitHub's own plugins for what goes wrong on its side: 5xx and resets retried
 * (plugin-retry), and primary and secondary rate limits waited out as GitHub asks
 * (plugin-throttling), instead of failing the step on the first one.
 */
export function createGitHub(
  token: string,
  apiUrl: string,
  log: (message: string) => void = () => {},
): GitHub {
  return getOctokit(
    token,
    {
      baseUrl: apiUrl,
      throttle: {
        onRateLimit: (
          after: number,
          options: { method: string; url: string },
          _octokit: unknown,
          retries: number,
        ) => {
          log(`GitHub rate limit on ${options.method} ${options.url}; waiting ${after}s`);
          return retries < RATE_LIMIT_RETRIES;
        },
        onSecondaryRateLimit: (
          after: number,
          options: { method: string; url: string },
          _octokit: unknown,
          retries: number,
        ) => {
          log(`GitHub secondary rate limit on ${options.method} ${options.url}; waiting ${after}s`);
          return retries < RATE_LIMIT_RETRIES;
        },
      },
    },
    retry,
    throttling,
  );
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
