import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../helpers/cli.js";
import { EXAMPLES } from "../helpers/tenant.js";

const dir = mkdtempSync(join(tmpdir(), "okta-drift-validate-"));

describe("okta-drift validate", () => {
  it("exits 0 on a valid spec", async () => {
    const result = await cli(["validate", "--spec", join(EXAMPLES, "okta-drift.yml")]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("valid (1 apps, 1 authorization servers, 1 smoke tests)");
  });

  it("exits 1 listing every problem, one per line, as file:line:col", async () => {
    const file = join(dir, "bad.yml");
    writeFileSync(
      file,
      `version: 1
groups:
  A: 00gbad000
apps:
  - id: 0oabskvc6442nkvQO0h7
    profile:
      allow: [x, x]
`,
    );
    const result = await cli(["validate", "--spec", file]);
    expect(result.code).toBe(1);
    expect(result.stdout.trim().split("\n")).toEqual([
      `${file}:3:6 groups.A: malformed group ID "00gbad000": expected 00g followed by 17 letters or digits`,
      `${file}:7:18 apps[0].profile.allow[1]: "x" is listed twice`,
    ]);
  });

  it("refuses an oversized file before reading it, and a missing file", async () => {
    const big = join(dir, "big.yml");
    writeFileSync(big, `version: 1\n# ${"x".repeat(1024 * 1024)}\n`);
    const result = await cli(["validate", "--spec", big]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/a spec may be at most 1048576/);
    expect((await cli(["validate", "--spec", join(dir, "nope.yml")])).stderr).toContain("no such file");
  });

  it("has a --help that lists its options, and rejects unknown ones", async () => {
    expect((await cli(["validate", "--help"])).stdout).toContain("--spec FILE");
    const unknown = await cli(["validate", "--nope"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("Unknown option '--nope'");
  });
});
