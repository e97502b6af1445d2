import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { parse } from "yaml";
import { harness, runAction, SMOKE, useActionHarness } from "../helpers/action-harness.js";
import {
  API_TOKEN,
  EXAMPLES,
  orgsSpecText,
  PROD_API_TOKEN,
  PROD_IDS,
  startProdTenant,
} from "../helpers/tenant.js";

/**
 * The example workflows, run: each okta-drift step of each job, with the inputs and env the
 * workflow gives it (expressions resolved as GitHub would, against the embedded tenant and the
 * fake GitHub API), for the event the workflow is on. A reviewer follows one change from pull
 * request to applied without copying a hash by hand.
 */
vi.mock("@actions/core", () => import("../helpers/fake-core.js"));
useActionHarness();

interface Step {
  uses?: string;
  with?: Record<string, string | boolean>;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { steps: Step[]; strategy?: { matrix: Record<string, string[]> } }>;
}

const HEAD = "1111111111111111111111111111111111111111";
const MERGE = "9999999999999999999999999999999999999999";

function workflow(name: string): Workflow {
  return parse(readFileSync(join(EXAMPLES, "workflows", name), "utf8")) as Workflow;
}

/** What `${{ … }}` expressions give in these tests. */
function context(extra: Record<string, string> = {}): Record<string, string> {
  return {
    "vars.OKTA_ORG_URL": harness.emulator.url,
    "secrets.OKTA_READ_API_TOKEN": API_TOKEN,
    "secrets.OKTA_WRITE_API_TOKEN": API_TOKEN,
    "secrets.SMOKE_CLIENT_SECRET": SMOKE.SMOKE_CLIENT_SECRET,
    "vars.SMOKE_USERNAME": SMOKE.SMOKE_USERNAME,
    "secrets.SMOKE_PASSWORD": SMOKE.SMOKE_PASSWORD,
    ...extra,
  };
}

function resolve(value: string | boolean, values: Record<string, string>): string {
  return String(value).replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`the test does not know ${name}`);
    return values[name]!;
  });
}

/** Runs every okta-drift step of every job (each matrix entry), in order; returns their runs. */
async function runWorkflow(
  name: string,
  event: { name: string; payload: object },
  values: Record<string, string>,
  env: Record<string, string> = {},
  /** What differs per matrix entry (an environment's secrets, say). */
  perEntry: (entry: Record<string, string>) => Record<string, string> = () => ({}),
) {
  const wf = workflow(name);
  expect(Object.keys(wf.on)).toContain(event.name);
  const runs = [];
  for (const job of Object.values(wf.jobs)) {
    const matrix = job.strategy?.matrix ?? {};
    const entries =
      Object.keys(matrix).length === 0
        ? [{}]
        : matrix[Object.keys(matrix)[0]!]!.map((v) => ({ [`matrix.${Object.keys(matrix)[0]}`]: v }));
    for (const entry of entries)
      for (const step of job.steps.filter((s) => s.uses?.startsWith("okta-drift/okta-drift@"))) {
        const all = { ...values, ...entry, ...perEntry(entry) };
        const inputs = Object.fromEntries(
          Object.entries(step.with ?? {}).map(([k, v]) => [k, resolve(v, all)]),
        );
        const stepEnv = Object.fromEntries(
          Object.entries(step.env ?? {}).map(([k, v]) => [k, resolve(v, all)]),
        );
        // Only what the step gives: the harness's own Okta inputs are not the workflow's.
        const given = { "okta-org-url": "", "okta-api-token": "", ...inputs };
        runs.push(await runAction(given, event, { ...env, ...stepEnv }));
      }
  }
  return runs;
}

const pullRequest = {
  name: "pull_request",
  payload: {
    pull_request: {
      number: 7,
      head: { sha: HEAD, repo: { full_name: "acme/identity" } },
      base: { repo: { full_name: "acme/identity" } },
    },
  },
};

