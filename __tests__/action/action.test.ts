import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import {
  ACTION,
  DISPATCH,
  GITHUB_TOKEN,
  harness,
  PR_EVENT,
  runAction,
  runBundle,
  SCHEDULE,
  SMOKE,
  useActionHarness,
} from "../helpers/action-harness.js";
import { AnsweringProxy } from "../helpers/answering-proxy.js";
import { API_TOKEN, addServiceApp } from "../helpers/tenant.js";

vi.mock("@actions/core", () => import("../helpers/fake-core.js"));
useActionHarness();

describe("the Action on pull requests", () => {
  it("reports drift: outputs, job summary, annotations on the spec lines, one sticky comment updated in place", async () => {
    const first = await runAction({}, PR_EVENT);
    expect(first.code).toBe(0);
    expect(first.outputs).toMatchObject({ drift: "true", changes: "3" });
    expect(first.outputs["plan-hash"]).toMatch(/^[0-9a-f]{64}$/);
    const json = JSON.parse(readFileSync(first.outputs.json!, "utf8")) as {
      drift: boolean;
      changes: unknown[];
    };
    expect(json.drift).toBe(true);
    expect(json.changes).toHaveLength(3);
    expect(first.outputs.report).toContain("### okta-drift: 3 changes");
    expect(first.summary).toContain("### okta-drift: 3 changes");
    expect(first.stdout).toMatch(
      /^::warning title=okta-drift,file=okta-drift.yml,line=14,col=\d+::Sample Client profile.groupwhitelist would be updated: profile.groupwhitelist$/m,
    );
    expect(first.stdout).toMatch(
      /^::warning title=okta-drift,file=okta-drift.yml,line=30,col=\d+::division \(RESOURCE\) would be updated: conditions.scopes$/m,
    );
    const comments = harness.github.issues.get(7)!.comments;
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain("<!-- okta-drift:plan:okta-drift.yml -->");
    expect(comments[0]!.body).toContain(first.outputs["plan-hash"]);
    expect(harness.github.requests.every((r) => r.authorization === `token ${GITHUB_TOKEN}`)).toBe(true);

    // The same drift again: the comment is found by its marker, not duplicated.
    await runAction({}, PR_EVENT);
    expect(harness.github.issues.get(7)!.comments).toHaveLength(1);

    // Okta fixed: the existing comment says so (on-change keeps it current).
    const app = harness.emulator.store.apps.get("0oabskvc6442nkvQO0h7")!;
    app.body.profile = { groupwhitelist: ["00gbso71miOMjxHRW0h7", "00gbso71miOMjxHRW0h8"], theme: "dark" };
    const third = await runAction({}, PR_EVENT);
    expect(third.outputs.changes).toBe("2");
    expect(harness.github.issues.get(7)!.comments).toHaveLength(1);
    expect(harness.github.issues.get(7)!.comments[0]!.body).toContain("### okta-drift: 2 changes");
  });

  it("rides out a GitHub 5xx: the comment is written after a retry", async () => {
    harness.github.failNext = 1;
    const run = await runAction({}, PR_EVENT);
    expect(run.code).toBe(0);
    expect(harness.github.issues.get(7)!.comments).toHaveLength(1);
    expect(harness.github.requests.filter((r) => r.path.includes("/comments")).length).toBeGreaterThanOrEqual(
      2,
    );
  });

  it("never edits a person's comment that carries the marker", async () => {
    harness.github.addHumanComment(7, "<!-- okta-drift:plan:okta-drift.yml --> my own words");
    await runAction({}, PR_EVENT);
    const comments = harness.github.issues.get(7)!.comments;
    expect(comments).toHaveLength(2);
    expect(comments[0]!.body).toBe("<!-- okta-drift:plan:okta-drift.yml --> my own words");
    expect(comments[1]!.user.type).toBe("Bot");
  });

  it("never edits another bot's comment that carries the marker", async () => {
    harness.github.addHumanComment(7, "<!-- okta-drift:plan:okta-drift.yml --> a copy", {
      login: "dependabot[bot]",
      type: "Bot",
    });
    await runAction({}, PR_EVENT);
    const comments = harness.github.issues.get(7)!.comments;
    expect(comments).toHaveLength(2);
    expect(comments[0]!.body).toBe("<!-- okta-drift:plan:okta-drift.yml --> a copy");
    expect(comments[1]!.user.login).toBe("github-actions[bot]");
  });

  it("keeps one comment with a personal token too (its author is the token's user)", async () => {
    harness.github.tokenUser = "release-bot";
    await runAction({}, PR_EVENT);
    await runAction({}, PR_EVENT);
    const comments = harness.github.issues.get(7)!.comments;
    expect(comments).toHaveLength(1);
    expect(comments[0]!.user.login).toBe("release-bot");
  });

  it("keeps one comment with a GitHub App's token (its author is the app's bot, found by GraphQL)", async () => {
    harness.github.appBot = "okta-drift-ci[bot]";
    // Someone else's app pasted the marker first: it is not ours to edit.
    harness.github.addHumanComment(7, "<!-- okta-drift:plan:okta-drift.yml --> a copy", {
      login: "other-app[bot]",
      type: "Bot",
    });
    await runAction({}, PR_EVENT);
    await runAction({}, PR_EVENT);
    const comments = harness.github.issues.get(7)!.comments;
    expect(comments.map((c) => c.user.login)).toEqual(["other-app[bot]", "okta-drift-ci[bot]"]);
    expect(harness.github.requests.filter((r) => r.path === "/graphql")).toHaveLength(2);
  });

  it("posts no comment for a clean plan with on-change, and one with always", async () => {
    const clean = join(harness.workspace, "clean.yml");
    writeFileSync(
      clean,
      "version: 1\napps:\n  - id: 0oabskvc6442nkvQO0h7\n    profile:\n      groupwhitelist: [WestCoastDivision]\n",
    );
    const onChange = await runAction({ spec: "clean.yml" }, PR_EVENT);
    expect(onChange.outputs.drift).toBe("false");
    expect(harness.github.issues.get(7)!.comments).toHaveLength(0);
    await runAction({ spec: "clean.yml", comment: "always" }, PR_EVENT);
    expect(harness.github.issues.get(7)!.comments).toHaveLength(1);
    expect(harness.github.issues.get(7)!.comments[0]!.body).toContain("no drift");
    await runAction({ spec: "clean.yml", comment: "never" }, PR_EVENT);
    expect(harness.github.issues.get(7)!.comments).toHaveLength(1);
  });

  it("keeps the job green with a notice when the token cannot comment", async () => {
    harness.github.forbidComments = true;
    const run = await runAction({}, PR_EVENT);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("::notice::This run's token cannot comment on the pull request");
    expect(run.summary).toContain("### okta-drift: 3 changes");
  });

  it("skips with a notice on a fork's pull request without secrets, reading nothing from Okta", async () => {
    const fork = {
      name: "pull_request",
      payload: {
        pull_request: {
          number: 7,
          head: { repo: { full_name: "stranger/identity" } },
          base: { repo: { full_name: "acme/identity" } },
        },
      },
    };
    const run = await runAction({ "okta-api-token": "" }, fork);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("::notice::Okta secrets are not available to pull requests from forks");
    expect(run.summary).toContain("Skipped");
    expect(harness.emulator.requests).toEqual([]);
  });

  it("writes SARIF when asked", async () => {
    await runAction({ "sarif-file": "okta-drift.sarif" }, PR_EVENT);
    const sarif = JSON.parse(readFileSync(join(harness.workspace, "okta-drift.sarif"), "utf8")) as {
      version: string;
      runs: { results: unknown[] }[];
    };
    expect(sarif.version).toBe("2.1.0");
    expect(sarif.runs[0]!.results).toHaveLength(3);
  });

  it("fails with annotations at the lines of a bad spec", async () => {
    writeFileSync(
      join(harness.workspace, "bad.yml"),
      "version: 1\napps:\n  - id: 0oabskvc6442nkvQO0h7\n    profile: { allow: [x] }\n    colour: blue\n",
    );
    const run = await runAction({ spec: "bad.yml" }, PR_EVENT);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      "::error title=okta-drift spec,file=bad.yml,line=5,col=5::apps[0].colour: unknown key",
    );
    expect(run.stdout).toContain("::error::the spec has 1 problem(s)");
    // The job summary says why, where the report would be.
    expect(run.summary).toContain("okta-drift: failed");
    expect(run.summary).toContain("bad.yml:5:5 apps&#91;0&#93;.colour: unknown key");
  });

  it("a spec that is not in the workspace says to check out the repository first", async () => {
    const run = await runAction({ spec: "missing.yml" }, PR_EVENT);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `::error::the spec missing.yml is not in the workspace (${harness.workspace}): run actions/checkout before okta-drift, or point the spec input at the file`,
    );
  });

  it("validates its inputs with clear errors", async () => {
    const run = await runAction({ comment: "sometimes" }, PR_EVENT);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error::input comment: "sometimes" is not one of on-change, always, never',
    );
  });
});

