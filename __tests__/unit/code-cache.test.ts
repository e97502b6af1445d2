import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cacheDirectory } from "../../src/cli/code-cache.js";

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
