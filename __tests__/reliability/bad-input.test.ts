import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Emulator } from "../../src/emulator/index.js";
import { MAX_SPEC_BYTES } from "../../src/spec/load.js";
import { harness, runAction, useActionHarness } from "../helpers/action-harness.js";
import { cli } from "../helpers/cli.js";
import { API_TOKEN, addGroup, EXAMPLES, startExampleTenant } from "../helpers/tenant.js";
import { reliabilitySection } from "./table.js";

/**
 * Bad input, kept as files (__tests__/bad-input/ and the spec corpus) plus what cannot be a
 * file in a repository (a directory, a FIFO, a device, a 50 MB file), bad options and bad
 * Action inputs. Each: exit 1 within a second, a message that names the place (the file and,
 * where there is one, its line), no stack trace, and no request to Okta (a group the tenant
 * has not, or has twice, takes the reads that find out, and no write).
 */
vi.mock("@actions/core", () => import("../helpers/fake-core.js"));
useActionHarness();

const ROOT = join(import.meta.dirname, "..");
const fromDir = (dir: string) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => !readFileSync(join(ROOT, dir, f), "latin1").includes("# expect: valid"))
    .map((f) => join(ROOT, dir, f));
const generated = mkdtempSync(join(tmpdir(), "okta-drift-bad-input-"));
const big = join(generated, "fifty-megabytes.yml");
const fifo = join(generated, "a-fifo.yml");
const folder = join(generated, "a-directory.yml");

const SPEC_FILES = [...fromDir("bad-input"), ...fromDir("spec-corpus"), folder, fifo, big, "/dev/zero"];
/** Problems of the whole file, which have no line to point at. */
const WHOLE_FILE = /(not a regular file|not UTF-8|bytes; a spec may be at most|the file is empty)/;
/**
 * These need the tenant: a group that is missing or ambiguous is found out by reading, and a
 * lint error still comes with the plan it is part of. Reads only, never a write.
 */
const READS = /(group-(unknown|ambiguous)|lint-.*)\.yml$/;

const ARGS: {
  tried: string;
  args: (url: string) => string[];
  env?: Record<string, string>;
  names: RegExp;
}[] = [
  { tried: "--format yaml", args: (u) => ["plan", "--org-url", u, "--format", "yaml"], names: /--format/ },
  {
    tried: "--max-changes -1",
    args: (u) => ["apply", "--org-url", u, "--max-changes", "-1"],
    names: /--max-changes/,
  },
  {
    tried: "--max-changes abc",
    args: (u) => ["apply", "--org-url", u, "--max-changes", "abc"],
    names: /--max-changes/,
  },
  {
    tried: "--plan-hash xyz",
    args: (u) => ["apply", "--org-url", u, "--plan-hash", "xyz"],
    names: /--plan-hash/,
  },
  {
    tried: "--impact everything",
    args: (u) => ["plan", "--org-url", u, "--impact", "everything"],
    names: /--impact/,
  },
  {
    tried: "--impact-max-users 0",
    args: (u) => ["plan", "--org-url", u, "--impact", "users", "--impact-max-users", "0"],
    names: /--impact-max-users/,
  },
  { tried: "an unknown option", args: (u) => ["plan", "--org-url", u, "--sepc", "x.yml"], names: /--sepc/ },
  {
    tried: "the API token as a flag",
    args: (u) => ["plan", "--org-url", u, "--api-token=abc"],
    names: /--api-token is not an option/,
  },
  { tried: "an unknown command", args: () => ["deploy"], names: /unknown command "deploy"/ },
  {
    tried: "no org at all",
    args: () => ["plan"],
    env: { OKTA_API_TOKEN: API_TOKEN },
    names: /no Okta org: pass --org-url or set OKTA_ORG_URL/,
  },
  {
    tried: "an org URL over plain http",
    args: () => ["plan", "--org-url", "http://example.okta.com"],
    names: /must use https/,
  },
  {
    tried: "an org URL with a user and password",
    args: () => ["plan", "--org-url", "https://me:pw@example.okta.com"],
    names: /just the org's origin/,
  },
  {
    tried: "an org URL with a query",
    args: () => ["plan", "--org-url", "https://example.okta.com/?x=1"],
    names: /just the org's origin/,
  },
  { tried: "a file: org URL", args: () => ["plan", "--org-url", "file:///etc/passwd"], names: /org URL/ },
  {
    tried: "the admin console's host",
    args: () => ["plan", "--org-url", "https://acme-admin.okta.com"],
    names: /admin console's host/,
  },
  {
    tried: "--org with a spec that has no orgs",
    args: (u) => ["plan", "--org-url", u, "--org", "prod"],
    names: /defines no orgs/,
  },
  {
    tried: "a spec file that is not there",
    args: (u) => ["plan", "--org-url", u, "--spec", "missing.yml"],
    names: /missing\.yml: no such file/,
  },
  {
    tried: "no credentials",
    args: (u) => ["plan", "--org-url", u],
    env: {},
    names: /no Okta credentials: set OKTA_API_TOKEN/,
  },
  {
    tried: "a wrong API token",
    args: (u) => ["plan", "--org-url", u],
    env: { OKTA_API_TOKEN: "wrong-token-000000" },
    names: /401 E0000011/,
  },
];