describe("the Action on a schedule (compliance)", () => {
  it("opens one labelled drift issue, updates it while drift persists, closes it when drift is gone; fail-on-drift fails the job", async () => {
    const inputs = { "drift-issue": "true", "fail-on-drift": "true", comment: "never" };
    const first = await runAction(inputs, SCHEDULE);
    expect(first.code).toBe(1);
    expect(first.stdout).toContain("::error::Okta drifts from okta-drift.yml: 3 change(s)");
    expect(first.stdout).toMatch(/^::error title=okta-drift,file=okta-drift.yml,line=14,col=\d+::/m);
    const open = () =>
      [...harness.github.issues.values()].filter(
        (i) => i.labels.some((l) => l.name === "okta-drift") && i.state === "open",
      );
    expect(open()).toHaveLength(1);
    expect(open()[0]!.title).toBe("Okta drift in okta-drift.yml");
    expect(open()[0]!.body).toContain("https://github.example/acme/identity/actions/runs/42");

    await runAction(inputs, SCHEDULE);
    expect(open()).toHaveLength(1);

    // Apply through the CLI's engine equivalent: make Okta match, then the issue closes.
    const apply = await runAction({ command: "apply" }, DISPATCH);
    expect(apply.code).toBe(0);
    const clean = await runAction(inputs, SCHEDULE);
    expect(clean.code).toBe(0);
    expect(clean.outputs.drift).toBe("false");
    expect(open()).toHaveLength(0);
    const closed = [...harness.github.issues.values()].find(
      (i) => i.title === "Okta drift in okta-drift.yml",
    )!;
    expect(closed.state).toBe("closed");
    expect(closed.comments.at(-1)!.body).toContain("Okta matches okta-drift.yml again");
  });
});

