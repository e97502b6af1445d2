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

/** The rooms that do no I/O, and those that do. */
const CORE = ["spec", "el", "model", "lint", "impact", "diff", "plan", "report"];
const IO_ROOMS = ["okta", "state", "import", "apply", "smoke", "github", "action", "cli", "emulator"];

describe("the house rules of the layout", () => {
  it("the engine never imports the embedded tenant; only the CLI shell's emulator and demo commands do", () => {
    const offenders = files(SRC)
      .filter((f) => !f.includes(`${join("src", "emulator")}`))
      .filter((f) => imports(f).some((i) => i.includes("emulator/")))
      .map((f) => relative(ROOT, f));
    expect(offenders.sort()).toEqual([join("src", "cli", "demo.ts"), join("src", "cli", "emulator.ts")]);
  });

  it("the pure core (spec, el, model, diff, plan, report) does no I/O and reads no environment", () => {
    const pure = CORE.flatMap((d) => files(join(SRC, d)));
    for (const file of pure) {
      const text = readFileSync(file, "utf8");
      const io = imports(file).filter(
        (i) => /^(node:)?(fs|fs\/promises|http|https|net|child_process)$/.test(i) || i === "got",
      );
      expect(io, relative(ROOT, file)).toEqual([]);
      expect(text.includes("process.env"), `${relative(ROOT, file)} reads process.env`).toBe(false);
    }
  });

  it("no core module imports from a room that does I/O", () => {
    const offenders = CORE.flatMap((d) => files(join(SRC, d))).flatMap((file) =>
      imports(file)
        .filter((i) => i.startsWith("."))
        .filter((i) => IO_ROOMS.some((room) => i.includes(`/${room}/`) || i.startsWith(`./${room}/`)))
        .map((i) => `${relative(ROOT, file)} → ${i}`),
    );
    expect(offenders).toEqual([]);
  });

  it("model holds the shared vocabulary: it imports only itself, expression trees, error types and printable", () => {
    for (const file of files(join(SRC, "model")))
      for (const i of imports(file))
        expect(
          /^\.\/|^\.\.\/el\/ast\.js$|^\.\.\/(errors|printable)\.js$/.test(i),
          `${relative(ROOT, file)} → ${i}`,
        ).toBe(true);
    // Both sides use it: the core and the stages that do I/O.
    const users = (room: string) =>
      files(join(SRC, room)).some((f) => imports(f).some((i) => i.includes("/model/")));
    for (const room of ["diff", "report", "state", "apply", "smoke", "okta"])
      expect(users(room), room).toBe(true);
  });

  it("only the Okta gateway's room speaks HTTP to Okta, and only it knows Okta's paths", () => {
    const got = files(SRC).filter((f) => imports(f).includes("got"));
    expect(got.map((f) => relative(SRC, f)).sort()).toEqual([
      join("okta", "client.ts"),
      join("okta", "oauth.ts"),
    ]);
    const paths = files(SRC)
      .filter((f) => !f.includes(`${join("src", "okta")}`) && !f.includes(`${join("src", "emulator")}`))
      .filter((f) => /["`]\/api\/v1\//.test(readFileSync(f, "utf8")));
    expect(paths.map((f) => relative(ROOT, f))).toEqual([]);
  });

  it("the stages take the gateway's interface, not the HTTP client", () => {
    for (const room of ["state", "import", "apply", "smoke"])
      for (const file of files(join(SRC, room)))
        expect(
          imports(file).filter((i) => /\/okta\/client\.js$/.test(i)),
          relative(ROOT, file),
        ).toEqual([]);
  });

  it("the shells are thin: neither imports a stage directly, both go through the engine", () => {
    for (const shell of ["cli", "action"])
      for (const file of files(join(SRC, shell)))
        expect(
          imports(file).filter((i) =>
            /^\.\.\/(state|import|diff|apply|plan)\/|^\.\.\/smoke\/(run|grants|verify|expect)\.js$/.test(i),
          ),
          relative(ROOT, file),
        ).toEqual([]);
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
        "org",
        "okta-api-token",
        "okta-client-id",
        "okta-private-key",
        "github-token",
        "comment",
        "fail-on-drift",
        "prune",
        "plan-hash",
        "pr-labels",
        "impact",
        "impact-max-users",
        "max-changes",
        "drift-issue",
        "sarif-file",
      ].sort(),
    );
    expect(Object.keys(action.outputs).sort()).toEqual([
      "changes",
      "drift",
      "json",
      "plan-hash",
      "report",
      "results",
    ]);
  });

  it("no example job gets a write permission it does not use (the compliance smoke job reads only)", () => {
    const workflow = parseYaml(
      readFileSync(join(ROOT, "examples", "workflows", "okta-drift-compliance.yml"), "utf8"),
    ) as {
      permissions: Record<string, string>;
      jobs: Record<string, { permissions?: Record<string, string> }>;
    };
    expect(workflow.permissions).toEqual({ contents: "read" });
    expect(workflow.jobs.smoke!.permissions).toEqual({ contents: "read" });
    expect(workflow.jobs.drift!.permissions).toMatchObject({ issues: "write", "security-events": "write" });
  });

  it("the example workflows use only inputs the Action has, and say their permissions", () => {
    const dir = join(ROOT, "examples", "workflows");
    const workflows = readdirSync(dir).filter((f) => f.endsWith(".yml"));
    expect(workflows.sort()).toEqual([
      "okta-drift-apply-on-merge.yml",
      "okta-drift-apply.yml",
      "okta-drift-compliance.yml",
      "okta-drift-orgs-apply-on-merge.yml",
      "okta-drift-orgs-pr.yml",
      "okta-drift-pr-matrix.yml",
      "okta-drift-pr.yml",
    ]);
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
