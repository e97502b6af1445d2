import { checkExpression, literalAllowlistEntries } from "../el/check.js";
import { tryParse } from "../el/index.js";
import { print } from "../el/print.js";
import { mapAllowlistEntries } from "../el/render.js";
import { UserError } from "../errors.js";
import { APP_ID, isGroupId, SERVER_ID } from "../model/ids.js";
import { appLabelled, serverNamed } from "../model/lookup.js";
import type { App, AuthorizationServer, Claim } from "../model/okta.js";
import { profileValue } from "../model/okta.js";
import { byCodeUnits } from "../model/order.js";
import type { AdminGateway } from "../okta/admin.js";
import { printable } from "../printable.js";
import type { DraftApp, DraftClaim, DraftGroupRef, DraftServer, SpecDraft } from "../spec/draft.js";
import { type KnownNames, NO_KNOWN_NAMES, nameGroupRefs } from "./names.js";

/** What to import: apps and servers by ID or name, or every one that holds groups claims. */
export interface ImportSelection {
  /** App IDs (`0oa…`) or exact labels. */
  apps: string[];
  /** Server IDs (`aus…`, `default`) or exact names. */
  servers: string[];
  /** Every active OIDC app with an allowlist, every custom server with a non-system claim. */
  all: boolean;
  /** The allowlist keys; none: every profile key whose value is a list of group IDs. */
  profileKeys: string[];
}

/** Apps and servers to leave out (the spec being added to has them), and its group names. */
export interface ImportContext {
  has: { app: (app: App) => boolean; server: (server: AuthorizationServer) => boolean };
  names: KnownNames;
}

const NOTHING_KNOWN: ImportContext = {
  has: { app: () => false, server: () => false },
  names: NO_KNOWN_NAMES,
};

export interface Imported {
  draft: SpecDraft;
  /** Things the user should know: what was skipped, what could not be written as Okta has it. */
  notes: string[];
}

/**
 * Reads what the selection names, and only that, and drafts the spec that manages it as Okta
 * has it now: `plan` of the result finds no drift. Sends no write. Bad names are one error
 * listing each.
 */
export async function importTenant(
  okta: AdminGateway,
  selection: ImportSelection,
  context: ImportContext = NOTHING_KNOWN,
): Promise<Imported> {
  const notes: string[] = [];
  const problems: string[] = [];
  const [apps, servers] = await Promise.all([
    selectApps(okta, selection, problems, notes),
    selectServers(okta, selection, problems),
  ]);
  if (problems.length > 0) throw new UserError(problems.map(printable).join("\n"));

  const wantedApps = apps.filter(({ app }) => !skipped(context.has.app(app), `app ${app.id}`, notes));
  const wantedServers = servers.filter(
    ({ server }) => !skipped(context.has.server(server), `authorization server ${server.id}`, notes),
  );
  const ids = [
    ...wantedApps.flatMap(({ keys }) => keys.flatMap(([, groups]) => groups)),
    ...wantedServers.flatMap(({ claims }) => claims.flatMap(literalGroupIds)),
  ];
  const { refs, pins } = await nameGroups(okta, ids, context.names);
  const ref = (id: string): DraftGroupRef => refs.get(id) ?? { ref: id };
  return {
    draft: {
      pins,
      apps: wantedApps.map(({ app, keys }) => draftApp(app, keys, ref)),
      servers: wantedServers.map(({ server, claims }) => draftServer(server, claims, ref, notes)),
    },
    notes,
  };
}

function skipped(present: boolean, what: string, notes: string[]): boolean {
  if (present) notes.push(`${what} is in the spec already; left as it is`);
  return present;
}

type AppAllowlists = { app: App; keys: [key: string, groups: string[]][] };

