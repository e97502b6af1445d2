import { execFile } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, expect } from "vitest";
import { run } from "../../src/action/main.js";
import type { Emulator } from "../../src/emulator/index.js";
import { runner } from "./fake-core.js";
import { FakeGitHub } from "./fake-github.js";
import { API_TOKEN, EXAMPLES, PROD_API_TOKEN, startExampleTenant } from "./tenant.js";

/**
 * The Action's run() in-process with @actions/core replaced (fake-core.ts; each test file
 * says vi.mock("@actions/core", () => import("../helpers/fake-core.js"))), talking to the
 * embedded Okta tenant and a fake GitHub API on loopback; or the built dist/index.js run as
 * GitHub's runner runs it (a child process with INPUT_* variables, GITHUB_OUTPUT,
 * GITHUB_STEP_SUMMARY and GITHUB_EVENT_PATH). useActionHarness() sets both up per test.
 */

export const ACTION = join(import.meta.dirname, "..", "..", "dist", "index.js");
export const GITHUB_TOKEN = "ghs_fakeGitHubToken0123456789abcdef";
export const SMOKE = {
  SMOKE_CLIENT_SECRET: "demo-client-secret-0123456789",
  SMOKE_USERNAME: "west.user@example.com",
  SMOKE_PASSWORD: "Demo-Passw0rd!",
};
export const SECRETS = [
  API_TOKEN,
  PROD_API_TOKEN,
  GITHUB_TOKEN,
  SMOKE.SMOKE_CLIENT_SECRET,
  SMOKE.SMOKE_PASSWORD,
];

/** The tenant, the fake GitHub and the workspace of the test that is running. */
export const harness = {} as { emulator: Emulator; github: FakeGitHub; workspace: string };

export function useActionHarness(): void {
  beforeEach(async () => {
    harness.emulator = await startExampleTenant();
    harness.github = new FakeGitHub();
    await harness.github.start();
    harness.github.addPullRequest(7);
    harness.workspace = mkdtempSync(join(tmpdir(), "okta-drift-action-"));
    copyFileSync(join(EXAMPLES, "okta-drift.yml"), join(harness.workspace, "okta-drift.yml"));
  });
  afterEach(async () => {
    await harness.emulator.close();
    await harness.github.close();
  });
}

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** What the runner gives the step: its inputs, and the variables of the event and the job. */
export function runnerSetup(
  inputs: Record<string, string>,
  event: { name: string; payload: object },
  env: Record<string, string>,
) {
  const eventFile = join(harness.workspace, "event.json");
  writeFileSync(eventFile, JSON.stringify(event.payload));
  return {
    inputs: {
      "okta-org-url": harness.emulator.url,
      "okta-api-token": API_TOKEN,
      "github-token": GITHUB_TOKEN,
      spec: "okta-drift.yml",
      ...inputs,
    },
    env: {
      GITHUB_EVENT_PATH: eventFile,
      GITHUB_EVENT_NAME: event.name,
      GITHUB_REPOSITORY: "acme/identity",
      GITHUB_API_URL: harness.github.url,
      GITHUB_SERVER_URL: "https://github.example",
      GITHUB_RUN_ID: "42",
      GITHUB_WORKSPACE: harness.workspace,
      RUNNER_TEMP: harness.workspace,
      ...env,
    },
  };
}

/** run() in this process, as the runner would start the step. */
export async function runAction(
  inputs: Record<string, string>,
  event: { name: string; payload: object },
  env: Record<string, string> = {},
): Promise<ActionRun> {
  const setup = runnerSetup(inputs, event, env);
  runner.reset(setup.inputs);
  await run(setup.env);
  const result = {
    code: runner.exitCode,
    stdout: runner.stdout.join("\n"),
    stderr: "",
    outputs: { ...runner.outputs },
    summary: runner.summary,
  };
  expectNoSecrets(result);
  return result;
}

/** dist/index.js as a child process, exactly as GitHub's runner starts it. */
export async function runBundle(
  inputs: Record<string, string>,
  event: { name: string; payload: object },
  env: Record<string, string> = {},
): Promise<ActionRun> {
  const setup = runnerSetup(inputs, event, env);
  const outputFile = join(harness.workspace, `output-${Math.random()}`);
  const summaryFile = join(harness.workspace, `summary-${Math.random()}`);
  writeFileSync(outputFile, "");
  writeFileSync(summaryFile, "");
  const inputEnv = Object.fromEntries(
    Object.entries(setup.inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]),
  );
  const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>(
    (resolve) => {
      execFile(
        process.execPath,
        [ACTION],
        {
          cwd: harness.workspace,
          env: {
            PATH: process.env.PATH,
            ...inputEnv,
            GITHUB_OUTPUT: outputFile,
            GITHUB_STEP_SUMMARY: summaryFile,
            ...setup.env,
          },
        },
        (error, stdout, stderr) =>
          resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      );
    },
  );
  const result = {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(outputFile, "utf8")),
    summary: readFileSync(summaryFile, "utf8"),
  };
  expectNoSecrets(result);
  return result;
}

/** GITHUB_OUTPUT's `name<<delimiter` blocks. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const re = /^(.+?)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) outputs[m[1]!] = m[3]!;
  return outputs;
}

/** No secret anywhere: stdout (but the runner's own ::add-mask:: command), stderr, summary, outputs, comments, issues. */
export function expectNoSecrets(run: ActionRun): void {
  const stdout = run.stdout
    .split("\n")
    .filter((l) => !l.startsWith("::add-mask::"))
    .join("\n");
  const places = [
    stdout,
    run.stderr,
    run.summary,
    JSON.stringify(run.outputs),
    ...[...harness.github.issues.values()].flatMap((i) => [i.body, ...i.comments.map((c) => c.body)]),
  ];
  for (const secret of SECRETS) for (const place of places) expect(place).not.toContain(secret);
  for (const place of places) expect(place).not.toMatch(/eyJ[\w-]+\.eyJ/);
}

export const PR_EVENT = {
  name: "pull_request",
  payload: {
    pull_request: {
      number: 7,
      head: { repo: { full_name: "acme/identity" } },
      base: { repo: { full_name: "acme/identity" } },
    },
  },
};
export const SCHEDULE = { name: "schedule", payload: {} };
export const DISPATCH = { name: "workflow_dispatch", payload: {} };
