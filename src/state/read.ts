import { literalAllowlistEntries } from "../el/check.js";
import { SpecError, type SpecProblem } from "../errors.js";
import { isGroupId } from "../model/ids.js";
import { GroupDirectory, type LiveApp, type LiveServer, type LiveState } from "../model/live.js";
import { appLabelled, serverNamed } from "../model/lookup.js";
import { type Group, usersCount } from "../model/okta.js";
import type { AdminGateway } from "../okta/admin.js";
import type { LoadedSpec } from "../spec/load.js";
import { type AppSpec, type AuthorizationServerSpec, groupNamesToResolve } from "../spec/model.js";
import { type FieldPath, formatPath } from "../spec/source.js";

/**
 * Reads exactly what the spec references, all independent reads at once (the client keeps
 * them within Okta's rate limits): each app, each server's claims, and the groups named by
 * name. What cannot be found is an error at the spec's line.
 */
export async function readLiveState(okta: AdminGateway, loaded: LoadedSpec): Promise<LiveState> {
  const { spec } = loaded;
  const problems: SpecProblem[] = [];
  const problem = (path: FieldPath, message: string) =>
    problems.push({ ...loaded.source.locate(path), field: formatPath(path), message });

  const pinned: [id: string, name: string][] = [...spec.groups].map(([name, id]) => [id, name]);
  const builtIn = new Set<string>();
  const members = new Map<string, number>();
  const referencedIds = groupIdsReferenced(loaded.spec);
  const [apps, servers, resolved, byId] = await Promise.all([
    okta
      .appsByIds(spec.apps.flatMap((a) => (a.id === undefined ? [] : [a.id])))
      .then((byId) => Promise.all(spec.apps.map((app) => readApp(okta, app, problem, byId)))),
    Promise.all(spec.authorizationServers.map((server) => readServer(okta, server, problem))),
    resolveGroupNames(okta, loaded, problem, builtIn, members),
    referencedIds.length > 0 ? okta.groupsByIds(referencedIds) : Promise.resolve([]),
  ]);
  for (const group of byId) {
    if (group.type === "BUILT_IN") builtIn.add(group.id);
    const count = usersCount(group);
    if (count !== undefined) members.set(group.id, count);
  }
  const found = new Set(byId.map((g) => g.id));
  if (problems.length > 0) throw new SpecError(problems.sort((a, b) => a.line - b.line || a.col - b.col));
  return {
    apps: apps as LiveApp[],
    servers: servers as LiveServer[],
    // Names read by ID first: a pin or a resolved name is what the spec means by that name.
    groups: new GroupDirectory([
      ...byId.map((g): [string, string] => [g.id, g.profile.name]),
      ...pinned,
      ...resolved,
    ]),
    groupFacts: { builtIn, missing: new Set(referencedIds.filter((id) => !found.has(id))), members },
  };
}

type Problem = (path: FieldPath, message: string) => void;

async function readApp(
  okta: AdminGateway,
  app: AppSpec,
  problem: Problem,
  byId: Map<string, LiveApp["app"]>,
): Promise<LiveApp | undefined> {
  if (app.id !== undefined) {
    const found = byId.get(app.id);
    if (!found) problem(app.namedAt, `no app with ID ${app.id} in Okta`);
    return found && { app: found };
  }
  const lookup = appLabelled(app.label!, await okta.appsLabelled(app.label!));
  if (lookup.problem !== undefined) problem(app.namedAt, lookup.problem);
  return lookup.found && { app: lookup.found };
}

async function readServer(
  okta: AdminGateway,
  server: AuthorizationServerSpec,
  problem: Problem,
): Promise<LiveServer | undefined> {
  let id = server.id;
  if (id === undefined) {
    const lookup = serverNamed(server.name!, await okta.serversNamed(server.name!));
    if (lookup.problem !== undefined) {
      problem(server.namedAt, lookup.problem);
      return undefined;
    }
    id = lookup.found.id;
  }
  const claims = await okta.claims(id);
  if (!claims) {
    problem(server.namedAt, `no authorization server with ID ${id} in Okta`);
    return undefined;
  }
  return { id, name: server.name, claims };
}

/** Resolves the spec's group names; a name must match exactly one group. Returns ID → name pairs. */
async function resolveGroupNames(
  okta: AdminGateway,
  loaded: LoadedSpec,
  problem: Problem,
  builtIn: Set<string>,
  members: Map<string, number>,
): Promise<[id: string, name: string][]> {
  const references = groupNamesToResolve(loaded.spec);
  const found = await okta.groupsNamed(references.map((r) => r.name));
  const resolved: [string, string][] = [];
  for (const { name, path } of references) {
    const matches = found.get(name) ?? [];
    if (matches.length === 1) {
      resolved.push([matches[0]!.id, name]);
      if (matches[0]!.type === "BUILT_IN") builtIn.add(matches[0]!.id);
      const count = usersCount(matches[0]!);
      if (count !== undefined) members.set(matches[0]!.id, count);
    } else if (matches.length === 0) problem(path, `no group named "${name}" in Okta`);
    else
      problem(
        path,
        `the group name "${name}" matches ${matches.length} groups (${matches.map((g) => g.id).join(", ")}); pin one under groups:`,
      );
  }
  return resolved;
}

/** The group IDs the spec writes: allowlist entries, pins and literal lists in expressions. */
function groupIdsReferenced(spec: LoadedSpec["spec"]): string[] {
  const ids = new Set<string>(spec.groups.values());
  for (const app of spec.apps)
    for (const allowlist of app.profile.values())
      for (const ref of allowlist.groups) if (isGroupId(ref)) ids.add(ref);
  for (const server of spec.authorizationServers)
    for (const claim of server.claims)
      if (claim.expr) for (const ref of literalAllowlistEntries(claim.expr)) if (isGroupId(ref)) ids.add(ref);
  return [...ids].sort();
}

/** The groups the run has not met yet, of these IDs (for reports: their names and member counts). */
export async function nameGroups(
  okta: AdminGateway,
  known: GroupDirectory,
  ids: Iterable<string>,
): Promise<Group[]> {
  const unknown = [...new Set(ids)].filter((id) => isGroupId(id) && known.nameOf(id) === undefined);
  if (unknown.length === 0) return [];
  return okta.groupsByIds(unknown);
}
