import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  require_dist
} from "./chunk-EDFCNIIM.js";
import {
  printable
} from "./chunk-YPXYFTOR.js";
import {
  __toESM
} from "./chunk-TB6QAKHI.js";

// src/spec/write.ts
var import_yaml = __toESM(require_dist(), 1);
var SCHEMA_URL = "https://raw.githubusercontent.com/okta-drift/okta-drift/main/schema/okta-drift.schema.json";
var TOP_KEYS = [
  "$schema",
  "version",
  "orgs",
  "groups",
  "apps",
  "authorizationServers",
  "smokeTests"
];
var STRINGIFY = { lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false };
function writeSpec(draft, origin) {
  const doc = new import_yaml.Document(new import_yaml.YAMLMap());
  doc.commentBefore = [
    ` yaml-language-server: $schema=${SCHEMA_URL}`,
    "",
    ` Imported from ${comment(origin)} by okta-drift import. Review it, commit it, open a pull request.`
  ].join("\n");
  const top = doc.contents;
  top.add(doc.createPair("version", 1));
  if (draft.pins.length > 0) top.add(doc.createPair("groups", pinsNode(doc, draft.pins)));
  if (draft.apps.length > 0) top.add(doc.createPair("apps", seqOf(draft.apps.map((a) => appNode(doc, a)))));
  if (draft.servers.length > 0)
    top.add(doc.createPair("authorizationServers", seqOf(draft.servers.map((s) => serverNode(doc, s)))));
  return doc.toString(STRINGIFY);
}
function keyOf(pair) {
  return (0, import_yaml.isScalar)(pair.key) ? String(pair.key.value) : void 0;
}
function pinsNode(doc, pins) {
  const map = new import_yaml.YAMLMap();
  for (const [name, id] of pins) map.add(doc.createPair(name, id));
  return map;
}
function appNode(doc, app, org) {
  const node = new import_yaml.YAMLMap();
  if (org === void 0) node.add(doc.createPair("id", withComment(doc, app.id, app.label)));
  else node.add(doc.createPair("label", app.label));
  const profile = new import_yaml.YAMLMap();
  for (const [key, groups] of app.profile) profile.add(doc.createPair(key, refsNode(doc, groups)));
  node.add(doc.createPair("profile", profile));
  if (org !== void 0) node.add(doc.createPair("orgs", orgIdNode(doc, org, app.id)));
  return node;
}
function orgIdNode(doc, org, id) {
  const inOrg = new import_yaml.YAMLMap();
  inOrg.add(doc.createPair("id", id));
  const orgs = new import_yaml.YAMLMap();
  orgs.add(doc.createPair(org, inOrg));
  return orgs;
}
function refsNode(doc, refs) {
  const seq = new import_yaml.YAMLSeq();
  if (refs.length === 0) seq.flow = true;
  for (const ref of refs) seq.add(withComment(doc, ref.ref, ref.note));
  return seq;
}
function serverNode(doc, server, org) {
  const node = new import_yaml.YAMLMap();
  if (org === void 0) node.add(doc.createPair("id", withComment(doc, server.id, server.name)));
  else node.add(doc.createPair("name", server.name));
  node.add(doc.createPair("claims", seqOf(server.claims.map((c) => claimNode(doc, c)))));
  if (org !== void 0) node.add(doc.createPair("orgs", orgIdNode(doc, org, server.id)));
  return node;
}
function claimNode(doc, claim) {
  const node = new import_yaml.YAMLMap();
  node.add(doc.createPair("name", claim.name));
  node.add(doc.createPair("claimType", claim.claimType));
  node.add(doc.createPair("valueType", claim.valueType));
  node.add(doc.createPair("value", withComment(doc, claim.value, claim.note)));
  if (claim.groupFilterType) node.add(doc.createPair("groupFilterType", claim.groupFilterType));
  const scopes = doc.createNode(claim.scopes);
  scopes.flow = true;
  node.add(doc.createPair("scopes", scopes));
  if (!claim.alwaysIncludeInToken) node.add(doc.createPair("alwaysIncludeInToken", false));
  if (claim.status !== "ACTIVE") node.add(doc.createPair("status", claim.status));
  return node;
}
function seqOf(items) {
  const seq = new import_yaml.YAMLSeq();
  for (const item of items) seq.add(item);
  return seq;
}
function withComment(doc, value, note) {
  const node = doc.createNode(value);
  if (note !== void 0 && (0, import_yaml.isScalar)(node)) node.comment = ` ${comment(note)}`;
  return node;
}
function comment(text) {
  return printable(text).replace(/\s+/g, " ");
}

export {
  SCHEMA_URL,
  TOP_KEYS,
  STRINGIFY,
  writeSpec,
  keyOf,
  appNode,
  orgIdNode,
  serverNode
};
