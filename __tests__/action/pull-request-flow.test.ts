import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { harness, runAction, SCHEDULE, useActionHarness } from "../helpers/action-harness.js";
import { EXAMPLES } from "../helpers/tenant.js";

/**
 * A change followed from pull request to applied: every plan outcome in the sticky comment,
 * the reviewed plan applied on merge (and only that one), the result on the pull request.
 */
vi.mock("@actions/core", () => import("../helpers/fake-core.js"));
useActionHarness();

const HEAD = "1111111111111111111111111111111111111111";
const NEWER = "2222222222222222222222222222222222222222";
const MERGE = "9999999999999999999999999999999999999999";
const APP = "0oabskvc6442nkvQO0h7";

const pullRequest = (sha: string) => ({
  name: "pull_request",
  payload: {
    pull_request: {
      number: 7,
      head: { sha, repo: { full_name: "acme/identity" } },
      base: { repo: { full_name: "acme/identity" } },
    },
  },
});
const PUSH = { name: "push", payload: { after: MERGE } };
const mergeApply = { command: "apply", "plan-hash": "from-pull-request" };

const comments = () => harness.github.issues.get(7)!.comments;
const planComment = () => comments().find((c) => c.body.includes("<!-- okta-drift:plan:okta-drift.yml -->"));
const applyComment = () =>
  comments().find((c) => c.body.includes("<!-- okta-drift:apply:okta-drift.yml -->"));
const oktaWrites = () =>
  harness.emulator.requests.filter((r) => r.method !== "GET" && !r.path.endsWith("/v1/token"));

describe("every plan outcome is in the pull request's comment", () => {
  it("a spec error replaces the comment, marked as failed with file:line; the next green plan replaces it again", async () => {
    const spec = join(harness.workspace, "okta-drift.yml");
    const good = readFileSync(spec, "utf8");
    writeFileSync(spec, good.replace("claimType: IDENTITY", "claimType: IDENTITYY"));
    const failed = await runAction({}, pullRequest(HEAD));
    expect(failed.code).toBe(1);
    expect(comments()).toHaveLength(1);
    const body = planComment()!.body;
    expect(body).toContain(
      "<!-- okta-drift:state status=error sha=1111111111111111111111111111111111111111 -->",
    );
    expect(body).toContain(
      "**Plan failed** of `1111111` · [run](https://github.example/acme/identity/actions/runs/42)",
    );
    // Escaped for markdown, as everything from a spec is.
    expect(body).toMatch(
      /okta-drift\.yml:\d+:\d+ authorizationServers&#91;0&#93;\.claims&#91;1&#93;\.claimType/,
    );

    writeFileSync(spec, good);
    const green = await runAction({}, pullRequest(NEWER));
    expect(green.code).toBe(0);
    expect(comments()).toHaveLength(1);
    const now = planComment()!.body;
    expect(now).toContain(
      `<!-- okta-drift:state status=planned sha=${NEWER} plan-hash=${green.outputs["plan-hash"]} -->`,
    );
    expect(now).toContain(
      "Plan of `2222222` · [run](https://github.example/acme/identity/actions/runs/42) · supersedes the plan of `1111111`",
    );
    expect(now).toContain("### okta-drift: 3 changes");
    // Who the change lets in: EastCoastDivision enters both groups claims of the app.
    expect(now).toContain("#### Impact on tokens");
    expect(now).toMatch(
      /\| <code>Sample Client<\/code> \| <code>groups<\/code> \| access \| EastCoastDivision \(00gbso71miOMjxHRW0h8\) · 1 user \|/,
    );
    expect(now).not.toContain("Plan failed");
  });

  it("an Okta error (a bad token) shows Okta's errorCode and request id, never the token", async () => {
    const run = await runAction({ "okta-api-token": "wrong-token-0123456789" }, pullRequest(HEAD));
    expect(run.code).toBe(1);
    const body = planComment()!.body;
    expect(body).toContain("status=error");
    expect(body).toContain("E0000011");
    expect(body).toMatch(/X-Okta-Request-Id: [\w-]+/); // base64url: may start with "-"
    expect(body).not.toContain("wrong-token-0123456789");
  });

  it("a plan that deletes claims or removes allowlisted groups says so above its table", async () => {
    const spec = join(harness.workspace, "okta-drift.yml");
    writeFileSync(
      spec,
      // Without its smoke test, which would expect the group this takes away (a lint error).
      readFileSync(spec, "utf8")
        .split("smokeTests:")[0]!
        .replace("prune: false", "prune: true")
        .replace(
          "groupwhitelist: [WestCoastDivision, EastCoastDivision]",
          "groupwhitelist: [EastCoastDivision]",
        ),
    );
    const run = await runAction({}, pullRequest(HEAD));
    expect(run.code).toBe(0);
    const body = planComment()!.body;
    const warning = body.indexOf(
      "> [!WARNING]\n> This plan deletes 1 claim and removes groups from 1 allowlist: tokens will lose what they carry now.",
    );
    expect(warning).toBeGreaterThan(0);
    expect(warning).toBeLessThan(body.indexOf("#### App profiles"));
  });

  it("labels the pull request when asked: changes, then no-changes, then error; off by default", async () => {
    await runAction({}, pullRequest(HEAD));
    expect(harness.github.issues.get(7)!.labels).toEqual([]);
    await runAction({ "pr-labels": "true" }, pullRequest(HEAD));
    expect(harness.github.issues.get(7)!.labels.map((l) => l.name)).toEqual(["okta-drift:changes"]);
    writeFileSync(
      join(harness.workspace, "clean.yml"),
      `version: 1\napps:\n  - id: ${APP}\n    profile:\n      groupwhitelist: [WestCoastDivision]\n`,
    );
    await runAction({ "pr-labels": "true", spec: "clean.yml" }, pullRequest(HEAD));
    expect(harness.github.issues.get(7)!.labels.map((l) => l.name)).toEqual(["okta-drift:no-changes"]);
    writeFileSync(join(harness.workspace, "clean.yml"), "version: 2\n");
    await runAction({ "pr-labels": "true", spec: "clean.yml" }, pullRequest(HEAD));
    expect(harness.github.issues.get(7)!.labels.map((l) => l.name)).toEqual(["okta-drift:error"]);
  });
});