const ACTION_INPUTS: { tried: string; inputs: Record<string, string>; names: RegExp }[] = [
  { tried: "command: deploy", inputs: { command: "deploy" }, names: /input command: "deploy" is not one of/ },
  { tried: "comment: sometimes", inputs: { comment: "sometimes" }, names: /input comment/ },
  {
    tried: "fail-on-drift: yes",
    inputs: { "fail-on-drift": "yes" },
    names: /input fail-on-drift: expected true or false/,
  },
  { tried: "plan-hash: xyz", inputs: { command: "apply", "plan-hash": "xyz" }, names: /input plan-hash/ },
  {
    tried: "plan-hash: from-pull-request with plan",
    inputs: { "plan-hash": "from-pull-request" },
    names: /from-pull-request is for command: apply/,
  },
  { tried: "impact: everything", inputs: { impact: "everything" }, names: /input impact/ },
  { tried: "max-changes: -3", inputs: { command: "apply", "max-changes": "-3" }, names: /input max-changes/ },
  {
    tried: "org: a name that cannot be one",
    inputs: { org: "prod!" },
    names: /input org: "prod!" is not an org name/,
  },
  {
    tried: "org: all with apply",
    inputs: { command: "apply", org: "all" },
    names: /input org: all is for command: plan/,
  },
  {
    tried: "a spec glob that matches nothing",
    inputs: { spec: "specs/*.yml" },
    names: /input spec: specs\/\*\.yml matches no file/,
  },
  {
    tried: "okta-org-url over plain http",
    inputs: { "okta-org-url": "http://example.okta.com" },
    names: /must use https/,
  },
  {
    tried: "a spec that is not in the workspace",
    inputs: { spec: "elsewhere.yml" },
    names: /the spec elsewhere\.yml is not in the workspace/,
  },
];

const table = reliabilitySection("bad-input", "Bad input: exit 1 at once, the place named, nothing sent", 3);
let emulator: Emulator;
const slowest = { ms: 0, what: "" };
const time = async <T>(what: string, run: () => Promise<T>): Promise<T> => {
  const started = performance.now();
  const result = await run();
  const ms = performance.now() - started;
  if (ms > slowest.ms) Object.assign(slowest, { ms, what });
  expect(ms, what).toBeLessThan(1000);
  return result;
};

beforeAll(async () => {
  mkdirSync(folder);
  execFileSync("mkfifo", [fifo]);
  writeFileSync(big, `version: 1\n# ${"x".repeat(50 * 1024 * 1024)}\n`);
  expect(MAX_SPEC_BYTES).toBeLessThan(50 * 1024 * 1024);
  emulator = await startExampleTenant();
  // Two groups of one name, for group-ambiguous.yml.
  for (const id of ["00gtwins1miOMjxHRW0h1", "00gtwins1miOMjxHRW0h2"]) addGroup(emulator.store, id, "Twins");
});
afterAll(() => emulator?.close());

