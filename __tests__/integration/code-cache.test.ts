import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runBuilt } from "../helpers/built-cli.js";
import { API_TOKEN, EXAMPLES, startExampleTenant } from "../helpers/tenant.js";

/** Reports, at exit, each script the CLI compiled with node:vm: was it given a cache, did V8 take it. */
const WATCH_SCRIPTS = [
  'const vm = process.getBuiltinModule("node:vm");',
  "const seen = [];",
  "vm.Script = class extends vm.Script {",
  "  constructor(code, options) {",
  "    super(code, options);",
  '    seen.push({ file: String(options?.filename).replace(/.*[\\\\/]/, ""), given: options?.cachedData !== undefined, rejected: this.cachedDataRejected ?? null });',
  "  }",
  "};",
  'process.getBuiltinModule("node:module").syncBuiltinESMExports();',
  'process.on("exit", () => process.stderr.write("scripts: " + JSON.stringify(seen) + "\\n"));',
].join("\n");

const SPEC = join(EXAMPLES, "okta-drift.yml");
const uid = process.getuid?.() ?? "code";

describe("the built CLI's code cache (src/cli/code-cache.ts)", () => {
  let base: string;
  let directory: string;
  beforeEach(() => {
    base = mkdtempSync(join(tmpdir(), "okta-drift-code-cache-test-"));
    directory = join(base, `okta-drift-${uid}-cache`);
  });
  afterEach(() => rmSync(base, { recursive: true, force: true }));

  const run = async (args: string[], env: Record<string, string> = {}) => {
    const { code, stdout, stderr } = await runBuilt(
      args,
      { NODE_COMPILE_CACHE: base, ...env },
      WATCH_SCRIPTS,
    );
    const match = /scripts: (.*)\n/.exec(stderr);
    expect(match, stderr).not.toBeNull();
    return {
      code,
      stdout,
      scripts: JSON.parse(match![1]!) as { file: string; given: boolean; rejected: boolean | null }[],
    };
  };
  const cacheFiles = () => readdirSync(directory);

  it("keeps a few of a command's caches: an older install's are pruned when this one's is made", async () => {
    mkdirSync(directory, { mode: 0o700 });
    const older = [1, 2, 3].map(
      (i) => `validate-${String(i).padStart(16, "0")}-${process.version}-${process.arch}.cache`,
    );
    older.forEach((file, i) => {
      writeFileSync(join(directory, file), "an older bundle's cache");
      const when = new Date(Date.now() - (i + 1) * 86_400_000);
      utimesSync(join(directory, file), when, when);
    });
    expect((await run(["validate", "--spec", SPEC])).code).toBe(0);
    const kept = cacheFiles();
    expect(kept).toHaveLength(3);
    expect(kept).toEqual(expect.arrayContaining([older[0], older[1]])); // the newest two others
    expect(kept.filter((f) => !older.includes(f))[0]).toMatch(/^validate-[0-9a-f]{16}-/);
  });

  it("is made by a command's first run, taken by the next, and made again when V8 refuses it", async () => {
    const first = await run(["validate", "--spec", SPEC]);
    expect(first.code).toBe(0);
    expect(first.scripts).toEqual([{ file: "validate.js", given: false, rejected: null }]);
    const [name, ...others] = cacheFiles();
    expect(others).toEqual([]);
    // Named by the bundle's content hash, node's version and the architecture.
    expect(name).toMatch(new RegExp(`^validate-[0-9a-f]{16}-${process.version}-${process.arch}\\.cache$`));
    const file = join(directory, name!);
    if (process.platform !== "win32") {
      expect(statSync(directory).mode & 0o777).toBe(0o700);
      expect(statSync(file).mode & 0o777).toBe(0o600);
    }
    const made = readFileSync(file);

    const second = await run(["validate", "--spec", SPEC]);
    expect(second).toEqual({ ...first, scripts: [{ file: "validate.js", given: true, rejected: false }] });
    expect(readFileSync(file).equals(made)).toBe(true); // taken, not made again

    // A damaged cache is refused by V8: the command runs as without one, and the cache is remade.
    const garbage = Buffer.alloc(made.length, 0x5a);
    writeFileSync(file, garbage);
    const damaged = await run(["validate", "--spec", SPEC]);
    expect(damaged).toEqual({ ...first, scripts: [{ file: "validate.js", given: true, rejected: true }] });
    expect(readFileSync(file).equals(garbage)).toBe(false);
    expect((await run(["validate", "--spec", SPEC])).scripts).toEqual([
      { file: "validate.js", given: true, rejected: false },
    ]);
  });

  it("holds a plan's code, made and taken under the flags a plan sets (heap.ts)", async () => {
    const emulator = await startExampleTenant();
    try {
      const plan = () =>
        run(["plan", "--spec", SPEC, "--org-url", emulator.url, "--format", "json"], {
          OKTA_API_TOKEN: API_TOKEN,
        });
      const first = await plan();
      expect(first.code).toBe(2); // the example's drift
      expect(first.scripts).toEqual([{ file: "plan.js", given: false, rejected: null }]);
      const second = await plan();
      // A cache made under other V8 flags than the next run's would be refused every time.
      expect(second.scripts).toEqual([{ file: "plan.js", given: true, rejected: false }]);
      expect(second.stdout).toBe(first.stdout);
    } finally {
      await emulator.close();
    }
  });

  it("is made only from a run that did the command's work, and never when turned off", async () => {
    expect((await run(["validate", "--help"])).code).toBe(0);
    expect((await run(["validate", "--spec", join(base, "missing.yml")])).code).toBe(1);
    expect(cacheFiles()).toEqual([]);
    const off = await run(["validate", "--spec", SPEC], { NODE_DISABLE_COMPILE_CACHE: "1" });
    expect(off.code).toBe(0);
    expect(cacheFiles()).toEqual([]);
  });
});
