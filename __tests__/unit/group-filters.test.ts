import { describe, expect, it } from "vitest";
import { fullMatch } from "../../src/impact/full-match.js";
import { groupMatcher } from "../../src/impact/group-filters.js";
import { readGroupMatches } from "../../src/state/group-matches.js";
import { MemoryOkta } from "../helpers/memory-okta.js";

const names = (okta: MemoryOkta, ids: string[]) => ids.map((id) => okta.groups.get(id)!.profile.name);

describe("a GROUPS claim's filter, as Okta applies it", () => {
  it("REGEX matches the whole name, case-sensitively; the others ignore case", () => {
    const regex = groupMatcher({ type: "REGEX", value: "East.*|Sales" }, fullMatch)!;
    expect(["EastCoast", "Sales", "eastCoast", "NorthEastCoast", "Salesforce"].filter(regex)).toEqual([
      "EastCoast",
      "Sales",
    ]);
    // Java's inline flags, as Okta's patterns may carry them.
    expect(["EastCoast", "eastcoast", "West"].filter(fullMatch("(?i)east.*")!)).toEqual([
      "EastCoast",
      "eastcoast",
    ]);
    const contains = groupMatcher({ type: "CONTAINS", value: "coast" })!;
    expect(["EastCoast", "Coast", "Inland"].filter(contains)).toEqual(["EastCoast", "Coast"]);
    const starts = groupMatcher({ type: "STARTS_WITH", value: "west" })!;
    expect(["WestCoast", "NorthWest"].filter(starts)).toEqual(["WestCoast"]);
    const equals = groupMatcher({ type: "EQUALS", value: "sales" })!;
    expect(["Sales", "Sales2"].filter(equals)).toEqual(["Sales"]);
  });

  it("runs REGEX on a linear-time engine: no backtracking to stall on, none of its features", () => {
    // JavaScript's engine would take 2^n steps here for each name; RE2 takes one pass.
    const hostile = fullMatch("(x+x+)+y")!;
    expect(hostile("x".repeat(5000))).toBe(false);
    expect(hostile(`${"x".repeat(5000)}y`)).toBe(true);
    // What only a backtracking engine runs is unknown, not "matches nothing".
    expect(fullMatch("(a)\\1")).toBeUndefined();
    expect(fullMatch("(?=East)East.*")).toBeUndefined();
    expect(fullMatch("[unclosed")).toBeUndefined();
  });

  it("lists the tenant's groups once for CONTAINS and REGEX, and leaves a pattern it cannot run unknown", async () => {
    const okta = new MemoryOkta();
    okta.addGroup("00gbso71miOMjxHRW0h1", "EastCoast");
    okta.addGroup("00gbso71miOMjxHRW0h2", "eastcoast-ops");
    okta.addGroup("00gbso71miOMjxHRW0h3", "x".repeat(200));
    const matches = await readGroupMatches(
      okta,
      [
        { type: "REGEX", value: "East.*" },
        { type: "REGEX", value: "(x+x+)+y" },
        { type: "REGEX", value: "(E)\\1" },
        { type: "CONTAINS", value: "coast" },
      ],
      true,
    );
    expect(okta.calls.map((c) => c.method)).toEqual(["allGroups"]);
    expect(
      names(
        okta,
        matches.get("REGEX East.*")!.map((g) => g.id),
      ),
    ).toEqual(["EastCoast"]);
    expect(matches.get("REGEX (x+x+)+y")).toEqual([]);
    expect(matches.has("REGEX (E)\\1")).toBe(false);
    expect(
      names(
        okta,
        matches.get("CONTAINS coast")!.map((g) => g.id),
      ),
    ).toEqual(["EastCoast", "eastcoast-ops"]);
  });
});
