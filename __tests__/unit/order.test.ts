import { describe, expect, it } from "vitest";
import { byCodeUnits, recordInKeyOrder } from "../../src/model/order.js";

describe("recordInKeyOrder", () => {
  it("orders keys by code units, as byCodeUnits does, whatever order they came in", () => {
    // Upper before lower case, and an astral character (a surrogate pair) before U+FFFD:
    // code-unit order, not code-point or locale order.
    const keys = ["b", "a", "B", "\u{1F600}", "\uFFFD", "a0", "", "00g2", "00g10"];
    const record = recordInKeyOrder(keys.map((k): [string, number] => [k, k.length]));
    expect(Object.keys(record)).toEqual([...keys].sort(byCodeUnits));
    expect(Object.keys(record)).toEqual(["", "00g10", "00g2", "B", "a", "a0", "b", "\u{1F600}", "\uFFFD"]);
    expect(record["\u{1F600}"]).toBe(2);
  });

  it("keeps the last value given for a key", () => {
    expect(
      recordInKeyOrder([
        ["00g1", "old"],
        ["00g2", "x"],
        ["00g1", "new"],
      ]),
    ).toEqual({ "00g1": "new", "00g2": "x" });
  });

  it("keeps a key named __proto__ as data, not as the record's prototype", () => {
    const record = recordInKeyOrder([
      ["__proto__", "Admins"],
      ["constructor", "Ops"],
    ]);
    expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
    expect(Object.hasOwn(record, "__proto__")).toBe(true);
    expect(Object.keys(record)).toEqual(["__proto__", "constructor"]);
  });
});
