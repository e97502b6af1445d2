import { authorMatcher, type GitHub, type RepoRef } from "./client.js";

/** The hidden marker that finds okta-drift's comment for one spec again. */
export function commentMarker(specFile: string): string {
  return `<!-- okta-drift:plan:${specFile.replaceAll("--", "-")} -->`;
}

/**
 * One sticky comment per spec file on a pull request: found by its marker and updated in
 * place, created only when there is none (and `create` allows it).
 */
export async function upsertStickyComment(
  github: GitHub,
  repo: RepoRef,
  issueNumber: number,
  marker: string,
  body: string,
  create: boolean,
): Promise<"created" | "updated" | "unchanged" | "skipped"> {
  const full = `${marker}\n${body}`;
  const comments = await github.paginate(github.rest.issues.listComments, {
    ...repo,
    issue_number: issueNumber,
    per_page: 100,
  });
  const ours = authorMatcher(github);
  let existing: (typeof comments)[number] | undefined;
  for (const c of comments) {
    if (c.body?.includes(marker) && (await ours(c.user))) {
      existing = c;
      break;
    }
  }
  if (existing) {
    if (existing.body === full) return "unchanged";
    await github.rest.issues.updateComment({ ...repo, comment_id: existing.id, body: full });
    return "updated";
  }
  if (!create) return "skipped";
  await github.rest.issues.createComment({ ...repo, issue_number: issueNumber, body: full });
  return "created";
}
