import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isMap, isScalar, isSeq, type Node, parseDocument, stringify } from "yaml";
import { checkExpression } from "../../src/el/check.js";
import { canonical, ElSyntaxError, parse, print, sameExpression } from "../../src/el/index.js";
import { SpecError } from "../../src/errors.js";
import { fastYamlData, loadSpec } from "../../src/spec/load.js";
import { NodePositions } from "../../src/spec/positions.js";
import { type FieldPath, SpecSource } from "../../src/spec/source.js";
import { reliabilitySection } from "./table.js";

/**
 * Fuzzing with fast-check, with fixed seeds so the figures below are the same on every run:
 * the expression parser and the spec loader fail only with their own typed errors, printing
 * and parsing round-trip, and comparing expressions by meaning is an equivalence.
 */
const SEED = 20261203;
const table = reliabilitySection("fuzz", "Fuzzing: typed errors only, round trips, an equivalence", 6);

/** Text made of the Expression Language's own pieces, so much of it almost parses. */
const TOKENS = [
  "getFilteredGroups",
  "Groups.startsWith",
  "Arrays.contains",
  "String.substringBefore",
  "app.profile.groupwhitelist",
  "user.login",
  "group.name",
  '"group.name"',
  "'a'",
  '"x\\"y"',
  "40",
  "100",
  "1.5",
  "-",
  "!",
  "(",
  ")",
  "[",
  "]",
  "{",
  "}",
  ",",
  ".",
  "?",
  ":",
  "?:",
  "==",
  "!=",
  "<",
  ">=",
  "&&",
  "||",
  "+",
  "*",
  "/",
  "%",
  "true",
  "null",
  " ",
  "\t",
  "\n",
  "\u0000",
  "\u202e",
  "é",
  "𝔘",
  '"',
  "'",
  "\\",
  "#",
  "$",
  "@",
];
const elText = fc.array(fc.constantFrom(...TOKENS), { maxLength: 30 }).map((t) => t.join(""));
const anyText = fc.oneof(
  elText,
  fc.string({ unit: "grapheme", maxLength: 60 }),
  fc.string({ unit: "binary", maxLength: 60 }),
);

