import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Emulator } from "../../src/emulator/index.js";
import { cli } from "../helpers/cli.js";
import { API_TOKEN, EXAMPLES, startExampleTenant } from "../helpers/tenant.js";

/** The errors a newcomer hits first (issue #15): one line that names the cause and the fix. */
const SPEC = join(EXAMPLES, "okta-drift.yml");
let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

const oneLine = (stderr: string) => {
  expect(stderr.trim().split("\n"), stderr).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
};

describe("errors a newcomer hits", () => {
  it("plan --out into a folder that does not exist", async () => {
    emulator = await startExampleTenant();
    const run = await cli(
      ["plan", "--spec", SPEC, "--org-url", emulator.url, "--out", "/nonexistent-dir/p.json"],
      {
        OKTA_API_TOKEN: API_TOKEN,
      },
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      "okta-drift plan: cannot write the report to /nonexistent-dir/p.json: its folder does not exist\n",
    );
  });

  it("an unknown option: one line, not the whole help", async () => {
    const run = await cli(["plan", "--sepc", "x.yml"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("okta-drift plan: Unknown option '--sepc'; see okta-drift plan --help\n");
  });

  it("a command named like an Object.prototype member is an unknown command", async () => {
    const run = await cli(["constructor"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^okta-drift: unknown command "constructor"/);
  });

  it("--api-token: secrets are read from the environment only", async () => {
    const run = await cli(["plan", "--api-token", "abc"]);
    expect(run.code).toBe(1);
    oneLine(run.stderr);
    expect(run.stderr).toContain("--api-token is not an option: secrets are never flags");
    expect(run.stderr).toContain("set OKTA_API_TOKEN");
  });

  it("an org URL whose host does not resolve: named at once, not retried", async () => {
    const run = await cli(["plan", "--spec", SPEC, "--org-url", "https://okta-drift-test.invalid"], {
      OKTA_API_TOKEN: API_TOKEN,
    });
    expect(run.code).toBe(1);
    oneLine(run.stderr);
    expect(run.stderr).toContain(
      "cannot reach okta-drift-test.invalid: the name does not resolve; check the org URL",
    );
    expect(run.stderr).not.toContain("retrying");
  });

  it("the admin console's host as the org URL", async () => {
    const run = await cli(["plan", "--spec", SPEC, "--org-url", "https://dev-123-admin.okta.com"], {
      OKTA_API_TOKEN: API_TOKEN,
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      "okta-drift plan: dev-123-admin.okta.com is the admin console's host; the org URL is https://dev-123.okta.com (without -admin)\n",
    );
  });

  it("a mistyped key: did you mean, and required in our words", async () => {
    const { writeFileSync, mkdtempSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const file = join(mkdtempSync(join(tmpdir(), "okta-drift-newcomer-")), "profle.yml");
    writeFileSync(file, "version: 1\napps:\n  - id: 0oabskvc6442nkvQO0h7\n    profle: { allow: [x] }\n");
    const run = await cli(["validate", "--spec", file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("apps[0].profle: unknown key; did you mean profile?");
    expect(run.stdout).toContain("apps[0].profile: required (a mapping)");
  });
});
