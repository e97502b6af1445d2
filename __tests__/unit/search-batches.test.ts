import { describe, expect, it } from "vitest";
import { MAX_SEARCH_LENGTH, queryLength, searchBatches } from "../../src/okta/batches.js";

/** The filter as the client puts it in the URL (got sends searchParams form-encoded). */
const onTheWire = (filter: string) =>
  new URLSearchParams({ search: filter }).toString().length - "search=".length;
const term = (name: string) => `profile.name eq "${name.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`;

describe("group searches packed into filters", () => {
  const names = Array.from({ length: 2000 }, (_, i) => `Team ${String(i).padStart(6, "0")}`);

  it("keeps every filter within the limit as sent, and packs each as full as the limit allows", () => {
    const batches = searchBatches(names, term);
    expect(batches.flatMap((b) => b.items)).toEqual(names);
    for (const [i, batch] of batches.entries()) {
      expect(onTheWire(batch.filter)).toBeLessThanOrEqual(MAX_SEARCH_LENGTH);
      const next = batches[i + 1]?.items[0];
      if (next) expect(onTheWire(`${batch.filter} or ${term(next)}`)).toBeGreaterThan(MAX_SEARCH_LENGTH);
    }
    // Spaces travel as "+", so a batch holds more names than percent-encoding would suggest.
    expect(batches.length).toBeLessThan(
      Math.ceil(
        names.reduce((n, name) => n + encodeURIComponent(` or ${term(name)}`).length, 0) / MAX_SEARCH_LENGTH,
      ),
    );
  });

  it("measures quotes, backslashes and non-ASCII names as they are encoded", () => {
    for (const name of [
      'Ops "on call"',
      "C:\\Shares",
      "Équipe café",
      "R&D / Q&A (EU)",
      "a+b=c",
      "it's (fine)! ~ok~",
      "Ünïcødé 🚀 团队",
      "lone \ud83d high",
      "lone \ude80 low",
      "pair at the end 🚀",
      "\ud83d",
    ]) {
      expect(queryLength(term(name))).toBe(onTheWire(term(name)));
    }
    const odd = Array.from({ length: 300 }, (_, i) => `Équipe "${i}" R&D\\${i}`);
    for (const batch of searchBatches(odd, term))
      expect(onTheWire(batch.filter)).toBeLessThanOrEqual(MAX_SEARCH_LENGTH);
  });
});
