import type { Event } from "js-yaml";
import { type Document, isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument } from "yaml";
import type { SourceLocation, SpecProblem } from "../errors.js";
import { NodePositions } from "./positions.js";

export type FieldPath = (string | number)[];

/**
 * The YAML parser's complaint in a line of ours. Thousands of nested `[` or indents exhaust its
 * recursion; it says "Maximum call stack size exceeded", which is about us, not the file.
 */
export function yamlMessage(error: Error): string {
  if (isTooDeep(error)) return TOO_DEEP;
  return `YAML: ${error.message.split("\n")[0]}`;
}

const TOO_DEEP = "YAML: nested too deeply to read (a spec nests a few levels; this file nests hundreds)";

/** Where the parser gave up depends on the stack's size, so the problem is put at the file. */
function isTooDeep(error: Error): boolean {
  return error instanceof RangeError || /Maximum call stack size exceeded/.test(error.message);
}

/** Where a field was written, as offsets into the text; quotes matter to columns inside a value. */
interface Places {
  offsetOf(path: FieldPath, key?: boolean): number;
  isQuoted(path: FieldPath): boolean;
  linePos(offset: number): { line: number; col: number };
}

/**
 * The YAML document of a spec, able to say where each field was written. A spec read by the
 * fast path (load.ts) is placed only when a place in it is first asked for (a plan with no
 * drift and no findings never needs one), from js-yaml's events when it can (positions.ts),
 * else from a yaml Document.
 */
export class SpecSource {
  private constructor(
    readonly file: string,
    /** The text as read (import --merge adds to it). */
    readonly text: string,
    private places: Places | undefined,
    /** Set only by `parse`, for `toData`. */
    private readonly doc?: Document,
    /** js-yaml's events of the text, kept for placing fields until the first place is asked for. */
    private events?: Event[],
  ) {}

  /**
   * A source for text already known to be well-formed YAML, with js-yaml's events of it if the
   * caller has them; positions are found when first asked for.
   */
  static lazy(file: string, text: string, events?: Event[]): SpecSource {
    return new SpecSource(file, text, undefined, undefined, events);
  }

  private placed(): Places {
    if (!this.places) {
      const events = NodePositions.build(this.text, this.events);
      this.events = undefined;
      if (events) {
        const lines = new LineStarts(this.text);
        this.places = {
          offsetOf: (path, key) => events.offsetOf(path, key),
          isQuoted: (path) => events.isQuoted(path),
          linePos: (offset) => lines.linePos(offset),
        };
      } else {
        const lines = new LineCounter();
        this.places = documentPlaces(
          parseDocument(this.text, { lineCounter: lines, uniqueKeys: false }),
          lines,
        );
      }
    }
    return this.places;
  }

  /** Parses YAML text; returns YAML syntax problems (with their lines) instead of throwing. */
  static parse(file: string, text: string): { source: SpecSource; problems: SpecProblem[] } {
    const lines = new LineCounter();
    // yaml's own uniqueKeys check compares every key with every other; duplicateKeys is linear.
    const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false, prettyErrors: false });
    const source = new SpecSource(file, text, documentPlaces(doc, lines), doc);
    if (doc.errors.some(isTooDeep))
      return { source, problems: [{ file, line: 1, col: 1, field: "", message: TOO_DEEP }] };
    const problems = [
      ...doc.errors.map((error) => ({
        ...source.at(error.pos[0]),
        field: "",
        message: yamlMessage(error),
      })),
      ...duplicateKeys(doc.contents).map((offset) => ({
        ...source.at(offset),
        field: "",
        message: "YAML: Map keys must be unique",
      })),
    ].sort((a, b) => a.line - b.line || a.col - b.col);
    return { source, problems };
  }

  /** The plain data of a parsed source, refusing alias expansion beyond a small budget (a "billion laughs" file). */
  toData(maxAliasCount: number): unknown {
    if (!this.doc) throw new Error("SpecSource.toData: only a parsed source holds a document");
    return this.doc.toJS({ maxAliasCount });
  }

  /**
   * Where a field was written: its value, or with `key` its key (for unknown keys). A field that
   * is missing points at the nearest enclosing object that exists.
   */
  locate(path: FieldPath, key = false): SourceLocation {
    return this.at(this.placed().offsetOf(path, key));
  }

  /** Whether the value at `path` is a quoted YAML scalar (its text starts one column later). */
  isQuoted(path: FieldPath): boolean {
    return this.placed().isQuoted(path);
  }

  private at(offset: number): SourceLocation {
    const { line, col } = this.placed().linePos(offset);
    return { file: this.file, line, col };
  }
}

/** Places from a yaml Document's node ranges. */
function documentPlaces(doc: Document, lines: LineCounter): Places {
  return {
    offsetOf(path, key = false) {
      let node: unknown = doc.contents;
      let offset = rangeStart(node) ?? 0;
      for (const [index, segment] of path.entries()) {
        if (isMap(node)) {
          const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === segment);
          if (!pair) break;
          if (key && index === path.length - 1) return rangeStart(pair.key) ?? offset;
          node = pair.value;
          offset = rangeStart(pair.value) ?? rangeStart(pair.key) ?? offset;
        } else if (isSeq(node) && typeof segment === "number" && node.items[segment] !== undefined) {
          node = node.items[segment];
          offset = rangeStart(node) ?? offset;
        } else {
          break;
        }
      }
      return offset;
    },
    isQuoted(path) {
      const node = doc.getIn(path, true);
      return isScalar(node) && (node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE");
    },
    linePos: (offset) => lines.linePos(offset),
  };
}

/** Line and column (both from 1) of an offset, as yaml's LineCounter counts them: lines end at "\n". */
class LineStarts {
  private readonly starts = [0];
  constructor(text: string) {
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }

  linePos(offset: number): { line: number; col: number } {
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (offset < this.starts[mid]!) high = mid;
      else low = mid + 1;
    }
    return { line: low, col: offset - this.starts[low - 1]! + 1 };
  }
}

/** Where a key is written a second time in its mapping, anywhere in the document. */
function duplicateKeys(root: unknown): number[] {
  const found: number[] = [];
  const pending: unknown[] = [root];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        if (seen.has(key)) found.push(rangeStart(pair.key) ?? rangeStart(node) ?? 0);
        seen.add(key);
        pending.push(pair.value);
      }
    } else if (isSeq(node)) {
      pending.push(...node.items);
    }
  }
  return found;
}

function rangeStart(node: unknown): number | undefined {
  return (node as Node | null)?.range?.[0];
}

/** `authorizationServers[0].claims[1].name` */
export function formatPath(path: FieldPath): string {
  return path
    .map((segment, i) => (typeof segment === "number" ? `[${segment}]` : i === 0 ? segment : `.${segment}`))
    .join("");
}
