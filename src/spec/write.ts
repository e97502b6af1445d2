import { Document, isScalar, type Node, type Pair, YAMLMap, YAMLSeq } from "yaml";
import { printable } from "../printable.js";
import type { DraftApp, DraftClaim, DraftGroupRef, DraftServer, SpecDraft } from "./draft.js";

/** Where editors with yaml-language-server find the spec's JSON Schema (the modeline). */
export const SCHEMA_URL =
  "https://raw.githubusercontent.com/okta-drift/okta-drift/main/schema/okta-drift.schema.json";

/** The spec's top-level keys in the README's order; a key that is added goes in its place. */
export const TOP_KEYS = [
  "$schema",
  "version",
  "orgs",
  "groups",
  "apps",
  "authorizationServers",
  "smokeTests",
];

// No folding of long values: an expression stays on one line, as people search for it.
export const STRINGIFY = { lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false } as const;

/**
 * A new spec file from a draft: the schema modeline, where it came from, then the spec's keys
 * in the README's order. The same draft always gives the same bytes.
 */
export function writeSpec(draft: SpecDraft, origin: string): string {
  const doc = new Document<YAMLMap>(new YAMLMap());
  doc.commentBefore = [
    ` yaml-language-server: $schema=${SCHEMA_URL}`,
    "",
    ` Imported from ${comment(origin)} by okta-drift import. Review it, commit it, open a pull request.`,
  ].join("\n");
  const top = doc.contents!;
  top.add(doc.createPair("version", 1));
  if (draft.pins.length > 0) top.add(doc.createPair("groups", pinsNode(doc, draft.pins)));
  if (draft.apps.length > 0) top.add(doc.createPair("apps", seqOf(draft.apps.map((a) => appNode(doc, a)))));
  if (draft.servers.length > 0)
    top.add(doc.createPair("authorizationServers", seqOf(draft.servers.map((s) => serverNode(doc, s)))));
  return doc.toString(STRINGIFY);
}

export function keyOf(pair: Pair<unknown, unknown>): string | undefined {
  return isScalar(pair.key) ? String(pair.key.value) : undefined;
}

function pinsNode(doc: Document, pins: SpecDraft["pins"]): YAMLMap {
  const map = new YAMLMap();
  for (const [name, id] of pins) map.add(doc.createPair(name, id));
  return map;
}

/**
 * An app as the spec writes it: by ID; or, for one org of a many-org spec, by label with the
 * org's ID under orgs (the other orgs find it by its label).
 */
export function appNode(doc: Document, app: DraftApp, org?: string): YAMLMap {
  const node = new YAMLMap();
  if (org === undefined) node.add(doc.createPair("id", withComment(doc, app.id, app.label)));
  else node.add(doc.createPair("label", app.label));
  const profile = new YAMLMap();
  for (const [key, groups] of app.profile) profile.add(doc.createPair(key, refsNode(doc, groups)));
  node.add(doc.createPair("profile", profile));
  if (org !== undefined) node.add(doc.createPair("orgs", orgIdNode(doc, org, app.id)));
  return node;
}

/** `{ ORG: { id: ID } }`: an item's ID in one org. */
export function orgIdNode(doc: Document, org: string, id: string): YAMLMap {
  const inOrg = new YAMLMap();
  inOrg.add(doc.createPair("id", id));
  const orgs = new YAMLMap();
  orgs.add(doc.createPair(org, inOrg));
  return orgs;
}

function refsNode(doc: Document, refs: DraftGroupRef[]): YAMLSeq {
  const seq = new YAMLSeq();
  if (refs.length === 0) seq.flow = true;
  for (const ref of refs) seq.add(withComment(doc, ref.ref, ref.note));
  return seq;
}

export function serverNode(doc: Document, server: DraftServer, org?: string): YAMLMap {
  const node = new YAMLMap();
  if (org === undefined) node.add(doc.createPair("id", withComment(doc, server.id, server.name)));
  else node.add(doc.createPair("name", server.name));
  node.add(doc.createPair("claims", seqOf(server.claims.map((c) => claimNode(doc, c)))));
  if (org !== undefined) node.add(doc.createPair("orgs", orgIdNode(doc, org, server.id)));
  return node;
}

/** A claim with the spec's keys in the README's order; Okta's defaults are left out. */
function claimNode(doc: Document, claim: DraftClaim): YAMLMap {
  const node = new YAMLMap();
  node.add(doc.createPair("name", claim.name));
  node.add(doc.createPair("claimType", claim.claimType));
  node.add(doc.createPair("valueType", claim.valueType));
  node.add(doc.createPair("value", withComment(doc, claim.value, claim.note)));
  if (claim.groupFilterType) node.add(doc.createPair("groupFilterType", claim.groupFilterType));
  const scopes = doc.createNode(claim.scopes) as YAMLSeq;
  scopes.flow = true;
  node.add(doc.createPair("scopes", scopes));
  if (!claim.alwaysIncludeInToken) node.add(doc.createPair("alwaysIncludeInToken", false));
  if (claim.status !== "ACTIVE") node.add(doc.createPair("status", claim.status));
  return node;
}

function seqOf(items: Node[]): YAMLSeq {
  const seq = new YAMLSeq();
  for (const item of items) seq.add(item);
  return seq;
}

function withComment(doc: Document, value: string, note: string | undefined): Node {
  const node = doc.createNode(value);
  if (note !== undefined && isScalar(node)) node.comment = ` ${comment(note)}`;
  return node;
}

/** Text from Okta as one inert comment line. */
function comment(text: string): string {
  return printable(text).replace(/\s+/g, " ");
}