describe("many specs in one repository", () => {
  it("plans each spec a glob names, one comment per spec, every spec's outcome in the results output", async () => {
    mkdirSync(join(harness.workspace, "orgs"));
    writeFileSync(
      join(harness.workspace, "orgs", "a.yml"),
      `version: 1\napps:\n  - id: ${APP}\n    profile:\n      groupwhitelist: [WestCoastDivision]\n`,
    );
    writeFileSync(
      join(harness.workspace, "orgs", "b.yml"),
      `version: 1\napps:\n  - id: ${APP}\n    profile:\n      groupwhitelist: [Sales]\n`,
    );
    writeFileSync(join(harness.workspace, "orgs", "c.yml"), "version: 1\nbogus: true\n");
    const run = await runAction({ spec: "orgs/*.yml", comment: "always" }, pullRequest(HEAD));
    // One spec is broken: the job fails, and the other two are still planned and reported.
    expect(run.code).toBe(1);
    const results = JSON.parse(run.outputs.results!) as {
      spec: string;
      status: string;
      drift?: boolean;
      changes?: number;
    }[];
    expect(results.map((r) => [r.spec, r.status, r.drift, r.changes])).toEqual([
      ["orgs/a.yml", "planned", false, 0],
      ["orgs/b.yml", "planned", true, 1],
      ["orgs/c.yml", "error", undefined, undefined],
    ]);
    expect(run.outputs).toMatchObject({ drift: "true", changes: "1" });
    expect(run.outputs["plan-hash"]).toBeUndefined();
    const markers = comments().map((c) => /<!-- okta-drift:plan:(\S+) -->/.exec(c.body)?.[1]);
    expect(markers).toEqual(["orgs/a.yml", "orgs/b.yml", "orgs/c.yml"]);
    expect(comments()[2]!.body).toContain("status=error");
  });

  it("a glob that matches nothing is an error naming it", async () => {
    const run = await runAction({ spec: "nowhere/*.yml" }, pullRequest(HEAD));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("::error::input spec: nowhere/*.yml matches no file in the workspace");
  });
});

