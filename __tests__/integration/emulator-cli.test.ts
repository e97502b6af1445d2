import { spawn } from "node:child_process";
import { once } from "node:events";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXAMPLES } from "../helpers/tenant.js";

const CLI = join(import.meta.dirname, "..", "..", "dist", "cli.js");

describe("okta-drift emulator (the built CLI, as a process)", () => {
  it("prints where it listens, serves the tenant, and stops cleanly on SIGTERM", async () => {
    const child = spawn(process.execPath, [CLI, "emulator", "--tenant", join(EXAMPLES, "tenant.yml")], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on("data", (chunk) => {
        stdout += String(chunk);
        const match = /^listening on (http:\/\/127\.0\.0\.1:\d+)\n/.exec(stdout);
        if (match) resolve(match[1]!);
      });
      child.on("exit", (code) => reject(new Error(`exited ${code} before listening`)));
    });
    const groups = await fetch(`${url}/api/v1/groups?q=West`, {
      headers: { Authorization: "SSWS demo-api-token" },
    });
    expect(((await groups.json()) as { id: string }[]).map((g) => g.id)).toEqual(["00gbso71miOMjxHRW0h7"]);
    child.kill("SIGTERM");
    const [code] = await once(child, "exit");
    expect(code).toBe(0);
    expect(stdout).toBe(`listening on ${url}\n`);
  });

  it("refuses a bad tenant file with a clear message", async () => {
    const child = spawn(process.execPath, [CLI, "emulator", "--tenant", join(EXAMPLES, "okta-drift.yml")], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr += String(chunk);
    });
    const [code] = await once(child, "exit");
    expect(code).toBe(1);
    expect(stderr).toContain("invalid tenant file");
    // Each problem at its place, as spec problems are.
    expect(stderr).toMatch(/okta-drift\.yml:\d+:\d+ \S+: (unknown key|.+)/);
    expect(stderr).not.toContain("(top)");
  });
});
