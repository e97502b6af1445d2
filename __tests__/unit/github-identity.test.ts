import { describe, expect, it } from "vitest";
import { authorMatcher, type GitHub } from "../../src/github/client.js";

/** Just the two calls authorMatcher makes, answered as GitHub answers each kind of token. */
function tokenOf(user: string | undefined, viewer: string | Error): GitHub {
  return {
    rest: {
      users: {
        getAuthenticated: async () => {
          if (user === undefined)
            throw Object.assign(new Error("Resource not accessible by integration"), { status: 403 });
          return { data: { login: user } };
        },
      },
    },
    graphql: async () => {
      if (viewer instanceof Error) throw viewer;
      return { viewer: { login: viewer } };
    },
  } as unknown as GitHub;
}

describe("which comments are ours to edit", () => {
  it("a personal token's user; an app's bot, with or without GraphQL's [bot]; else the Actions bot", async () => {
    const personal = authorMatcher(tokenOf("release-bot", "release-bot"));
    expect(await personal({ login: "release-bot", type: "User" })).toBe(true);
    expect(await personal({ login: "github-actions[bot]", type: "Bot" })).toBe(false);

    for (const viewer of ["okta-drift-ci[bot]", "okta-drift-ci"]) {
      const app = authorMatcher(tokenOf(undefined, viewer));
      expect(await app({ login: "okta-drift-ci[bot]", type: "Bot" })).toBe(true);
      expect(await app({ login: "github-actions[bot]", type: "Bot" })).toBe(false);
      // A person named like the app is not the app.
      expect(await app({ login: "okta-drift-ci", type: "User" })).toBe(false);
    }

    const noGraphql = authorMatcher(tokenOf(undefined, new Error("Not Found")));
    expect(await noGraphql({ login: "github-actions[bot]", type: "Bot" })).toBe(true);
    expect(await noGraphql({ login: "github-actions[bot]", type: "User" })).toBe(false);
    expect(await noGraphql({ login: "other-app[bot]", type: "Bot" })).toBe(false);
    expect(await noGraphql(null)).toBe(false);
  });
});