describe("apply on merge: only the reviewed plan", () => {
  it("applies the hash recorded on the merged pull request, shows the result there, and closes the drift issue", async () => {
    // The compliance run has an open drift issue for this spec.
    await runAction({ "drift-issue": "true" }, SCHEDULE);
    const issue = [...harness.github.issues.values()].find(
      (i) => i.title === "Okta drift in okta-drift.yml",
    )!;
    expect(issue.state).toBe("open");

    const planned = await runAction({}, pullRequest(HEAD));
    harness.github.merge(7, { headSha: HEAD, mergeCommitSha: MERGE });
    const applied = await runAction(mergeApply, PUSH, { GITHUB_SHA: MERGE });
    expect(applied.code, applied.stdout).toBe(0);
    expect(applied.stdout).toContain(
      `Applying the plan recorded on pull request #7: ${planned.outputs["plan-hash"]}`,
    );
    const result = applyComment()!.body;
    expect(result).toContain(
      `✅ **Applied** the reviewed plan \`${planned.outputs["plan-hash"]!.slice(0, 12)}\` (merge commit \`9999999\`)`,
    );
    expect(result).toContain("Applied 3 write(s).");
    expect(issue.state).toBe("closed");
    // Okta now matches: a plan of the merged spec is clean.
    const after = await runAction({}, { name: "schedule", payload: {} });
    expect(after.outputs.drift).toBe("false");
  });

  it("refuses when Okta changed since the review: says why on the pull request, fails, writes nothing", async () => {
    await runAction({}, pullRequest(HEAD));
    harness.github.merge(7, { headSha: HEAD, mergeCommitSha: MERGE });
    // Someone changes the allowlist in the admin console after the review.
    harness.emulator.store.apps.get(APP)!.body.profile = {
      groupwhitelist: ["00gbso71miOMjxHRW0ha"],
      theme: "dark",
    };
    harness.emulator.requests.length = 0;
    const run = await runAction(mergeApply, PUSH, { GITHUB_SHA: MERGE });
    expect(run.code).toBe(1);
    expect(oktaWrites()).toEqual([]);
    const body = applyComment()!.body;
    expect(body).toContain("❌ **Not applied**");
    expect(body).toContain("Nothing was written to Okta.");
    expect(run.stdout).toMatch(/::error::.*plan/);
  });

  it("refuses when the merged pull request's last commit was never planned", async () => {
    await runAction({}, pullRequest(HEAD));
    harness.github.merge(7, { headSha: NEWER, mergeCommitSha: MERGE });
    harness.emulator.requests.length = 0;
    const run = await runAction(mergeApply, PUSH, { GITHUB_SHA: MERGE });
    expect(run.code).toBe(1);
    expect(applyComment()!.body).toContain(
      "the plan on pull request #7 is of commit 1111111, but the pull request merged 2222222: its last commit was never planned",
    );
    expect(oktaWrites()).toEqual([]);
  });

  it("refuses when the last plan failed, or when there is no plan comment", async () => {
    writeFileSync(join(harness.workspace, "okta-drift.yml"), "version: 2\n");
    await runAction({}, pullRequest(HEAD));
    writeFileSync(
      join(harness.workspace, "okta-drift.yml"),
      readFileSync(join(EXAMPLES, "okta-drift.yml"), "utf8"),
    );
    harness.github.merge(7, { headSha: HEAD, mergeCommitSha: MERGE });
    const failedPlan = await runAction(mergeApply, PUSH, { GITHUB_SHA: MERGE });
    expect(failedPlan.code).toBe(1);
    expect(failedPlan.stdout).toContain(
      "not applied: the last plan of okta-drift.yml on pull request #7 failed",
    );

    harness.github.addPullRequest(8);
    harness.github.merge(8, { headSha: NEWER, mergeCommitSha: "8888888888888888888888888888888888888888" });
    const none = await runAction(mergeApply, PUSH, {
      GITHUB_SHA: "8888888888888888888888888888888888888888",
    });
    expect(none.code).toBe(1);
    expect(none.stdout).toContain("not applied: pull request #8 has no okta-drift plan of okta-drift.yml");
    expect(oktaWrites()).toEqual([]);
  });

  it("refuses a push that no pull request merged", async () => {
    const run = await runAction(mergeApply, PUSH, { GITHUB_SHA: "abcdefabcdefabcdefabcdefabcdefabcdefabcd" });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      "commit abcdefa was not merged from a pull request, so there is no reviewed plan to apply",
    );
    expect(oktaWrites()).toEqual([]);
  });

  it("from-pull-request is for apply only", async () => {
    const run = await runAction({ "plan-hash": "from-pull-request" }, pullRequest(HEAD));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("::error::input plan-hash: from-pull-request is for command: apply");
  });
});
