import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CACHES_KEPT, cacheDirectory, loadBundle, pruneCodeCaches } from "../../src/cli/code-cache.js";

// A cache is code the CLI runs: a directory someone else could write is never used.
describe.skipIf(process.platform === "win32")("the code cache's directory", () => {
  let base: string;
  let expected: string;
  beforeEach(() => {
    base = mkdtempSync(join(tmpdir(), "okta-drift-cache-dir-test-"));
    expected = join(base, `okta-drift-${process.getuid!()}-cache`);
  });
  afterEach(() => rmSync(base, { recursive: true, force: true }));
  const env = () => ({ NODE_COMPILE_CACHE: base });

  it("is made for this user alone (mode 700) under NODE_COMPILE_CACHE", () => {
    expect(cacheDirectory(env())).toBe(expected);
    expect(statSync(expected).mode & 0o777).toBe(0o700);
    expect(cacheDirectory(env())).toBe(expected); // and found again
  });

  it("is made under a NODE_COMPILE_CACHE that does not exist yet", () => {
    expect(cacheDirectory({ NODE_COMPILE_CACHE: join(base, "a", "b") })).toBe(
      join(base, "a", "b", `okta-drift-${process.getuid!()}-cache`),
    );
  });

  it("is not used when group or others may write it", () => {
    for (const mode of [0o770, 0o707, 0o777, 0o720]) {
      mkdirSync(expected, { recursive: true });
      chmodSync(expected, mode);
      expect({ mode: mode.toString(8), dir: cacheDirectory(env()) }).toEqual({
        mode: mode.toString(8),
        dir: undefined,
      });
    }
    chmodSync(expected, 0o755); // readable by others is fine: a cache holds no secret
    expect(cacheDirectory(env())).toBe(expected);
  });

  it("is not used when it is a link or a file", () => {
    const elsewhere = join(base, "elsewhere");
    mkdirSync(elsewhere, { mode: 0o700 });
    symlinkSync(elsewhere, expected);
    expect(cacheDirectory(env())).toBeUndefined();
    rmSync(expected);
    writeFileSync(expected, "");
    expect(cacheDirectory(env())).toBeUndefined();
  });
});

it("the code cache is off when NODE_DISABLE_COMPILE_CACHE is set, as node's own is", () => {
  const base = mkdtempSync(join(tmpdir(), "okta-drift-cache-dir-test-"));
  try {
    expect(cacheDirectory({ NODE_COMPILE_CACHE: base, NODE_DISABLE_COMPILE_CACHE: "1" })).toBeUndefined();
    expect(readdirSync(base)).toEqual([]); // nothing made either
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
});

it("after writing a cache, the oldest of that command's others go, beyond a few (each upgrade makes one)", () => {
  const dir = mkdtempSync(join(tmpdir(), "okta-drift-cache-prune-test-"));
  try {
    const hoursAgo = (file: string, hours: number) => {
      writeFileSync(join(dir, file), "cache");
      const when = new Date(Date.now() - hours * 3_600_000);
      utimesSync(join(dir, file), when, when);
    };
    hoursAgo("plan-00000000000000a1-v24.1.0-x64.cache", 50);
    hoursAgo("plan-00000000000000a2-v24.1.0-x64.cache", 40);
    hoursAgo("plan-00000000000000a3-v22.9.0-x64.cache", 30); // another node's counts too
    hoursAgo("plan-00000000000000a4-v24.1.0-x64.cache", 20);
    hoursAgo("validate-00000000000000b1-v24.1.0-x64.cache", 90); // another command's: not counted
    hoursAgo("plan-00000000000000a5-v24.1.0-x64.cache.4242", 2); // a killed run's write
    hoursAgo("plan-00000000000000a6-v24.1.0-x64.cache.4343", 0); // a run writing now
    hoursAgo("plan-00000000000000a7-v24.1.0-x64.cache", 0); // just written
    pruneCodeCaches(dir, join(dir, "plan-00000000000000a7-v24.1.0-x64.cache"));
    expect(CACHES_KEPT).toBe(3);
    expect(readdirSync(dir).sort()).toEqual([
      "plan-00000000000000a3-v22.9.0-x64.cache",
      "plan-00000000000000a4-v24.1.0-x64.cache",
      "plan-00000000000000a6-v24.1.0-x64.cache.4343",
      "plan-00000000000000a7-v24.1.0-x64.cache",
      "validate-00000000000000b1-v24.1.0-x64.cache",
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

it("a cache V8 takes is dated to its use (at most once a day), so pruning keeps the caches in use", () => {
  const base = mkdtempSync(join(tmpdir(), "okta-drift-cache-use-test-"));
  try {
    const bundle = join(base, "probe.js");
    // A bundle as the build makes them: one function expression of the CommonJS arguments.
    writeFileSync(bundle, "(function (exports, require, module) { module.exports.answer = 6 * 7; })");
    const env = { NODE_COMPILE_CACHE: base };
    const load = () => loadBundle<{ answer: number }>(pathToFileURL(bundle), "probe-0000", env);
    const first = load();
    expect(first.exports.answer).toBe(42);
    first.saveCodeCache();
    const [cache] = readdirSync(cacheDirectory(env)!).map((f) => join(cacheDirectory(env)!, f));
    expect(cache).toMatch(/probe-0000-v.*\.cache$/);
    const at = (days: number) => {
      const when = new Date(Date.now() - days * 86_400_000);
      utimesSync(cache!, when, when);
      return statSync(cache!).mtimeMs; // as the file system keeps it
    };
    const daysAgo = (file: string) => (Date.now() - statSync(file).mtimeMs) / 86_400_000;

    at(40); // written long ago, used today: dated now
    expect(load().exports.answer).toBe(42);
    expect(daysAgo(cache!)).toBeLessThan(0.01);

    const recently = at(0.5); // used within the day: no write on every run
    load();
    expect(statSync(cache!).mtimeMs).toBe(recently);
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
});