describe("the drift issue without issues: write", () => {
  it("fails in one line that names the permission, never a stack trace", async () => {
    harness.github.forbidIssues = true;
    const run = await runAction({ "drift-issue": "true", comment: "never" }, SCHEDULE);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      "::error::drift-issue: this run's token may not write issues (Resource not accessible by integration); give the job permissions: issues: write, or turn drift-issue off",
    );
    expect(run.stdout).not.toMatch(/HttpError|\n\s+at /);
  });
});

describe("the Action with an OAuth service app", () => {
  it("plans with okta-client-id and okta-private-key, masking the key", async () => {
    const env = await addServiceApp(harness.emulator.store, [
      "okta.apps.read",
      "okta.groups.read",
      "okta.authorizationServers.read",
    ]);
    const run = await runAction(
      {
        "okta-api-token": "",
        "okta-client-id": env.OKTA_CLIENT_ID,
        "okta-private-key": env.OKTA_PRIVATE_KEY,
      },
      PR_EVENT,
    );
    expect(run.code).toBe(0);
    expect(run.outputs.drift).toBe("true");
    expect(run.stdout).toContain(`::add-mask::${env.OKTA_PRIVATE_KEY}`);
    const d = JSON.parse(env.OKTA_PRIVATE_KEY).d as string;
    for (const place of [
      run.stderr,
      run.summary,
      JSON.stringify(run.outputs),
      ...harness.github.issues.get(7)!.comments.map((c) => c.body),
    ])
      expect(place).not.toContain(d);
    expect(
      run.stdout
        .split("\n")
        .filter((l) => !l.startsWith("::add-mask::"))
        .join("\n"),
    ).not.toContain(d);
  });
});

