import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/cli/commands.js";
import { CLI, runBuilt } from "../helpers/built-cli.js";
import { cli } from "../helpers/cli.js";
import { API_TOKEN, addGroup, EXAMPLES, startExampleTenant } from "../helpers/tenant.js";

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

describe("the built CLI's output through a pipe", () => {
  it("a report longer than a pipe holds arrives whole before the process exits", async () => {
    // 3,000 allowlisted groups: a JSON plan of ~300 KB, where a pipe holds 64 KB.
    const emulator = await startExampleTenant();
    try {
      const names = Array.from({ length: 3000 }, (_, i) => `Pipe Team ${String(i).padStart(4, "0")}`);
      names.forEach((name, i) => {
        addGroup(emulator.store, `00gpipe${String(i).padStart(10, "0")}0h7`, name);
      });
      const spec = join(mkdtempSync(join(tmpdir(), "okta-drift-pipe-")), "okta-drift.yml");
      writeFileSync(
        spec,
        `version: 1\napps:\n  - id: 0oabskvc6442nkvQO0h7\n    profile:\n      groupwhitelist: ${JSON.stringify(names)}\n`,
      );
      const child = spawn(
        process.execPath,
        [CLI, "plan", "--spec", spec, "--org-url", emulator.url, "--format", "json"],
        { env: { PATH: process.env.PATH, OKTA_API_TOKEN: API_TOKEN }, stdio: ["ignore", "pipe", "pipe"] },
      );
      let stdout = "";
      child.stdout.on("data", (chunk) => {
        stdout += String(chunk);
      });
      const [code] = await once(child, "exit");
      expect(code).toBe(2); // drift: the app allowlists one group today
      expect(stdout.length).toBeGreaterThan(200_000);
      const report = JSON.parse(stdout) as { drift: boolean; groupNames: Record<string, string> };
      expect(report.drift).toBe(true);
      expect(Object.values(report.groupNames)).toEqual(expect.arrayContaining(names));
    } finally {
      await emulator.close();
    }
  });
});

describe("the built CLI's commands", () => {
  it("every command has its own bundle, with its help, the same as in-process", async () => {
    // dist/cli/<name>.js per command (scripts/build.mjs lists them): a command missing there
    // would fail only when a user ran it.
    for (const name of Object.keys(COMMANDS)) {
      const { code, stdout } = await runBuilt([name, "--help"]);
      expect({ name, code }).toEqual({ name, code: 0 });
      expect(stdout).toBe((await cli([name, "--help"])).stdout);
      expect(stdout).toMatch(new RegExp(`^Usage: okta-drift ${name}\\b`));
    }
  });

  it("a report's characters past ASCII come out as in-process (the bundles are ASCII, read as latin1)", async () => {
    const emulator = await startExampleTenant();
    try {
      const args = [
        "plan",
        "--spec",
        join(EXAMPLES, "okta-drift.yml"),
        "--org-url",
        emulator.url,
        "--format",
        "markdown",
      ];
      const built = await runBuilt(args, { OKTA_API_TOKEN: API_TOKEN });
      expect(built.code).toBe(2); // the example has drift
      expect(built.stdout).toContain("\u270f\ufe0f update"); // ✏️, a character and a variation selector
      expect(built.stdout).toBe((await cli(args, { OKTA_API_TOKEN: API_TOKEN })).stdout);
      for (const name of Object.keys(COMMANDS))
        expect({
          name,
          ascii: /^[\0-\x7f]*$/.test(readFileSync(join(CLI, "..", "cli", `${name}.js`), "latin1")),
        }).toEqual({ name, ascii: true });
    } finally {
      await emulator.close();
    }
  });
});