describe("the example workflows, run", () => {
  it("pull request plan, then merge: the reviewed plan is applied and reported on the pull request", async () => {
    const [plan] = await runWorkflow("okta-drift-pr.yml", pullRequest, context());
    expect(plan!.code).toBe(0);
    const hash = plan!.outputs["plan-hash"]!;
    expect(harness.github.issues.get(7)!.comments[0]!.body).toContain(`plan-hash=${hash}`);

    harness.github.merge(7, { headSha: HEAD, mergeCommitSha: MERGE });
    const [applied] = await runWorkflow(
      "okta-drift-apply-on-merge.yml",
      { name: "push", payload: {} },
      context(),
      {
        GITHUB_SHA: MERGE,
      },
    );
    expect(applied!.code, applied!.stdout).toBe(0);
    expect(applied!.outputs["plan-hash"]).toBe(hash);
    const comments = harness.github.issues.get(7)!.comments.map((c) => c.body);
    expect(comments.some((c) => c.includes("✅ **Applied** the reviewed plan"))).toBe(true);
    const [again] = await runWorkflow("okta-drift-pr.yml", pullRequest, context());
    expect(again!.outputs.drift).toBe("false");
  });

  it("the compliance workflow: the drift issue and SARIF, and the smoke tests", async () => {
    const [drift, smoke] = await runWorkflow(
      "okta-drift-compliance.yml",
      { name: "schedule", payload: {} },
      context(),
    );
    expect(drift!.code).toBe(1); // fail-on-drift
    expect([...harness.github.issues.values()].some((i) => i.title === "Okta drift in okta-drift.yml")).toBe(
      true,
    );
    expect(readFileSync(join(harness.workspace, "okta-drift.sarif"), "utf8")).toContain('"version": "2.1.0"');
    expect(smoke!.code).toBe(0);
    expect(smoke!.summary).toContain("PASS");
  });

  it("the manual apply: the hash typed into workflow_dispatch", async () => {
    const [plan] = await runWorkflow("okta-drift-pr.yml", pullRequest, context());
    const [applied] = await runWorkflow(
      "okta-drift-apply.yml",
      { name: "workflow_dispatch", payload: {} },
      context({
        "inputs.plan-hash": plan!.outputs["plan-hash"]!,
        "inputs.prune": "false",
      }),
    );
    expect(applied!.code).toBe(0);
    expect(applied!.summary).toContain("What changed");
  });

  it("the matrix over specs: one comment per spec, labelled", async () => {
    mkdirSync(join(harness.workspace, "specs"));
    for (const name of ["workforce.yml", "partners.yml"])
      copyFileSync(join(EXAMPLES, "okta-drift.yml"), join(harness.workspace, "specs", name));
    const runs = await runWorkflow("okta-drift-pr-matrix.yml", pullRequest, context());
    expect(runs.map((r) => r.code)).toEqual([0, 0]);
    const markers = harness.github.issues
      .get(7)!
      .comments.map((c) => /okta-drift:plan:(\S+) -->/.exec(c.body)?.[1]);
    expect(markers).toEqual(["specs/workforce.yml", "specs/partners.yml"]);
    expect(harness.github.issues.get(7)!.labels.map((l) => l.name)).toEqual(["okta-drift:changes"]);
  });

  it("many orgs: one comment with both orgs side by side, then each org applies its own reviewed hash", async () => {
    const prod = await startProdTenant();
    try {
      writeFileSync(
        join(harness.workspace, "okta-drift.orgs.yml"),
        orgsSpecText(harness.emulator.url, prod.url),
      );
      const tokens = {
        "secrets.OKTA_READ_API_TOKEN_PREVIEW": API_TOKEN,
        "secrets.OKTA_READ_API_TOKEN_PROD": PROD_API_TOKEN,
        "vars.OKTA_ORG_URL_PREVIEW": harness.emulator.url,
        "vars.OKTA_ORG_URL_PROD": prod.url,
      };
      const [plan] = await runWorkflow("okta-drift-orgs-pr.yml", pullRequest, context(tokens));
      expect(plan!.code, plan!.stdout).toBe(0);
      const [comment] = harness.github.issues.get(7)!.comments.map((c) => c.body);
      expect(comment).toContain("<!-- okta-drift:plan:okta-drift.orgs.yml -->");
      expect(comment).toContain("| | <code>preview</code> | <code>prod</code> |");
      const hashes = JSON.parse(plan!.outputs.results!)[0].orgs as { org: string; planHash: string }[];
      expect(hashes.map((h) => h.org)).toEqual(["preview", "prod"]);
      for (const { org, planHash } of hashes) expect(comment).toContain(`plan-hash.${org}=${planHash}`);

      harness.github.merge(7, { headSha: HEAD, mergeCommitSha: MERGE });
      // Each environment holds its own org's write token.
      const environments: Record<string, { token: string; url: string }> = {
        preview: { token: API_TOKEN, url: harness.emulator.url },
        prod: { token: PROD_API_TOKEN, url: prod.url },
      };
      const applied = await runWorkflow(
        "okta-drift-orgs-apply-on-merge.yml",
        { name: "push", payload: {} },
        context(),
        { GITHUB_SHA: MERGE },
        (entry) => ({
          "secrets.OKTA_WRITE_API_TOKEN": environments[entry["matrix.org"]!]!.token,
          "vars.OKTA_ORG_URL": environments[entry["matrix.org"]!]!.url,
        }),
      );
      expect(applied.map((r) => r.code)).toEqual([0, 0]);
      expect(applied.map((r) => r.outputs["plan-hash"])).toEqual(hashes.map((h) => h.planHash));
      expect(prod.store.apps.get(PROD_IDS.app)!.body.profile).toMatchObject({
        groupwhitelist: [PROD_IDS.west, PROD_IDS.east],
      });
      const results = harness.github.issues.get(7)!.comments.map((c) => c.body);
      for (const org of ["preview", "prod"])
        expect(
          results.some(
            (c) =>
              c.includes(`<!-- okta-drift:apply:okta-drift.orgs.yml@${org} -->`) &&
              c.includes("✅ **Applied**"),
          ),
        ).toBe(true);
    } finally {
      await prod.close();
    }
  });

  it("many orgs: prod refuses preview's hash, and an apply without the org input says which to set", async () => {
    const prod = await startProdTenant();
    try {
      writeFileSync(
        join(harness.workspace, "okta-drift.orgs.yml"),
        orgsSpecText(harness.emulator.url, prod.url),
      );
      const [plan] = await runWorkflow(
        "okta-drift-orgs-pr.yml",
        pullRequest,
        context({
          "secrets.OKTA_READ_API_TOKEN_PREVIEW": API_TOKEN,
          "secrets.OKTA_READ_API_TOKEN_PROD": PROD_API_TOKEN,
          "vars.OKTA_ORG_URL_PREVIEW": harness.emulator.url,
          "vars.OKTA_ORG_URL_PROD": prod.url,
        }),
      );
      const preview = JSON.parse(plan!.outputs.results!)[0].orgs[0].planHash as string;
      const wrong = await runAction(
        {
          command: "apply",
          spec: "okta-drift.orgs.yml",
          org: "prod",
          "okta-api-token": PROD_API_TOKEN,
          "plan-hash": preview,
          "okta-org-url": prod.url,
        },
        { name: "workflow_dispatch", payload: {} },
      );
      expect(wrong.code).toBe(1);
      expect(wrong.stdout).toMatch(/plan/i);
      expect(wrong.stdout).toContain(preview.slice(0, 12));
      expect(prod.requests.filter((r) => r.method !== "GET")).toEqual([]);
      const unnamed = await runAction(
        { command: "apply", spec: "okta-drift.orgs.yml", "okta-org-url": "" },
        { name: "workflow_dispatch", payload: {} },
      );
      expect(unnamed.code).toBe(1);
      expect(unnamed.stdout).toContain("serves 2 orgs (preview, prod): set the org input to one of them");
    } finally {
      await prod.close();
    }
  });

  it("many orgs: one org's failure is its column; the other's plan and hash are still recorded", async () => {
    const prod = await startProdTenant();
    try {
      writeFileSync(
        join(harness.workspace, "okta-drift.orgs.yml"),
        orgsSpecText(harness.emulator.url, prod.url),
      );
      const [plan] = await runWorkflow(
        "okta-drift-orgs-pr.yml",
        pullRequest,
        context({
          "secrets.OKTA_READ_API_TOKEN_PREVIEW": API_TOKEN,
          "secrets.OKTA_READ_API_TOKEN_PROD": "",
          "vars.OKTA_ORG_URL_PREVIEW": harness.emulator.url,
          "vars.OKTA_ORG_URL_PROD": prod.url,
        }),
      );
      expect(plan!.code).toBe(1);
      expect(plan!.stdout).toContain("::error::org prod: no Okta credentials for org prod");
      const [comment] = harness.github.issues.get(7)!.comments.map((c) => c.body);
      expect(comment).toContain("| **Plan** | 1 change | ⚠️ error |");
      expect(comment).toMatch(/plan-hash\.preview=[0-9a-f]{64} -->/);
      expect(comment).not.toContain("plan-hash.prod=");
      expect(prod.requests).toEqual([]);
      const results = JSON.parse(plan!.outputs.results!)[0];
      expect(results.status).toBe("error");
      expect(results.orgs.map((o: { status: string }) => o.status)).toEqual(["planned", "error"]);
    } finally {
      await prod.close();
    }
  });

  it("many orgs: a branch that points an org at another URL gets nothing sent there", async () => {
    const prod = await startProdTenant();
    const attacker = await startProdTenant();
    try {
      writeFileSync(
        join(harness.workspace, "okta-drift.orgs.yml"),
        orgsSpecText(harness.emulator.url, attacker.url),
      );
      const [plan] = await runWorkflow(
        "okta-drift-orgs-pr.yml",
        pullRequest,
        context({
          "secrets.OKTA_READ_API_TOKEN_PREVIEW": API_TOKEN,
          "secrets.OKTA_READ_API_TOKEN_PROD": PROD_API_TOKEN,
          "vars.OKTA_ORG_URL_PREVIEW": harness.emulator.url,
          "vars.OKTA_ORG_URL_PROD": prod.url,
        }),
      );
      expect(plan!.code).toBe(1);
      expect(plan!.stdout).toContain(
        `org prod: the spec says ${attacker.url} but the workflow says ${prod.url}; nothing was sent`,
      );
      expect(attacker.requests).toEqual([]);
      expect(prod.requests).toEqual([]);
    } finally {
      await prod.close();
      await attacker.close();
    }
  });
});
