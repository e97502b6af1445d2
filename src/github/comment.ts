import { authorMatcher, type GitHub, type RepoRef } from "./client.js";

/**
 * The hidden marker that finds okta-drift's plan comment for one spec again; with `org`, the
 * comment of a run that planned only that org of a many-org spec (a job of a matrix).
 */
export function commentMarker(specFile: string, org?: string): string {
  return `<!-- okta-drift:plan:${specFile.replaceAll("--", "-")}${org === undefined ? "" : `@${org}`} -->`;
}

/** The marker of the comment that reports apply-on-merge for one spec (and org). */
export function applyMarker(specFile: string, org?: string): string {
  return `<!-- okta-drift:apply:${specFile.replaceAll("--", "-")}${org === undefined ? "" : `@${org}`} -->`;
}

/**
 * What a plan comment recorded, in a hidden line beside its marker: which commit it planned,
 * the plan's hash, and whether planning worked. Apply on merge reads it (as dflook's actions
 * keep `plan_hash` in their comment's header).
 */
export interface PlanCommentState {
  status: "planned" | "error";
  sha?: string;
  planHash?: string;
  /** A many-org spec: each org's plan hash (an org whose plan failed has none). */
  planHashes?: Record<string, string>;
}

const STATE = /<!-- okta-drift:state ([^>]*) -->/;

export function stateLine(state: PlanCommentState): string {
  const fields = [
    `status=${state.status}`,
    ...(state.sha ? [`sha=${state.sha}`] : []),
    ...(state.planHash ? [`plan-hash=${state.planHash}`] : []),
    ...Object.entries(state.planHashes ?? {}).map(([org, hash]) => `plan-hash.${org}=${hash}`),
  ];
  return `<!-- okta-drift:state ${fields.join(" ")} -->`;
}

/** The plan hash a comment recorded for `org` (or for the plain spec, org undefined). */
export function planHashOf(state: PlanCommentState, org: string | undefined): string | undefined {
  if (org === undefined) return state.planHash;
  const hashes = state.planHashes ?? {};
  return Object.hasOwn(hashes, org) ? hashes[org] : undefined;
}

/** The state a comment recorded; only well-formed values are taken (the body is text from GitHub). */
export function readState(body: string): PlanCommentState | undefined {
  const fields = STATE.exec(body)?.[1];
  if (!fields) return undefined;
  const values = new Map(fields.split(" ").map((f) => f.split("=", 2) as [string, string]));
  const status = values.get("status");
  if (status !== "planned" && status !== "error") return undefined;
  const sha = values.get("sha");
  const planHash = values.get("plan-hash");
  const HASH = /^[0-9a-f]{64}$/;
  // A Map, not an object: org names come from a comment anyone with a token could have edited.
  const planHashes = new Map<string, string>();
  for (const [key, value] of values) {
    const org = /^plan-hash\.([A-Za-z][A-Za-z0-9_-]{0,39})$/.exec(key)?.[1];
    if (org && HASH.test(value)) planHashes.set(org, value);
  }
  return {
    status,
    ...(sha && /^[0-9a-f]{7,64}$/.test(sha) ? { sha } : {}),
    ...(planHash && HASH.test(planHash) ? { planHash } : {}),
    ...(planHashes.size > 0 ? { planHashes: Object.fromEntries(planHashes) } : {}),
  };
}

export interface StickyComment {
  id: number;
  body: string;
}

/** Our comment with this marker on the issue or pull request (another author's never counts). */
export async function findStickyComment(
  github: GitHub,
  repo: RepoRef,
  issueNumber: number,
  marker: string,
): Promise<StickyComment | undefined> {
  const comments = await github.paginate(github.rest.issues.listComments, {
    ...repo,
    issue_number: issueNumber,
    per_page: 100,
  });
  const ours = authorMatcher(github);
  for (const c of comments)
    if (c.body?.includes(marker) && (await ours(c.user))) return { id: c.id, body: c.body };
  return undefined;
}

/**
 * One sticky comment per marker on a pull request: `existing` (from findStickyComment) updated
 * in place, or one created when there is none and `create` allows it.
 */
export async function writeStickyComment(
  github: GitHub,
  repo: RepoRef,
  issueNumber: number,
  marker: string,
  existing: StickyComment | undefined,
  body: string,
  create: boolean,
): Promise<"created" | "updated" | "unchanged" | "skipped"> {
  const full = `${marker}\n${body}`;
  if (existing) {
    if (existing.body === full) return "unchanged";
    await github.rest.issues.updateComment({ ...repo, comment_id: existing.id, body: full });
    return "updated";
  }
  if (!create) return "skipped";
  await github.rest.issues.createComment({ ...repo, issue_number: issueNumber, body: full });
  return "created";
}