describe("bad input", () => {
  it("spec files: each an exit 1 naming the file and line, no stack trace, nothing sent", async () => {
    expect(SPEC_FILES.length).toBeGreaterThanOrEqual(80);
    for (const file of SPEC_FILES) {
      emulator.requests.length = 0;
      const run = await time(file, () =>
        cli(["plan", "--spec", file, "--org-url", emulator.url], { OKTA_API_TOKEN: API_TOKEN }),
      );
      const said = run.stdout + run.stderr;
      expect(run.code, `${file}: ${said}`).toBe(1);
      expect(said, file).not.toMatch(/\n\s+at |TypeError|RangeError|Maximum call stack/);
      expect(said, file).toContain(file);
      if (!WHOLE_FILE.test(said))
        expect(said, file).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}:\\d+`));
      if (READS.test(file))
        expect(
          emulator.requests.filter((r) => r.method !== "GET"),
          file,
        ).toEqual([]);
      else expect(emulator.requests, file).toEqual([]);
    }
    table.held({
      tried: `${SPEC_FILES.length} bad specs: malformed and hostile YAML (aliases, tabs, two documents, __proto__ and constructor keys, duplicate keys, BOM, NUL, invalid UTF-8, deep nesting), a directory, a FIFO, /dev/zero, a 50 MB file, schema violations, pathological expressions, inline secrets, unknown and ambiguous groups, undefined orgs, bad org URLs, a lint error`,
      held: "each: exit 1, the file (and its line, where there is one) named, no stack trace; no request to Okta (the group and lint cases: reads only)",
      figures: `${SPEC_FILES.length} cases`,
    });
  });

  it("options: each an exit 1 naming the option or value, nothing sent", async () => {
    const spec = join(EXAMPLES, "okta-drift.yml");
    for (const c of ARGS) {
      emulator.requests.length = 0;
      const args = c.args(emulator.url);
      const withSpec = args.includes("--spec") || args[0] === "deploy" ? args : [...args, "--spec", spec];
      const run = await time(c.tried, () => cli(withSpec, c.env ?? { OKTA_API_TOKEN: API_TOKEN }));
      expect(run.code, c.tried).toBe(1);
      expect(run.stdout + run.stderr, c.tried).toMatch(c.names);
      expect(run.stderr, c.tried).not.toMatch(/\n\s+at /);
      // A wrong token is found out by asking; nothing else asks Okta anything.
      if (c.tried !== "a wrong API token") expect(emulator.requests, c.tried).toEqual([]);
      else expect(emulator.requests.filter((r) => r.method !== "GET")).toEqual([]);
    }
    table.held({
      tried: `${ARGS.length} bad command lines: bad formats, numbers, hashes and impact values, unknown options and commands, the token as a flag, bad org URLs (http, userinfo, query, file:, the admin host), no org, no credentials, a wrong token, a missing spec`,
      held: "each: exit 1, one line naming the option or value, no stack trace, no request to Okta (the wrong token: one refused read)",
      figures: `${ARGS.length} cases`,
    });
  });

  it("Action inputs: each a failed step naming the input, nothing sent", async () => {
    for (const c of ACTION_INPUTS) {
      harness.emulator.requests.length = 0;
      const run = await time(c.tried, () => runAction(c.inputs, { name: "workflow_dispatch", payload: {} }));
      expect(run.code, c.tried).toBe(1);
      expect(run.stdout, c.tried).toMatch(c.names);
      expect(run.stdout, c.tried).not.toMatch(/\n\s+at /);
      expect(harness.emulator.requests, c.tried).toEqual([]);
    }
    table.held({
      tried: `${ACTION_INPUTS.length} bad Action inputs: command, comment, fail-on-drift, plan-hash, impact, max-changes, org, a glob matching nothing, an http org URL, a spec outside the workspace`,
      held: "each: the step fails with one error naming the input, no stack trace, no request to Okta",
      figures: `${ACTION_INPUTS.length} cases; ${SPEC_FILES.length + ARGS.length + ACTION_INPUTS.length} bad inputs in all`,
    });
  });
});
