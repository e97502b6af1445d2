import { EVENT_ID, type Event, getScalarValue, parseEvents, SCALAR_STYLE, type ScalarEvent } from "js-yaml";
import type { FieldPath } from "./source.js";

/** A visited mapping's keys, or a visited sequence's items, as indices into the events. */
type Children = { keys: Map<string, { key: number; value: number }> } | { items: number[] };

/**
 * Where each node of a well-formed document starts, from js-yaml's event stream: a small
 * fraction of the time and memory of the yaml package's Document, for the documents the
 * fast path reads. Only the collections a lookup passes through are indexed. It places nodes
 * exactly where that Document's ranges do; for what it could place differently (block
 * scalars, empty values, tags, anchors, aliases) `build` returns undefined and the caller
 * parses a Document instead.
 */
export class NodePositions {
  private readonly children = new Map<number, Children>();

  private constructor(
    private readonly text: string,
    private readonly events: Event[],
    /** For each event, the index just past its node (its collection's closing event). */
    private readonly ends: Int32Array,
    private readonly root: number,
  ) {}

  /** From the text, or from js-yaml's events of it when the caller parsed it already. */
  static build(text: string, parsed?: Event[]): NodePositions | undefined {
    let events: Event[];
    try {
      events = parsed ?? parseEvents(text, {});
    } catch {
      return undefined;
    }
    const ends = new Int32Array(events.length);
    const open: number[] = [];
    let root = -1;
    for (const [i, event] of events.entries()) {
      switch (event.type) {
        case EVENT_ID.SCALAR:
          if (event.anchorStart !== -1 || event.tagStart !== -1 || event.valueStart === -1) return undefined;
          if (event.style === SCALAR_STYLE.LITERAL_BLOCK || event.style === SCALAR_STYLE.FOLDED_BLOCK)
            return undefined;
          ends[i] = i + 1;
          if (root === -1) root = i;
          break;
        case EVENT_ID.MAPPING:
        case EVENT_ID.SEQUENCE:
          if (event.anchorStart !== -1 || event.tagStart !== -1) return undefined;
          if (root === -1) root = i;
          open.push(i);
          break;
        case EVENT_ID.POP: {
          const closed = open.pop();
          if (closed !== undefined) ends[closed] = i + 1;
          break;
        }
        case EVENT_ID.ALIAS:
          return undefined;
        case EVENT_ID.DOCUMENT:
          // The first document is the spec (a second one is refused before this is asked).
          if (root !== -1) return new NodePositions(text, events, ends, root);
          break;
      }
    }
    return root === -1 ? undefined : new NodePositions(text, events, ends, root);
  }

  /**
   * The offset of a field's value (or with `key`, of its key). A field that is missing is
   * placed at the nearest enclosing node that exists.
   */
  offsetOf(path: FieldPath, key = false): number {
    let node = this.root;
    for (const [index, segment] of path.entries()) {
      const step = this.child(node, segment);
      if (!step) break;
      if (key && index === path.length - 1 && step.key !== undefined) return this.start(step.key);
      node = step.value;
    }
    return this.start(node);
  }

  /** Whether the value at `path` is a quoted scalar. */
  isQuoted(path: FieldPath): boolean {
    let node = this.root;
    for (const segment of path) {
      const step = this.child(node, segment);
      if (!step) return false;
      node = step.value;
    }
    const event = this.events[node]!;
    return event.type === EVENT_ID.SCALAR && isQuotedStyle(event);
  }

  /** Where a node starts: js-yaml points inside a quoted scalar's quotes, the Document at the first. */
  private start(node: number): number {
    const event = this.events[node]!;
    if (event.type === EVENT_ID.SCALAR) return isQuotedStyle(event) ? event.valueStart - 1 : event.valueStart;
    return (event as { start: number }).start;
  }

  private child(node: number, segment: string | number): { key?: number; value: number } | undefined {
    const children = this.childrenOf(node);
    if (!children) return undefined;
    if ("keys" in children) return children.keys.get(String(segment));
    const value = typeof segment === "number" ? children.items[segment] : undefined;
    return value === undefined ? undefined : { value };
  }

  private childrenOf(node: number): Children | undefined {
    const type = this.events[node]!.type;
    if (type !== EVENT_ID.MAPPING && type !== EVENT_ID.SEQUENCE) return undefined;
    let children = this.children.get(node);
    if (children) return children;
    const end = this.ends[node]! - 1;
    if (type === EVENT_ID.SEQUENCE) {
      const items: number[] = [];
      for (let i = node + 1; i < end; i = this.ends[i]!) items.push(i);
      children = { items };
    } else {
      const keys = new Map<string, { key: number; value: number }>();
      for (let i = node + 1; i < end; ) {
        const value = this.ends[i]!;
        const event = this.events[i]!;
        // A collection as a key is never a spec's: it is simply not found. Of duplicate keys,
        // the first, as the Document's lookup finds it.
        if (event.type === EVENT_ID.SCALAR) {
          const name = getScalarValue(this.text, event);
          if (!keys.has(name)) keys.set(name, { key: i, value });
        }
        i = this.ends[value]!;
      }
      children = { keys };
    }
    this.children.set(node, children);
    return children;
  }
}

function isQuotedStyle(event: ScalarEvent): boolean {
  return event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED;
}
