import { CORE_SCHEMA, constructFromEvents, type Event, parseEvents } from "js-yaml";
import type * as z from "zod/mini";
import type { Expr } from "../el/ast.js";
import { SpecError, type SpecProblem } from "../errors.js";
import { checkSpec } from "./check.js";
import { type Spec, specModel } from "./model.js";
import {
  INLINE_SECRET_KEYS,
  jsonSchema,
  type RawClaim,
  type RawSpec,
  sectionSchemas,
  specSchema,
} from "./schema.js";
import { type FieldPath, formatPath, SpecSource, yamlMessage } from "./source.js";

/** Larger specs are refused before parsing: a spec is a page of YAML, not a data dump. */
export const MAX_SPEC_BYTES = 1024 * 1024;
/** Anchors and aliases are fine; more expansions than this is a resource-exhaustion attack. */
export const MAX_ALIASES = 50;
/** Problems listed at most: past this, a spec is not a spec, and finding each one costs time. */
export const MAX_PROBLEMS = 100;

/** The fast path's parse, exported for the differential tests (it must agree with the full parser). */
export function fastYamlData(text: string): unknown {
  const result = fastData(text);
  return result.ok ? result.data : undefined;
}

/** C0 controls but tab, line feed and carriage return; DEL; the C1 controls. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** A validated spec and where each of its fields was written (for errors, reports, SARIF). */
export interface LoadedSpec {
  spec: Spec;
  source: SpecSource;
}

/**
 * Parses and validates a spec's text. Pure: the caller reads the file. Throws a SpecError
 * listing every problem, each with file, line, column and field.
 */
export function loadSpec(file: string, text: string): LoadedSpec {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_SPEC_BYTES) {
    throw new SpecError([
      {
        file,
        line: 1,
        col: 1,
        field: "",
        message: `the file is ${bytes} bytes; a spec may be at most ${MAX_SPEC_BYTES}`,
      },
    ]);
  }
  const control = CONTROL.exec(text);
  if (control) {
    // YAML text is printable (YAML 1.2 §5.1): a NUL or an escape is a sign of a binary or hostile file.
    const before = text.slice(0, control.index);
    const line = before.split("\n").length;
    const col = control.index - before.lastIndexOf("\n");
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
    throw new SpecError([
      {
        file,
        line,
        col,
        field: "",
        message: `a control character (U+${code}) is not allowed in YAML text; in a double-quoted string write it escaped if you mean it`,
      },
    ]);
  }
  let source: SpecSource;
  let data: unknown;
  const fast = fastData(text);
  if (fast.ok) {
    source = SpecSource.lazy(file, text, fast.events);
    data = fast.data;
  } else {
    // The full parser, with positions: it says what is wrong with the YAML, at its line.
    const parsed = SpecSource.parse(file, text);
    source = parsed.source;
    if (parsed.problems.length > 0) throw new SpecError(parsed.problems);
    try {
      data = source.toData(MAX_ALIASES);
    } catch (error) {
      throw new SpecError([{ ...source.locate([]), field: "", message: yamlMessage(error as Error) }]);
    }
  }
  if (data === null || data === undefined) {
    throw new SpecError([
      { file, line: 1, col: 1, field: "", message: "the file is empty; a spec starts with version: 1" },
    ]);
  }

  const parsed = specSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, MAX_PROBLEMS)
      .flatMap((issue) => describeIssue(source, issue));
    // The well-formed parts are still checked, so one run lists every problem it can.
    problems.push(...checkSpec(wellFormedParts(data), source, { references: false }));
    throw new SpecError(
      bounded(
        problems.sort((a, b) => a.line - b.line || a.col - b.col),
        parsed.error.issues.length,
      ),
    );
  }

  const trees = new Map<RawClaim, Expr>();
  const semantic = checkSpec(parsed.data, source, { trees });
  if (semantic.length > 0) throw new SpecError(bounded(semantic));
  return { spec: specModel(parsed.data, trees), source };
}

/**
 * The parts of a malformed spec that are well-formed on their own, at their own indices (the
 * others are holes, which the checks' forEach passes over).
 */
function wellFormedParts(data: unknown): RawSpec {
  const raw = (typeof data === "object" && data !== null ? data : {}) as Record<string, unknown>;
  const items = <T>(value: unknown, schema: z.ZodMiniType<T>): T[] => {
    const out: T[] = [];
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        const result = schema.safeParse(item);
        if (result.success) out[i] = result.data;
      });
    }
    return out;
  };
  const groups = sectionSchemas.groups.safeParse(raw.groups);
  const orgs = sectionSchemas.orgs.safeParse(raw.orgs);
  return {
    version: 1,
    orgs: orgs.success ? orgs.data : {},
    groups: groups.success ? groups.data : {},
    apps: items(raw.apps, sectionSchemas.app),
    authorizationServers: items(raw.authorizationServers, sectionSchemas.authorizationServer),
    smokeTests: items(raw.smokeTests, sectionSchemas.smokeTest),
  };
}

