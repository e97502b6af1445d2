import { Document, isMap, isSeq, type Node, parseDocument, YAMLMap, YAMLSeq } from "yaml";
import { UserError } from "../errors.js";
import type { SpecDraft } from "./draft.js";
import { appNode, keyOf, STRINGIFY, serverNode, TOP_KEYS } from "./write.js";

/**
 * Adds a draft's pins, apps and servers to an existing spec's text, after what is there. Every
 * byte already in the file stays as it was (comments, order, spacing): the new entries are
 * spliced in as text, indented like their neighbours. The caller leaves out of the draft what
 * the file already has.
 */
export function mergeSpec(text: string, draft: SpecDraft): string {
  const doc = parseDocument(text);
  const top = doc.contents;
  if (!isMap(top) || top.flow)
    throw new UserError(
      "merge adds to a spec written as block YAML; its top level is a flow mapping ({...})",
    );
  const base = text.endsWith("\n") ? text : `${text}\n`;
  const parts: [key: string, items: Node[]][] = [
    ["groups", draft.pins.map(([name, id]) => doc.createPair(name, id) as unknown as Node)],
    ["apps", draft.apps.map((a) => appNode(doc, a))],
    ["authorizationServers", draft.servers.map((s) => serverNode(doc, s))],
  ];
  const edits = parts.flatMap(([key, items]) => (items.length > 0 ? [splice(base, top, key, items)] : []));
  // From the end backwards, so each edit's offsets still hold; at one offset, README order.
  let merged = base;
  for (const edit of edits.sort((a, b) => b.at - a.at || b.order - a.order))
    merged = merged.slice(0, edit.at) + edit.insert + merged.slice(edit.at + edit.remove);
  return merged;
}

interface Edit {
  at: number;
  remove: number;
  insert: string;
  order: number;
}

/** The text edit that adds `items` to the collection under `key`, made when there is none. */
function splice(text: string, top: YAMLMap, key: string, items: Node[]): Edit {
  const order = TOP_KEYS.indexOf(key);
  const pair = top.items.find((p) => keyOf(p) === key);
  const value = pair?.value as Node | null | undefined;
  const collection = isSeq(value) || isMap(value) ? value : undefined;
  if (collection?.range && !collection.flow && collection.items.length > 0) {
    const indent = columnOf(text, collection.range[0]);
    return {
      at: lineEnd(text, collection.range[1]),
      remove: 0,
      insert: itemsText(items, key, indent),
      order,
    };
  }
  if (collection?.range && collection.items.length === 0) {
    // `apps: []`: the empty brackets go, the items follow on the next lines.
    const [from, to] = collection.range;
    return { at: from, remove: to - from, insert: `\n${itemsText(items, key, 2).replace(/\n$/, "")}`, order };
  }
  if (collection)
    throw new UserError(
      `merge adds to block YAML; the spec's ${key} is written in flow style ([...]): write it as a block list`,
    );
  if (pair) {
    // `apps:` with nothing after it (null): the items go on the lines after the key.
    const keyEnd = (pair.key as Node).range?.[1] ?? 0;
    return { at: lineEnd(text, keyEnd), remove: 0, insert: itemsText(items, key, 2), order };
  }
  // A new key, after the last one that comes before it in the README's order.
  const previous = top.items.filter((p) => {
    const rank = TOP_KEYS.indexOf(keyOf(p) ?? "");
    return rank >= 0 && rank < order;
  });
  const last = previous.at(-1);
  const end = last ? ((last.value as Node | null)?.range?.[1] ?? (last.key as Node).range?.[1] ?? 0) : 0;
  return {
    at: last ? lineEnd(text, end) : 0,
    remove: 0,
    insert: `${key}:\n${itemsText(items, key, 2)}`,
    order,
  };
}

/** The items as they print under `key`, each line indented by `indent` spaces. */
function itemsText(items: Node[], key: string, indent: number): string {
  const collection = key === "groups" ? new YAMLMap() : new YAMLSeq();
  for (const item of items) collection.add(item as never);
  const pad = " ".repeat(indent);
  return new Document(collection)
    .toString(STRINGIFY)
    .split("\n")
    .map((line) => (line === "" ? line : pad + line))
    .join("\n");
}

/** The offset just past the line that `offset` is on (a range's end may be past its newline). */
function lineEnd(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === "\n") return offset;
  const newline = text.indexOf("\n", offset);
  return newline < 0 ? text.length : newline + 1;
}

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf("\n", offset - 1) + 1);
}