describe("what the built CLI loads", () => {
  it("a plan reaches Okta without loading undici, ICU's data or jose (~20, ~20 and ~7 ms cold)", async () => {
    // An ESM import of node:http builds its namespace, whose WebSocket getters load undici;
    // the bundle takes node:http through require() instead (scripts/build.mjs). A process's
    // first Intl object, localeCompare or toLocaleString loads ICU's data; got's type checks
    // made two list formatters at load (now on first use) and the diff sorted by locale.
    const emulator = await startExampleTenant();
    const coverage = mkdtempSync(join(tmpdir(), "okta-drift-coverage-"));
    try {
      const report = [
        "const used = [];",
        "for (const name of Object.getOwnPropertyNames(Intl)) {",
        "  const Made = Intl[name];",
        '  if (typeof Made === "function") Intl[name] = new Proxy(Made, { construct(t, a) { used.push(name); return Reflect.construct(t, a); }, apply(t, self, a) { used.push(name); return Reflect.apply(t, self, a); } });',
        "}",
        "for (const [proto, method] of [[String.prototype, 'localeCompare'], [Number.prototype, 'toLocaleString'], [Date.prototype, 'toLocaleString']]) {",
        "  const original = proto[method];",
        "  proto[method] = function (...a) { used.push(method); return original.apply(this, a); };",
        "}",
        'process.on("exit", () => process.stderr.write(',
        '"undici loaded: " + process.moduleLoadList.some((m) => m.includes("undici")) + "\\n" +',
        '"http2 or fs/promises loaded: " + process.moduleLoadList.some((m) => /http2|fs\\/promises/.test(m)) + "\\n" +',
        '"ICU used by: " + JSON.stringify(used) + "\\n"));',
      ].join("\n");
      const { code, stderr } = await runBuilt(
        ["plan", "--spec", join(EXAMPLES, "okta-drift.yml"), "--org-url", emulator.url],
        // V8's precise coverage: which functions of each file ran, exactly (no sampling).
        { OKTA_API_TOKEN: API_TOKEN, NODE_V8_COVERAGE: coverage },
        report,
      );
      expect(stderr).toMatch(/change\(s\); \d+ request\(s\) to 127\.0\.0\.1/);
      expect(code).toBe(2); // the example tenant drifts from the example spec, as the demo shows
      expect(stderr).toContain("undici loaded: false");
      // got's HTTP/2 client is never used (~6 ms); node:fs's ESM namespace loads fs/promises (~4 ms).
      expect(stderr).toContain("http2 or fs/promises loaded: false");
      expect(stderr).toContain("ICU used by: []");
      // jose signs and verifies tokens: a plan with an API token never does (credentials.ts,
      // engine.ts). Its code is in the plan's bundle, and none of it runs.
      const ran = packagesRun(coverage, join(import.meta.dirname, "..", "..", "dist", "cli", "plan.js"));
      expect(ran.has("got")).toBe(true);
      expect(ran.has("jose")).toBe(false);
    } finally {
      await emulator.close();
      rmSync(coverage, { recursive: true, force: true });
    }
  });

  it("a valid spec is read without running the yaml package; a spec js-yaml refuses runs it", async () => {
    // yaml's modules register their node types with Symbol.for("yaml.…") as they load.
    const watch = [
      "const original = Symbol.for;",
      "let ran = false;",
      'Symbol.for = (key) => { if (String(key).startsWith("yaml.")) ran = true; return original(key); };',
      'process.on("exit", () => process.stderr.write("yaml ran: " + ran + "\\n"));',
    ].join("\n");
    const validate = (spec: string) => runBuilt(["validate", "--spec", spec], {}, watch);
    const valid = await validate(join(EXAMPLES, "okta-drift.yml"));
    expect(valid.code).toBe(0);
    expect(valid.stderr).toContain("yaml ran: false");
    // An alias bomb: the full parser bounds the expansion and says where.
    const hostile = await validate(join(import.meta.dirname, "..", "spec-corpus", "alias-bomb.yml"));
    expect(hostile.code).toBe(1);
    expect(hostile.stdout).toMatch(/alias-bomb\.yml:2:1 YAML: Excessive alias count/);
    expect(hostile.stderr).toContain("yaml ran: true");
  });

  it("plan asks V8 not to grow its young generation, after the builtins it loads; validate does not", async () => {
    // The memory this saves is a figure of the bench (npm run bench: peak MB at 1,000 apps);
    // here, what the CLI asks of V8 and when (src/cli/heap.ts): a builtin loaded after a flag
    // changes is compiled without node's embedded code cache.
    const watch = [
      'const v8 = process.getBuiltinModule("node:v8");',
      "const set = v8.setFlagsFromString;",
      "const asked = [];",
      "v8.setFlagsFromString = (flags) => {",
      '  asked.push({ flags, webStreamsLoaded: process.moduleLoadList.some((m) => m.includes("webstreams/readablestream")), loaded: process.moduleLoadList.length });',
      "  return set(flags);",
      "};",
      'process.on("exit", () => process.stderr.write("V8 flags asked: " + JSON.stringify(asked.map(({ loaded, ...a }) => ({ ...a, loadedAfter: process.moduleLoadList.slice(loaded) }))) + "\\n"));',
    ].join("\n");
    const emulator = await startExampleTenant();
    try {
      const asked = async (args: string[]) => {
        const { code, stderr } = await runBuilt(args, { OKTA_API_TOKEN: API_TOKEN }, watch);
        const match = /V8 flags asked: (.*)\n/.exec(stderr);
        expect(match, stderr).not.toBeNull();
        return {
          code,
          stderr,
          flags: JSON.parse(match![1]!) as {
            flags: string;
            webStreamsLoaded: boolean;
            loadedAfter: string[];
          }[],
        };
      };
      const spec = ["--spec", join(EXAMPLES, "okta-drift.yml")];
      const plan = await asked(["plan", ...spec, "--org-url", emulator.url]);
      expect(plan.code).toBe(2); // the example's drift: the plan ran as always
      expect(plan.stderr).toMatch(/3 change\(s\); \d+ request\(s\)/);
      // Web streams (which got's first request loads) and every builtin the plan loads come
      // first, so they keep their code cache.
      expect(plan.flags).toEqual([
        { flags: "--semi-space-growth-factor=1", webStreamsLoaded: true, loadedAfter: [] },
      ]);
      const validate = await asked(["validate", ...spec]);
      expect(validate.code).toBe(0);
      expect(validate.flags).toEqual([]);
    } finally {
      await emulator.close();
    }
  });
});

/**
 * The packages of a bundle any of whose functions ran, from V8's coverage (NODE_V8_COVERAGE):
 * esbuild starts each package's module with a `// node_modules/<name>/…` line.
 */
function packagesRun(coverageDir: string, bundle: string): Set<string> {
  const text = readFileSync(bundle, "utf8");
  const sections = [...text.matchAll(/^\/\/ (?:node_modules\/((?:@[^/\n]+\/)?[^/\n]+)|\S+).*$/gm)].map(
    (m) => ({
      start: m.index,
      name: m[1],
    }),
  );
  const packageAt = (offset: number) => sections.findLast((s) => s.start <= offset)?.name;
  const url = pathToFileURL(bundle).href;
  const ran = new Set<string>();
  for (const file of readdirSync(coverageDir)) {
    const { result } = JSON.parse(readFileSync(join(coverageDir, file), "utf8")) as {
      result: { url: string; functions: { ranges: { startOffset: number; count: number }[] }[] }[];
    };
    for (const script of result.filter((r) => r.url === url))
      for (const fn of script.functions) {
        const [own] = fn.ranges;
        const name = own && own.count > 0 ? packageAt(own.startOffset) : undefined;
        if (name) ran.add(name);
      }
  }
  return ran;
}
