import { EVENT_ID, type Event, getScalarValue, parseEvents, SCALAR_STYLE } from "js-yaml";
import type { FieldPath } from "./source.js";

/** A node of the document as far as placing a field needs: where it starts and what it holds. */
interface Placed {
  /** Offset of the node's first character (a quoted scalar's quote, a flow collection's bracket). */
  start: number;
  quoted: boolean;
  entries?: Map<string, { keyStart: number; value: Placed }>;
  items?: Placed[];
}

/**
 * Where each node of a well-formed document starts, from js-yaml's event stream: a small
 * fraction of the time and memory of the yaml package's Document, for the documents the
 * fast path reads. It places nodes exactly where that Document's ranges do; for what it could
 * place differently (block scalars, empty values, tags, anchors, aliases) `build` returns
 * undefined and the caller parses a Document instead.
 */
export class NodePositions {
  private constructor(private readonly root: Placed) {}

  static build(text: string): NodePositions | undefined {
    let events: Event[];
    try {
      events = parseEvents(text, {});
    } catch {
      return undefined;
    }
    const root = placeAll(text, events);
    return root ? new NodePositions(root) : undefined;
  }

  /**
   * The offset of a field's value (or with `key`, of its key). A field that is missing is
   * placed at the nearest enclosing node that exists.
   */
  offsetOf(path: FieldPath, key = false): number {
    let node = this.root;
    let offset = node.start;
    for (const [index, segment] of path.entries()) {
      if (node.entries) {
        const entry = node.entries.get(String(segment));
        if (!entry) break;
        if (key && index === path.length - 1) return entry.keyStart;
        node = entry.value;
        offset = node.start;
      } else if (node.items && typeof segment === "number" && node.items[segment] !== undefined) {
        node = node.items[segment]!;
        offset = node.start;
      } else {
        break;
      }
    }
    return offset;
  }

  /** Whether the value at `path` is a quoted scalar. */
  isQuoted(path: FieldPath): boolean {
    let node: Placed | undefined = this.root;
    for (const segment of path) {
      if (node?.entries) node = node.entries.get(String(segment))?.value;
      else if (node?.items && typeof segment === "number") node = node.items[segment];
      else return false;
    }
    return node?.quoted ?? false;
  }
}

/** The first document's root, or undefined when a node's place would not match the Document's. */
function placeAll(text: string, events: Event[]): Placed | undefined {
  let root: Placed | undefined;
  /** Open collections, each with the key waiting for its value when it is a mapping. */
  const open: { node: Placed; key?: { text: string | undefined; start: number } }[] = [];
  const add = (node: Placed, keyText?: string): void => {
    const parent = open.at(-1);
    if (!parent) {
      root ??= node;
    } else if (parent.node.items) {
      parent.node.items.push(node);
    } else if (parent.key === undefined) {
      // A key: collections as keys are never a spec's, so they are simply not found.
      parent.key = { text: keyText, start: node.start };
    } else {
      const { text: k, start } = parent.key;
      parent.key = undefined;
      // The first of duplicate keys, as the Document's lookup finds it.
      if (k !== undefined && !parent.node.entries!.has(k))
        parent.node.entries!.set(k, { keyStart: start, value: node });
    }
  };
  for (const event of events) {
    switch (event.type) {
      case EVENT_ID.SCALAR: {
        if (event.anchorStart !== -1 || event.tagStart !== -1 || event.valueStart === -1) return undefined;
        if (event.style === SCALAR_STYLE.LITERAL_BLOCK || event.style === SCALAR_STYLE.FOLDED_BLOCK)
          return undefined;
        const quoted =
          event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED;
        // js-yaml points inside the quotes; the Document at the opening quote.
        const node: Placed = { start: quoted ? event.valueStart - 1 : event.valueStart, quoted };
        const parent = open.at(-1);
        add(node, parent?.node.entries && parent.key === undefined ? getScalarValue(text, event) : undefined);
        break;
      }
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        if (event.anchorStart !== -1 || event.tagStart !== -1) return undefined;
        const node: Placed =
          event.type === EVENT_ID.MAPPING
            ? { start: event.start, quoted: false, entries: new Map() }
            : { start: event.start, quoted: false, items: [] };
        add(node);
        open.push({ node });
        break;
      }
      case EVENT_ID.POP:
        open.pop();
        break;
      case EVENT_ID.ALIAS:
        return undefined;
      case EVENT_ID.DOCUMENT:
        if (root) return root;
        break;
    }
  }
  return root;
}