async function selectApps(
  okta: AdminGateway,
  selection: ImportSelection,
  problems: string[],
  notes: string[],
): Promise<AppAllowlists[]> {
  const byId = selection.apps.filter((a) => APP_ID.test(a));
  const byLabel = selection.apps.filter((a) => !APP_ID.test(a));
  const [found, labelled, all] = await Promise.all([
    byId.length > 0 ? okta.appsByIds(byId) : Promise.resolve(new Map<string, App>()),
    Promise.all(byLabel.map(async (label) => appLabelled(label, await okta.appsLabelled(label)))),
    selection.all ? okta.oidcApps() : Promise.resolve([]),
  ]);
  const named: App[] = [];
  for (const id of byId) {
    const app = found.get(id);
    if (app) named.push(app);
    else problems.push(`--app ${id}: no app with this ID in Okta`);
  }
  labelled.forEach((lookup, i) => {
    if (lookup.found) named.push(lookup.found);
    else problems.push(`--app ${byLabel[i]}: ${lookup.problem}`);
  });
  const chosen: AppAllowlists[] = [];
  const seen = new Set<string>();
  for (const app of named) {
    if (seen.has(app.id)) continue;
    seen.add(app.id);
    if (app.signOnMode !== "OPENID_CONNECT") {
      problems.push(`--app ${app.id}: "${app.label}" is a ${app.signOnMode} app, not an OIDC app`);
      continue;
    }
    const keys = allowlistKeys(app, selection.profileKeys, problems);
    if (keys.length === 0 && selection.profileKeys.length === 0)
      problems.push(
        `--app ${app.id}: "${app.label}" has no profile key holding a list of group IDs; name the key with --profile-key`,
      );
    else if (keys.length > 0) chosen.push({ app, keys });
  }
  const rest = all.filter((app) => app.status === "ACTIVE" && !seen.has(app.id));
  let without = 0;
  for (const app of rest) {
    const keys = allowlistKeys(app, selection.profileKeys, undefined);
    if (keys.length > 0) chosen.push({ app, keys });
    else without++;
  }
  if (without > 0) notes.push(`${without} active OIDC app(s) have no allowlist to manage; not imported`);
  // --all lists by label, so the file reads like the admin console; named apps keep their order.
  return selection.all
    ? chosen.sort((a, b) => byCodeUnits(a.app.label, b.app.label) || byCodeUnits(a.app.id, b.app.id))
    : chosen;
}

/**
 * The app's allowlists: the named keys, or every key holding a non-empty list of group IDs.
 * A named key that is missing or holds something else is a problem for an app asked for by
 * name (`problems` given) and just not imported for `--all`.
 */
function allowlistKeys(
  app: App,
  named: string[],
  problems: string[] | undefined,
): [key: string, groups: string[]][] {
  const isIdList = (value: unknown): value is string[] =>
    Array.isArray(value) && value.every((v) => typeof v === "string" && isGroupId(v));
  if (named.length === 0)
    return Object.keys(app.profile ?? {})
      .sort(byCodeUnits)
      .flatMap((key) => {
        const value = profileValue(app, key);
        return isIdList(value) && value.length > 0 ? [[key, value] as [string, string[]]] : [];
      });
  const keys: [string, string[]][] = [];
  const missing: string[] = [];
  for (const key of named) {
    const value = profileValue(app, key);
    if (isIdList(value)) keys.push([key, value]);
    else if (value === undefined) missing.push(key);
    else problems?.push(`--app ${app.id}: profile.${key} of "${app.label}" is not a list of group IDs`);
  }
  if (keys.length === 0 && missing.length > 0)
    problems?.push(`--app ${app.id}: "${app.label}" has no profile key ${missing.join(" or ")}`);
  return keys;
}

type ServerClaims = { server: AuthorizationServer; claims: Claim[] };

async function selectServers(
  okta: AdminGateway,
  selection: ImportSelection,
  problems: string[],
): Promise<ServerClaims[]> {
  if (!selection.all && selection.servers.length === 0) return [];
  // An org has a few custom servers: one list finds them all, by ID and by name.
  const listed = await okta.allServers();
  const named: AuthorizationServer[] = [];
  for (const wanted of selection.servers) {
    if (SERVER_ID.test(wanted)) {
      const server = listed.find((s) => s.id === wanted);
      if (server) named.push(server);
      else problems.push(`--auth-server ${wanted}: no authorization server with this ID in Okta`);
      continue;
    }
    const lookup = serverNamed(
      wanted,
      listed.filter((s) => s.name === wanted),
    );
    if (lookup.found) named.push(lookup.found);
    else problems.push(`--auth-server ${wanted}: ${lookup.problem}`);
  }
  const explicit = new Set(named.map((s) => s.id));
  const chosen = selection.all
    ? [...named, ...listed.filter((s) => !explicit.has(s.id))]
    : [...new Set(named)];
  const withClaims = await Promise.all(
    chosen.map(async (server) => {
      const claims = await okta.claims(server.id);
      if (!claims) problems.push(`authorization server ${server.id} is gone from Okta`);
      return { server, claims: (claims ?? []).filter(isManagedClaim) };
    }),
  );
  const kept = withClaims.filter(({ server, claims }) => explicit.has(server.id) || claims.length > 0);
  return selection.all
    ? kept.sort((a, b) => byCodeUnits(a.server.name, b.server.name) || byCodeUnits(a.server.id, b.server.id))
    : kept;
}

