import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatProblem, SpecError } from "../../src/errors.js";
import { loadSpec } from "../../src/spec/load.js";

/**
 * Each file in spec-corpus/ states what loading it must report in `# expect:` lines: either
 * `valid`, or `LINE:COL FIELD: MESSAGE` for each problem (the list must match exactly).
 */
const CORPUS = join(import.meta.dirname, "..", "spec-corpus");
const files = readdirSync(CORPUS).filter((f) => f.endsWith(".yml"));

function problemsOf(file: string, text: string): string[] {
  try {
    loadSpec(file, text);
    return [];
  } catch (error) {
    if (!(error instanceof SpecError)) throw error;
    return error.problems.map((p) => formatProblem(p).slice(file.length + 1));
  }
}

describe("the bad-spec corpus", () => {
  it("has at least 20 bad specs", () => {
    const bad = files.filter((f) => !readFileSync(join(CORPUS, f), "utf8").includes("# expect: valid"));
    expect(bad.length).toBeGreaterThanOrEqual(20);
  });

  it.each(files)("%s", (name) => {
    const text = readFileSync(join(CORPUS, name), "utf8");
    const expected = [...text.matchAll(/^# expect: (.*)$/gm)].map((m) => m[1]!);
    expect(expected.length).toBeGreaterThan(0);
    const got = problemsOf(name, text);
    if (expected[0] === "valid") expect(got).toEqual([]);
    else expect(got).toEqual(expected);
  });
});

describe("the examples", () => {
  it.each(["okta-drift.yml", "okta-drift.orgs.yml"])("examples/%s is valid", (name) => {
    const file = join(import.meta.dirname, "..", "..", "examples", name);
    expect(problemsOf(file, readFileSync(file, "utf8"))).toEqual([]);
  });
});
