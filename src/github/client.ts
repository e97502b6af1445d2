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
 * for a personal token (read from /user), else GraphQL's viewer (an installation token's: a
 * GitHub App's `slug[bot]`, or the workflow token's Actions bot), else the Actions bot.
 * Anyone, another bot included, can paste okta-drift's hidden marker into a comment of their
 * own; only ours may be overwritten.
 */
export function authorMatcher(
  github: GitHub,
): (user: { login?: string; type?: string } | null | undefined) => Promise<boolean> {
  let identity: Promise<Identity> | undefined;
  return async (user) => {
    if (!user?.login) return false;
    identity ??= ownIdentity(github);
    const own = await identity;
    if (!own.bot) return user.login === own.login;
    // GraphQL may name a bot without the `[bot]` that REST puts on its comments; a person who
    // took the same name is still not the bot.
    return user.type === "Bot" && (user.login === own.login || user.login === `${own.login}[bot]`);
  };
}

/** Who a token writes as: a person (a personal token), or an app's bot (an installation token). */
interface Identity {
  login: string;
  bot: boolean;
}

async function ownIdentity(github: GitHub): Promise<Identity> {
  try {
    return { login: (await github.rest.users.getAuthenticated()).data.login, bot: false };
  } catch {
    // An installation token has no user; GraphQL still says who it is.
  }
  try {
    const answer = await github.graphql<{ viewer?: { login?: unknown } }>("query { viewer { login } }");
    const login = answer.viewer?.login;
    if (typeof login === "string" && login !== "") return { login, bot: true };
  } catch {
    // No GraphQL (an old GitHub Enterprise, or a network fault): the workflow token's bot.
  }
  return { login: ACTIONS_BOT_LOGIN, bot: true };
}