/**
 * The fast path: plain YAML data from js-yaml (about ten times the speed of the yaml package
 * and a fraction of its memory, with no positions), for text that uses nothing the two could
 * read differently: no anchors or aliases (the full parser bounds their expansion), no merge
 * keys, no byte-order mark.
 * Anything js-yaml refuses goes to the full parser, which says what is wrong and where.
 */
function fastData(text: string): { ok: true; data: unknown; events: Event[] } | { ok: false } {
  if (/[&*]/.test(text) || text.startsWith("\uFEFF") || text.includes("<<")) return { ok: false };
  try {
    // js-yaml's load, in its two steps: the events also place fields, if a line is asked for.
    const events = parseEvents(text, {});
    const documents = constructFromEvents(events, { source: text, schema: CORE_SCHEMA });
    // None (empty text) or several: the full parser says what is wrong.
    return documents.length === 1 ? { ok: true, data: documents[0], events } : { ok: false };
  } catch {
    return { ok: false };
  }
}

/** At most MAX_PROBLEMS problems, and a last one saying how many more were found and not listed. */
/** `found` counts problems not turned into SpecProblems (schema issues past the bound). */
function bounded(problems: SpecProblem[], found = problems.length): SpecProblem[] {
  if (Math.max(problems.length, found) <= MAX_PROBLEMS) return problems;
  const shown = problems.slice(0, MAX_PROBLEMS);
  const last = shown.at(-1)!;
  return [
    ...shown,
    { ...last, field: "", message: `and more problems not listed (${MAX_PROBLEMS} are); fix these first` },
  ];
}

/** Turns a schema issue into problems that say, in our words, what is expected. */
function describeIssue(source: SpecSource, issue: z.core.$ZodIssue): SpecProblem[] {
  const path = issue.path as FieldPath;
  const at = (p: FieldPath, message: string, key = false): SpecProblem => ({
    ...source.locate(p, key),
    field: formatPath(p),
    message,
  });
  switch (issue.code) {
    case "unrecognized_keys": {
      // Each key is found in its mapping one by one: a bounded number keeps this linear.
      const listed = issue.keys.slice(0, MAX_PROBLEMS).map((key) => {
        const instead = Object.hasOwn(INLINE_SECRET_KEYS, key) ? INLINE_SECRET_KEYS[key] : undefined;
        if (instead) return at([...path, key], `secrets are never written in the spec; use ${instead}`, true);
        const near = closestKey(key);
        return at([...path, key], near ? `unknown key; did you mean ${near}?` : "unknown key", true);
      });
      const more = issue.keys.length - listed.length;
      return more > 0 ? [...listed, at(path, `and ${more} more unknown keys`)] : listed;
    }
    case "invalid_value": {
      const expected = issue.values.map((v) => String(v)).join(" or ");
      return [at(path, issue.input === undefined ? `required (${expected})` : `expected ${expected}`)];
    }
    case "invalid_type":
      return [
        at(
          path,
          issue.input === undefined
            ? `required (${describeType(issue.expected)})`
            : `expected ${describeType(issue.expected)}`,
        ),
      ];
    case "invalid_union":
      return [at(path, "expected a list of groups, or { groups: [...], ordered: true }")];
    case "invalid_key": {
      // A mapping's key failed its own check (a pin's group name, an org's name): say which.
      const why = issue.issues[0]?.message ?? "not allowed here";
      return [at(path, `the key ${JSON.stringify(String(path.at(-1)))} ${why}`, true)];
    }
    default:
      return [at(path, issue.message)];
  }
}

/** Every key the spec's schema knows, anywhere in it. */
let knownKeys: string[] | undefined;

/** The known key a mistyped one most likely meant (at most two edits away), if any. */
function closestKey(key: string): string | undefined {
  knownKeys ??= [...new Set(collectKeys(jsonSchema()))];
  let best: { key: string; distance: number } | undefined;
  for (const known of knownKeys) {
    if (Math.abs(known.length - key.length) > 2) continue;
    const distance = editDistance(key.toLowerCase(), known.toLowerCase());
    if (distance <= Math.min(2, Math.floor(known.length / 3)) && (!best || distance < best.distance))
      best = { key: known, distance };
  }
  return best?.key;
}

function collectKeys(schema: unknown): string[] {
  if (typeof schema !== "object" || schema === null) return [];
  const node = schema as Record<string, unknown>;
  const own =
    typeof node.properties === "object" && node.properties !== null ? Object.keys(node.properties) : [];
  return [...own, ...Object.values(node).flatMap(collectKeys)];
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    previous = current;
  }
  return previous[b.length]!;
}

function describeType(expected: string): string {
  return expected === "array"
    ? "a list"
    : expected === "object" || expected === "record"
      ? "a mapping"
      : `a ${expected}`;
}
