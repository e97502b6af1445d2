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
export function mergeSpec(text: string, draft: SpecDraft, inOrg?: OrgAdditions): string {
  const doc = parseDocument(text);
  const top = doc.contents;
  if (!isMap(top) || top.flow)
    throw new UserError(
      "merge adds to a spec written as block YAML; its top level is a flow mapping ({...})",
    );
  const base = text.endsWith("\n") ? text : `${text}\n`;
  const org = inOrg?.org;
  const parts: [key: string, items: Node[]][] = [
    // In a many-org spec, pins are one org's: they go under orgs.ORG.groups (below).
    [
      "groups",
      org === undefined ? draft.pins.map(([name, id]) => doc.createPair(name, id) as unknown as Node) : [],
    ],
    ["apps", draft.apps.map((a) => appNode(doc, a, org))],
    ["authorizationServers", draft.servers.map((s) => serverNode(doc, s, org))],
  ];
  const edits = parts.flatMap(([key, items]) => (items.length > 0 ? [splice(base, top, key, items)] : []));
  if (inOrg) {
    for (const { path, id } of inOrg.ids)
      edits.push(addUnder(base, top, [...path, "orgs", inOrg.org], [["id", id]]));
    if (draft.pins.length > 0) edits.push(addUnder(base, top, ["orgs", inOrg.org, "groups"], draft.pins));
  }
  // From the end backwards, so each edit's offsets still hold; at one offset, README order.
  let merged = base;
  for (const edit of edits.sort((a, b) => b.at - a.at || b.order - a.order))
    merged = merged.slice(0, edit.at) + edit.insert + merged.slice(edit.at + edit.remove);
  return merged;
}

/**
 * What importing one org of a many-org spec adds besides new items: that org's IDs of items
 * the spec has already (by label or name), at each item's path.
 */
export interface OrgAdditions {
  org: string;
  ids: { path: ["apps" | "authorizationServers", number]; id: string }[];
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

/**
 * The text edit that sets `entries` in the mapping at `path` (keys and sequence indices from the
 * top), making the mappings of the path that are not there yet. Only block YAML is edited.
 */
function addUnder(text: string, top: YAMLMap, path: (string | number)[], entries: [string, string][]): Edit {
  const where = `the spec's ${path.join(".")}`;
  let map: YAMLMap = top;
  let depth = 0;
  for (; depth < path.length; depth++) {
    const step = path[depth]!;
    // An index follows its list's key and is taken with it, below.
    if (typeof step === "number") throw new UserError(`merge: ${where} does not lead to a list item`);
    const pair = map.items.find((p) => keyOf(p) === step);
    if (!pair) break;
    let value = pair.value as Node | null;
    if (isSeq(value) && typeof path[depth + 1] === "number") {
      if (value.flow) throw new UserError(`merge adds to block YAML; ${where} is written in flow style`);
      value = value.items[path[depth + 1] as number] as Node | null;
      depth++;
    }
    if (value === null || value === undefined) {
      // `key:` with nothing after it: the rest goes on the lines after the key.
      const keyNode = pair.key as Node;
      const indent = columnOf(text, keyNode.range?.[0] ?? 0) + 2;
      return {
        at: lineEnd(text, keyNode.range?.[1] ?? 0),
        remove: 0,
        insert: nestedText(path.slice(depth + 1), entries, indent),
        order: 0,
      };
    }
    if (!isMap(value) || value.flow || !value.range)
      throw new UserError(
        `merge adds to block YAML; ${where} is written in flow style ({...}): write it as a block mapping`,
      );
    map = value;
  }
  const range = map.range!;
  const first = map.items[0]?.key as Node | undefined;
  const indent = first?.range ? columnOf(text, first.range[0]) : 2;
  return {
    at: lineEnd(text, range[1]),
    remove: 0,
    insert: nestedText(path.slice(depth), entries, indent),
    order: 0,
  };
}

/** `rest` as nested keys around `entries`, printed as block YAML indented by `indent`. */
function nestedText(rest: (string | number)[], entries: [string, string][], indent: number): string {
  let node = new YAMLMap();
  for (const [key, value] of entries) node.set(key, value);
  for (const key of [...rest].reverse()) {
    const outer = new YAMLMap();
    outer.set(String(key), node);
    node = outer;
  }
  const pad = " ".repeat(indent);
  return new Document(node)
    .toString(STRINGIFY)
    .split("\n")
    .map((line) => (line === "" ? line : pad + line))
    .join("\n");
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
