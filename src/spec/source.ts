import { type Document, isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument } from "yaml";
import type { SourceLocation, SpecProblem } from "../errors.js";

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

/**
 * The YAML document of a spec, able to say where each field was written. A spec read by the
 * fast path (load.ts) has its document parsed only when a place in it is first asked for: a
 * plan with no drift and no findings never needs one.
 */
export class SpecSource {
  private constructor(
    readonly file: string,
    /** The text as read (import --merge adds to it). */
    readonly text: string,
    private parsed: { doc: Document; lines: LineCounter } | undefined,
  ) {}

  /** A source for text already known to be well-formed YAML; positions are found when asked. */
  static lazy(file: string, text: string): SpecSource {
    return new SpecSource(file, text, undefined);
  }

  private get doc(): Document {
    return this.document().doc;
  }

  private get lines(): LineCounter {
    return this.document().lines;
  }

  private document(): { doc: Document; lines: LineCounter } {
    if (!this.parsed) {
      const lines = new LineCounter();
      this.parsed = { doc: parseDocument(this.text, { lineCounter: lines, uniqueKeys: false }), lines };
    }
    return this.parsed;
  }

  /** Parses YAML text; returns YAML syntax problems (with their lines) instead of throwing. */
  static parse(file: string, text: string): { source: SpecSource; problems: SpecProblem[] } {
    const lines = new LineCounter();
    // yaml's own uniqueKeys check compares every key with every other; duplicateKeys is linear.
    const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false, prettyErrors: false });
    const source = new SpecSource(file, text, { doc, lines });
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

  /** The plain data, refusing alias expansion beyond a small budget (a "billion laughs" file). */
  toData(maxAliasCount: number): unknown {
    return this.doc.toJS({ maxAliasCount });
  }

  /**
   * Where a field was written: its value, or with `key` its key (for unknown keys). A field that
   * is missing points at the nearest enclosing object that exists.
   */
  locate(path: FieldPath, key = false): SourceLocation {
    let node: unknown = this.doc.contents;
    let offset = rangeStart(node) ?? 0;
    for (const [index, segment] of path.entries()) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === segment);
        if (!pair) break;
        const last = index === path.length - 1;
        if (last && key) return this.at(rangeStart(pair.key) ?? offset);
        node = pair.value;
        offset = rangeStart(pair.value) ?? rangeStart(pair.key) ?? offset;
      } else if (isSeq(node) && typeof segment === "number" && node.items[segment] !== undefined) {
        node = node.items[segment];
        offset = rangeStart(node) ?? offset;
      } else {
        break;
      }
    }
    return this.at(offset);
  }

  /** Whether the value at `path` is a quoted YAML scalar (its text starts one column later). */
  isQuoted(path: FieldPath): boolean {
    const node = this.doc.getIn(path, true);
    return isScalar(node) && (node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE");
  }

  private at(offset: number): SourceLocation {
    const { line, col } = this.lines.linePos(offset);
    return { file: this.file, line, col };
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