/** Expressions that parse, in several spellings: spaced, single-quoted, parenthesized. */
const VALID = [
  'getFilteredGroups(app.profile.groupwhitelist, "group.name", 40)',
  "user.login",
  'Groups.startsWith("active_directory", "West", 10)',
  "user.isMember == true ? 'a' : 'b'",
  "{1, 2, 3}",
  "!(user.a && user.b) || user.c",
];
const spelling = fc
  .tuple(fc.constantFrom(...VALID), fc.constantFrom("plain", "spaced", "single", "parens"))
  .map(([source, how]) => {
    switch (how) {
      case "plain":
        return source;
      case "spaced":
        return source.replaceAll(", ", " ,   ").replaceAll("(", "( ");
      case "single":
        return source.replace(/"([^"']*)"/g, "'$1'");
      default:
        return `(${source})`;
    }
  });

describe("fuzzing", () => {
  it("the expression parser throws only ElSyntaxError; the checks never throw", () => {
    let parsed = 0;
    let refused = 0;
    const runs = 4000;
    fc.assert(
      fc.property(anyText, (text) => {
        try {
          parse(text);
          parsed++;
        } catch (error) {
          expect(error).toBeInstanceOf(ElSyntaxError);
          refused++;
        }
        const { problems } = checkExpression(text);
        expect(Array.isArray(problems)).toBe(true);
      }),
      { seed: SEED, numRuns: runs },
    );
    table.held({
      tried:
        "the Expression Language parser and its checks on random text, much of it made of EL's own tokens (and NUL, bidi controls, astral characters)",
      held: "the parser throws only its ElSyntaxError; the spec's expression checks return problems and never throw",
      figures: `${runs} inputs: ${parsed} parsed, ${refused} refused`,
    });
  });

  it("the spec loader throws only SpecError, for random text and for random YAML documents", () => {
    const runs = 1500;
    const value: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
      v: fc.oneof(
        { depthSize: "small" },
        fc.string({ maxLength: 12 }),
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie("v"), { maxLength: 4 }),
        fc.dictionary(
          fc.oneof(
            fc.constantFrom(
              "version",
              "apps",
              "groups",
              "authorizationServers",
              "smokeTests",
              "orgs",
              "id",
              "label",
              "profile",
              "claims",
              "name",
              "value",
              "__proto__",
              "constructor",
            ),
            fc.string({ maxLength: 8 }),
          ),
          tie("v"),
          { maxKeys: 5 },
        ),
      ),
    })).v;
    const documents = fc.oneof(
      anyText,
      value.map((v) => stringify(v)),
      value.map((v) =>
        stringify({ version: 1, apps: [v], authorizationServers: [{ id: "default", claims: [v] }] }),
      ),
    );
    let valid = 0;
    let refused = 0;
    fc.assert(
      fc.property(documents, (text) => {
        try {
          loadSpec("fuzz.yml", text);
          valid++;
        } catch (error) {
          expect(error).toBeInstanceOf(SpecError);
          for (const p of (error as SpecError).problems) expect(p.line).toBeGreaterThanOrEqual(1);
          refused++;
        }
      }),
      { seed: SEED, numRuns: runs },
    );
    table.held({
      tried:
        "the spec loader on random text and random YAML documents (spec keys, __proto__ and constructor among them, any nesting)",
      held: "it throws only SpecError, every problem at a line",
      figures: `${runs} documents: ${valid} valid, ${refused} refused`,
    });
  });

  it("printing and parsing round-trip, and the canonical form is a fixed point", () => {
    const runs = 2000;
    let round = 0;
    fc.assert(
      fc.property(elText, (text) => {
        let tree: ReturnType<typeof parse>;
        try {
          tree = parse(text);
        } catch {
          return;
        }
        round++;
        expect(parse(print(tree))).toEqual(tree);
        expect(canonical(print(tree))).toBe(print(tree));
      }),
      { seed: SEED, numRuns: runs },
    );
    table.held({
      tried: "parse, print and parse again, for every random token sequence that parses",
      held: "the tree comes back the same, and printing it again changes nothing",
      figures: `${runs} inputs, ${round} of them parsed and round-tripped`,
    });
  });

  it("comparing expressions by meaning is an equivalence (reflexive, symmetric, transitive)", () => {
    const runs = 1000;
    for (const v of VALID) expect(canonical(v), v).toBeDefined();
    fc.assert(
      fc.property(spelling, spelling, spelling, (a, b, c) => {
        expect(sameExpression(a, a)).toBe(true);
        expect(sameExpression(a, b)).toBe(sameExpression(b, a));
        if (sameExpression(a, b) && sameExpression(b, c)) expect(sameExpression(a, c)).toBe(true);
        // Spellings of one expression are the same expression; of two, not.
        const base = (s: string) => VALID.findIndex((v) => canonical(v) === canonical(s));
        expect(sameExpression(a, b)).toBe(base(a) === base(b));
      }),
      { seed: SEED, numRuns: runs },
    );
    table.held({
      tried: "sameExpression over spellings of six expressions (spacing, quote style, parentheses)",
      held: "reflexive, symmetric and transitive; two spellings compare equal exactly when they are one expression",
      figures: `${runs} triples`,
    });
  });

  it("the spec loader's fast path reads every document exactly as the full parser does", () => {
    const runs = 2000;
    const scalar = fc.oneof(
      fc.string({ maxLength: 10 }),
      fc.constantFrom(
        "yes",
        "no",
        "on",
        "off",
        "~",
        "null",
        "True",
        "0x1F",
        "0o17",
        "1e3",
        ".inf",
        "2026-01-01",
        "12:30",
        "1_000",
        "+5",
        "-0",
        "'q'",
        "a: b",
        "- x",
        "#c",
      ),
      fc.integer(),
      fc.double({ noNaN: true }),
      fc.boolean(),
      fc.constant(null),
    );
    const value: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
      v: fc.oneof(
        { depthSize: "small" },
        scalar,
        fc.array(tie("v"), { maxLength: 4 }),
        fc.dictionary(
          fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom("__proto__", "constructor", "1", "true")),
          tie("v"),
          { maxKeys: 4 },
        ),
      ),
    })).v;
    // Written as people write YAML: block and flow styles, quoted and plain scalars.
    const documents = fc
      .tuple(value, fc.boolean())
      .map(([v, flow]) =>
        stringify({ doc: v }, { collectionStyle: flow ? "flow" : "block", aliasDuplicateObjects: false }),
      );
    let compared = 0;
    fc.assert(
      fc.property(documents, (text) => {
        const fast = fastYamlData(text);
        if (fast === undefined) return; // the full parser reads it: nothing to compare
        compared++;
        expect(fast).toEqual(parseDocument(text).toJS());
      }),
      { seed: SEED, numRuns: runs },
    );
    table.held({
      tried:
        "the fast YAML path (js-yaml) against the full parser (yaml) on random documents: YAML 1.1 booleans, octal and hex, timestamps, underscores, __proto__ keys, block and flow styles",
      held: "every document the fast path reads, it reads exactly as the full parser does (the others go to the full parser)",
      figures: `${runs} documents, ${compared} read by both`,
    });
  });

  it("the fast path places every field where the full parser does", () => {
    const runs = 1500;
    const word = fc.stringMatching(/^[a-z][a-zA-Z0-9_]{0,7}$/);
    const scalar = fc.oneof(
      word,
      fc.string({ maxLength: 12 }),
      fc.integer(),
      fc.boolean(),
      fc.constant("a\nb"),
    );
    const value: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
      v: fc.oneof(
        { depthSize: "small" },
        scalar,
        fc.array(tie("v"), { maxLength: 4 }),
        fc.dictionary(fc.oneof(word, fc.string({ maxLength: 6 })), tie("v"), { maxKeys: 4 }),
      ),
    })).v;
    // As people write YAML: either style, any indent, comments, CRLF, a document marker.
    const documents = fc
      .record({
        v: value,
        flow: fc.boolean(),
        indent: fc.integer({ min: 1, max: 4 }),
        crlf: fc.boolean(),
        comments: fc.boolean(),
        marker: fc.boolean(),
      })
      .map(({ v, flow, indent, crlf, comments, marker }) => {
        let text = stringify({ doc: v }, { collectionStyle: flow ? "flow" : "block", indent });
        if (comments) text = text.replace(/\n/g, (_, at: number) => (at % 3 === 0 ? "  # note\n" : "\n"));
        if (marker) text = `# head\n---\n${text}`;
        return crlf ? text.replace(/\n/g, "\r\n") : text;
      });
    let placedByEvents = 0;
    let fields = 0;
    const compare = (text: string) => {
      const full = SpecSource.parse("f.yml", text);
      if (full.problems.length > 0 || fastYamlData(text) === undefined) return;
      if (NodePositions.build(text)) placedByEvents++;
      const lazy = SpecSource.lazy("f.yml", text);
      for (const path of pathsOf(parseDocument(text).contents)) {
        fields++;
        for (const probe of [path, [...path, "absent"], [...path, 99]]) {
          expect(lazy.locate(probe), `${text}\n${JSON.stringify(probe)}`).toEqual(full.source.locate(probe));
          expect(lazy.locate(probe, true), JSON.stringify(probe)).toEqual(full.source.locate(probe, true));
        }
        expect(lazy.isQuoted(path), JSON.stringify(path)).toBe(full.source.isQuoted(path));
      }
    };
    fc.assert(fc.property(documents, compare), { seed: SEED, numRuns: runs });
    const kept = ["spec-corpus", "bad-input"].flatMap((dir) =>
      readdirSync(join(import.meta.dirname, "..", dir)).map((f) => join(import.meta.dirname, "..", dir, f)),
    );
    const examples = readdirSync(EXAMPLES)
      .filter((f) => f.endsWith(".yml"))
      .map((f) => join(EXAMPLES, f));
    for (const file of [...kept, ...examples]) {
      if (!file.endsWith(".yml")) continue;
      compare(readFileSync(file, "utf8"));
    }
    expect(placedByEvents).toBeGreaterThan(runs / 2);
    table.held({
      tried:
        "where the fast path (js-yaml's events) places each field, its key and its quotes, against the full parser's Document: random documents in either style, any indent, comments, CRLF, document markers; the spec corpus, the bad-input files and the examples",
      held: "every field, key and missing field at the same line and column (documents with block scalars, empty values, tags or anchors are placed by the Document)",
      figures: `${runs} random documents and ${kept.length + examples.length} files, ${placedByEvents} placed from events, ${fields} fields`,
    });
  });
});

const EXAMPLES = join(import.meta.dirname, "..", "..", "examples");

/** Every path to a node of a Document: mapping keys that are scalars, sequence indices. */
function pathsOf(root: unknown): FieldPath[] {
  const out: FieldPath[] = [[]];
  const walk = (node: unknown, path: FieldPath) => {
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        if (!isScalar(pair.key) || typeof pair.key.value !== "string" || seen.has(pair.key.value)) continue;
        seen.add(pair.key.value);
        out.push([...path, pair.key.value]);
        walk(pair.value as Node, [...path, pair.key.value]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        out.push([...path, i]);
        walk(item, [...path, i]);
      });
    }
  };
  walk(root, []);
  return out;
}