/** Okta's own claims (sub, iss, …) are Okta's: never in a spec. */
function isManagedClaim(claim: Claim): boolean {
  return claim.system !== true && (claim.valueType === "EXPRESSION" || claim.valueType === "GROUPS");
}

function literalGroupIds(claim: Claim): string[] {
  if (claim.valueType !== "EXPRESSION") return [];
  const tree = tryParse(claim.value ?? "");
  return tree ? literalAllowlistEntries(tree).filter(isGroupId) : [];
}

/** The names of the groups by their IDs (one batched read), then which names are unique (one more). */
async function nameGroups(okta: AdminGateway, ids: string[], known: KnownNames) {
  if (ids.length === 0) return nameGroupRefs([], new Map(), new Map(), known);
  const groups = new Map((await okta.groupsByIds(ids)).map((g) => [g.id, g]));
  const carrying = await okta.groupsNamed([...new Set([...groups.values()].map((g) => g.profile.name))]);
  return nameGroupRefs(ids, groups, carrying, known);
}

function draftApp(app: App, keys: AppAllowlists["keys"], ref: (id: string) => DraftGroupRef): DraftApp {
  return { id: app.id, label: app.label, profile: keys.map(([key, groups]) => [key, groups.map(ref)]) };
}

function draftServer(
  server: AuthorizationServer,
  claims: Claim[],
  ref: (id: string) => DraftGroupRef,
  notes: string[],
): DraftServer {
  return {
    id: server.id,
    name: server.name,
    claims: claims.map((claim) => draftClaim(server, claim, ref, notes)),
  };
}

/**
 * A claim as the spec writes it: the expression in canonical spelling with the groups of
 * literal allowlists by name. A value okta-drift's checks reject is kept exactly as Okta has
 * it, so `validate` points at it instead of import hiding it.
 */
function draftClaim(
  server: AuthorizationServer,
  claim: Claim,
  ref: (id: string) => DraftGroupRef,
  notes: string[],
): DraftClaim {
  const valueType = claim.valueType as DraftClaim["valueType"];
  let value = claim.value ?? "";
  let note: string | undefined;
  if (valueType === "EXPRESSION") {
    const tree = tryParse(value);
    const byId = tree ? literalAllowlistEntries(tree).filter((e) => isGroupId(e) && ref(e).note) : [];
    const named =
      tree && print(mapAllowlistEntries(tree, (entry) => (isGroupId(entry) ? ref(entry).ref : entry)));
    const checked = named === undefined ? undefined : checkExpression(named);
    if (named !== undefined && checked && checked.problems.length === 0) {
      value = named;
      if (byId.length > 0) note = `by ID: ${byId.map((id) => `${id} (${ref(id).note})`).join("; ")}`;
    } else {
      const why = checked?.problems[0]?.message ?? "it does not parse";
      note = `as Okta has it: ${why}`;
      notes.push(
        `claim ${claim.name} (${claim.claimType}) on ${server.id}: its value is kept as Okta has it (${why}); validate reports it`,
      );
    }
  }
  return {
    name: claim.name,
    claimType: claim.claimType,
    valueType,
    value,
    ...(valueType === "GROUPS" && claim.group_filter_type
      ? { groupFilterType: claim.group_filter_type }
      : {}),
    scopes: claim.conditions?.scopes ?? [],
    // Okta reports access-token claims as always included, whatever was sent.
    alwaysIncludeInToken: claim.alwaysIncludeInToken ?? true,
    status: claim.status,
    ...(note ? { note } : {}),
  };
}