describe("the Action's manual apply", () => {
  it("applies the approved plan and writes what it changed to the summary", async () => {
    const plan = await runAction({}, PR_EVENT);
    const applied = await runAction({ command: "apply", "plan-hash": plan.outputs["plan-hash"]! }, DISPATCH);
    expect(applied.code).toBe(0);
    expect(applied.summary).toContain("What changed:");
    expect(applied.summary).toContain("PUT /api/v1/apps/0oabskvc6442nkvQO0h7");
    expect((await runAction({}, PR_EVENT)).outputs.drift).toBe("false");
  });

  it("never lets Okta's words start a line of the log (#21.1): a cause cannot issue a workflow command", async () => {
    const proxy = await new AnsweringProxy(harness.emulator.url, [
      {
        method: "PUT",
        path: /^\/api\/v1\/apps\//,
        answer: {
          status: 400,
          body: JSON.stringify({
            errorCode: "E0000001",
            errorSummary: "Api validation failed\n::add-mask::plan",
            errorCauses: [{ errorSummary: "x\r\n::stop-commands::pwned\u001b[2J" }],
          }),
        },
      },
    ]).start();
    try {
      const run = await runAction({ command: "apply", "okta-org-url": proxy.url }, DISPATCH);
      expect(run.code).toBe(1);
      const lines = run.stdout.split("\n");
      expect(lines.filter((l) => /^::(add-mask|stop-commands)::(plan|pwned)/.test(l))).toEqual([]);
      expect(run.stdout).not.toContain("\u001b");
      expect(run.stdout).toContain("\\u{a}::add-mask::plan");
    } finally {
      await proxy.close();
    }
  });

  it("refuses a plan hash that no longer matches, writing nothing", async () => {
    const run = await runAction({ command: "apply", "plan-hash": "0".repeat(64) }, DISPATCH);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("the plan changed since it was approved");
    expect(run.summary).toContain("the plan changed since it was approved");
    expect(harness.emulator.requests.filter((r) => r.method !== "GET")).toEqual([]);
  });
});

describe("the Action's smoke tests", () => {
  it("runs the spec's smoke tests with secrets from the step's environment", async () => {
    const run = await runAction({ command: "smoke" }, DISPATCH, SMOKE);
    expect(run.code).toBe(0);
    expect(run.summary).toContain("west coast user sees their group");
    expect(run.summary).toContain("PASS");
  });

  it("fails the job when a smoke test fails", async () => {
    const run = await runAction({ command: "smoke" }, DISPATCH, {
      ...SMOKE,
      SMOKE_USERNAME: "east.user@example.com",
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      "::error::FAIL west coast user sees their group: groups: expected exactly [WestCoastDivision], got none",
    );
  });
});

describe("the bundle as the runner runs it", () => {
  it("dist/index.js plans, comments, annotates and writes outputs and the summary", async () => {
    expect(existsSync(ACTION)).toBe(true);
    const first = await runBundle({}, PR_EVENT);
    expect(first.code).toBe(0);
    expect(first.outputs).toMatchObject({ drift: "true", changes: "3" });
    expect(first.outputs["plan-hash"]).toMatch(/^[0-9a-f]{64}$/);
    expect(first.summary).toContain("### okta-drift: 3 changes");
    expect(first.stdout).toMatch(
      /^::warning title=okta-drift,file=okta-drift.yml,line=14,col=\d+::Sample Client profile.groupwhitelist would be updated: profile.groupwhitelist$/m,
    );
    expect(first.stdout).toContain(`::add-mask::${API_TOKEN}`);
    expect(harness.github.issues.get(7)!.comments).toHaveLength(1);
    const failed = await runBundle({ comment: "sometimes" }, PR_EVENT);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain(
      '::error::input comment: "sometimes" is not one of on-change, always, never',
    );
  });
});
