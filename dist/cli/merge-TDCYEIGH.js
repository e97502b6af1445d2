import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  UserError
} from "./chunk-GF2GQFVC.js";
import {
  STRINGIFY,
  TOP_KEYS,
  appNode,
  keyOf,
  serverNode
} from "./chunk-53SJ464E.js";
import {
  require_dist
} from "./chunk-EDFCNIIM.js";
import "./chunk-YPXYFTOR.js";
import {
  __toESM
} from "./chunk-TB6QAKHI.js";

// src/spec/merge.ts
var import_yaml = __toESM(require_dist(), 1);
function mergeSpec(text, draft, inOrg) {
  const doc = (0, import_yaml.parseDocument)(text);
  const top = doc.contents;
  if (!(0, import_yaml.isMap)(top) || top.flow)
    throw new UserError(
      "merge adds to a spec written as block YAML; its top level is a flow mapping ({...})"
    );
  const base = text.endsWith("\n") ? text : `${text}
`;
  const org = inOrg?.org;
  const parts = [
    // In a many-org spec, pins are one org's: they go under orgs.ORG.groups (below).
    [
      "groups",
      org === void 0 ? draft.pins.map(([name, id]) => doc.createPair(name, id)) : []
    ],
    ["apps", draft.apps.map((a) => appNode(doc, a, org))],
    ["authorizationServers", draft.servers.map((s) => serverNode(doc, s, org))]
  ];
  const edits = parts.flatMap(([key, items]) => items.length > 0 ? [splice(base, top, key, items)] : []);
  if (inOrg) {
    for (const { path, id } of inOrg.ids)
      edits.push(addUnder(base, top, [...path, "orgs", inOrg.org], [["id", id]]));
    if (draft.pins.length > 0) edits.push(addUnder(base, top, ["orgs", inOrg.org, "groups"], draft.pins));
  }
  let merged = base;
  for (const edit of edits.sort((a, b) => b.at - a.at || b.order - a.order))
    merged = merged.slice(0, edit.at) + edit.insert + merged.slice(edit.at + edit.remove);
  return merged;
}
function splice(text, top, key, items) {
  const order = TOP_KEYS.indexOf(key);
  const pair = top.items.find((p) => keyOf(p) === key);
  const value = pair?.value;
  const collection = (0, import_yaml.isSeq)(value) || (0, import_yaml.isMap)(value) ? value : void 0;
  if (collection?.range && !collection.flow && collection.items.length > 0) {
    const indent = columnOf(text, collection.range[0]);
    return {
      at: lineEnd(text, collection.range[1]),
      remove: 0,
      insert: itemsText(items, key, indent),
      order
    };
  }
  if (collection?.range && collection.items.length === 0) {
    const [from, to] = collection.range;
    return { at: from, remove: to - from, insert: `
${itemsText(items, key, 2).replace(/\n$/, "")}`, order };
  }
  if (collection)
    throw new UserError(
      `merge adds to block YAML; the spec's ${key} is written in flow style ([...]): write it as a block list`
    );
  if (pair) {
    const keyEnd = pair.key.range?.[1] ?? 0;
    return { at: lineEnd(text, keyEnd), remove: 0, insert: itemsText(items, key, 2), order };
  }
  const previous = top.items.filter((p) => {
    const rank = TOP_KEYS.indexOf(keyOf(p) ?? "");
    return rank >= 0 && rank < order;
  });
  const last = previous.at(-1);
  const end = last ? last.value?.range?.[1] ?? last.key.range?.[1] ?? 0 : 0;
  return {
    at: last ? lineEnd(text, end) : 0,
    remove: 0,
    insert: `${key}:
${itemsText(items, key, 2)}`,
    order
  };
}
function addUnder(text, top, path, entries) {
  const where = `the spec's ${path.join(".")}`;
  let map = top;
  let depth = 0;
  for (; depth < path.length; depth++) {
    const step = path[depth];
    if (typeof step === "number") throw new UserError(`merge: ${where} does not lead to a list item`);
    const pair = map.items.find((p) => keyOf(p) === step);
    if (!pair) break;
    let value = pair.value;
    if ((0, import_yaml.isSeq)(value) && typeof path[depth + 1] === "number") {
      if (value.flow) throw new UserError(`merge adds to block YAML; ${where} is written in flow style`);
      value = value.items[path[depth + 1]];
      depth++;
    }
    if (value === null || value === void 0) {
      const keyNode = pair.key;
      const indent2 = columnOf(text, keyNode.range?.[0] ?? 0) + 2;
      return {
        at: lineEnd(text, keyNode.range?.[1] ?? 0),
        remove: 0,
        insert: nestedText(path.slice(depth + 1), entries, indent2),
        order: 0
      };
    }
    if (!(0, import_yaml.isMap)(value) || value.flow || !value.range)
      throw new UserError(
        `merge adds to block YAML; ${where} is written in flow style ({...}): write it as a block mapping`
      );
    map = value;
  }
  const range = map.range;
  const first = map.items[0]?.key;
  const indent = first?.range ? columnOf(text, first.range[0]) : 2;
  return {
    at: lineEnd(text, range[1]),
    remove: 0,
    insert: nestedText(path.slice(depth), entries, indent),
    order: 0
  };
}
function nestedText(rest, entries, indent) {
  let node = new import_yaml.YAMLMap();
  for (const [key, value] of entries) node.set(key, value);
  for (const key of [...rest].reverse()) {
    const outer = new import_yaml.YAMLMap();
    outer.set(String(key), node);
    node = outer;
  }
  const pad = " ".repeat(indent);
  return new import_yaml.Document(node).toString(STRINGIFY).split("\n").map((line) => line === "" ? line : pad + line).join("\n");
}
function itemsText(items, key, indent) {
  const collection = key === "groups" ? new import_yaml.YAMLMap() : new import_yaml.YAMLSeq();
  for (const item of items) collection.add(item);
  const pad = " ".repeat(indent);
  return new import_yaml.Document(collection).toString(STRINGIFY).split("\n").map((line) => line === "" ? line : pad + line).join("\n");
}
function lineEnd(text, offset) {
  if (offset > 0 && text[offset - 1] === "\n") return offset;
  const newline = text.indexOf("\n", offset);
  return newline < 0 ? text.length : newline + 1;
}
function columnOf(text, offset) {
  return offset - (text.lastIndexOf("\n", offset - 1) + 1);
}
export {
  mergeSpec
};
