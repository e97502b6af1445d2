import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";

const ROOT = join(import.meta.dirname, "..", "..");
const SRC = join(ROOT, "src");

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );
}

function imports(file: string): string[] {
  return [...readFileSync(file, "utf8").matchAll(/from "([^"]+)"/g)].map((m) => m[1]!);
}

describe("the house rules of the layout", () => {
  it("the engine never imports the embedded tenant; only the CLI shell's emulator and demo commands do", () => {
    const offenders = files(SRC)
      .filter((f) => !f.includes(`${join("src", "emulator")}`))
      .filter((f) => imports(f).some((i) => i.includes("emulator/")))
      .map((f) => relative(ROOT, f));
    expect(offenders.sort()).toEqual([join("src", "cli", "demo.ts"), join("src", "cli", "emulator.ts")]);
  });

  it("the pure core (spec, el, diff, report) does no I/O and reads no environment", () => {
    const pure = ["spec", "el", "diff", "report"].flatMap((d) => files(join(SRC, d)));
    for (const file of pure) {
      const text = readFileSync(file, "utf8");
      const io = imports(file).filter(
        (i) =>
          /^(node:)?(fs|fs\/promises|http|https|net|child_process)$/.test(i) ||
          i === "got" ||
          i.includes("/okta/client") ||
          i.includes("/state/read"),
      );
      expect(io, relative(ROOT, file)).toEqual([]);
      expect(text.includes("process.env"), `${relative(ROOT, file)} reads process.env`).toBe(false);
    }
  });

  it("the Action bundle does not carry the emulator", () => {
    expect(readFileSync(join(ROOT, "dist", "index.js"), "utf8")).not.toContain("startEmulator");
  });
});

describe("the Action's interface", () => {
  const action = parseYaml(readFileSync(join(ROOT, "action.yml"), "utf8")) as {
    runs: { using: string; main: string };
    inputs: Record<string, unknown>;
    outputs: Record<string, unknown>;
  };

  it("runs dist/index.js on node24 and has the documented inputs and outputs", () => {
    expect(action.runs).toEqual({ using: "node24", main: "dist/index.js" });
    expect(Object.keys(action.inputs).sort()).toEqual(
      [
        "command",
        "spec",
        "okta-org-url",
        "okta-api-token",
        "okta-client-id",
        "okta-private-key",
        "github-token",
        "comment",
        "fail-on-drift",
        "prune",
        "plan-hash",
        "max-changes",
        "drift-issue",
        "sarif-file",
      ].sort(),
    );
    expect(Object.keys(action.outputs).sort()).toEqual(["changes", "drift", "json", "plan-hash", "report"]);
  });

  it("the example workflows use only inputs the Action has, and say their permissions", () => {
    const dir = join(ROOT, "examples", "workflows");
    const workflows = readdirSync(dir).filter((f) => f.endsWith(".yml"));
    expect(workflows).toHaveLength(3);
    for (const file of workflows) {
      const workflow = parseYaml(readFileSync(join(dir, file), "utf8")) as {
        permissions: Record<string, string>;
        jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }>;
      };
      expect(workflow.permissions, file).toBeDefined();
      expect(
        Object.values(workflow.permissions).every((p) => p === "read" || p === "write"),
        file,
      ).toBe(true);
      for (const job of Object.values(workflow.jobs)) {
        for (const step of job.steps.filter((s) => s.uses?.startsWith("okta-drift/"))) {
          for (const input of Object.keys(step.with ?? {}))
            expect(Object.keys(action.inputs), `${file}: ${input}`).toContain(input);
        }
      }
    }
  });
});
