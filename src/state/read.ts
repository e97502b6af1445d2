import { SpecError, type SpecProblem } from "../errors.js";
import type { OktaClient } from "../okta/client.js";
import { OktaApiError } from "../okta/errors.js";
import type { OktaApp, OktaAuthorizationServer, OktaClaim, OktaGroup } from "../okta/types.js";
import { isGroupId } from "../okta-ids.js";
import type { LoadedSpec } from "../spec/load.js";
import { type AppSpec, type AuthorizationServerSpec, groupNamesToResolve } from "../spec/model.js";
import type { FieldPath } from "../spec/source.js";
import { formatPath } from "../spec/source.js";
import { GroupDirectory, type LiveApp, type LiveServer, type LiveState } from "./live.js";

/**
 * How long one `search` filter may be. Okta rejects very long URLs; this keeps a batch of
 * `profile.name eq "..." or ...` terms well inside what its front end accepts.
 */
export const MAX_SEARCH_LENGTH = 3500;

/**
 * Reads exactly what the spec references, all independent reads at once (the client keeps
 * them within Okta's rate limits): each app, each server's claims, and the groups named by
 * name in batched exact searches. What cannot be found is an error at the spec's line.
 */
export async function readLiveState(client: OktaClient, loaded: LoadedSpec): Promise<LiveState> {
  const { spec } = loaded;
  const problems: SpecProblem[] = [];
  const problem = (path: FieldPath, message: string) =>
    problems.push({ ...loaded.source.locate(path), field: formatPath(path), message });

  const groups = new GroupDirectory();
  for (const [name, id] of Object.entries(spec.groups)) groups.add(id, name);

  const [apps, servers] = await Promise.all([
    readAppsById(
      client,
      spec.apps.flatMap((a) => (a.id === undefined ? [] : [a.id])),
    ).then((byId) =>
      Promise.all(spec.apps.map((app, i) => readApp(client, app, ["apps", i], problem, byId))),
    ),
    Promise.all(
      spec.authorizationServers.map((server, i) =>
        readServer(client, server, ["authorizationServers", i], problem),
      ),
    ),
    resolveGroupNames(client, loaded, groups, problem),
  ]);
  if (problems.length > 0) throw new SpecError(problems.sort((a, b) => a.line - b.line || a.col - b.col));
  return { apps: apps as LiveApp[], servers: servers as LiveServer[], groups };
}

type Problem = (path: FieldPath, message: string) => void;

/**
 * Apps named by ID, read in batched `filter=id eq "..." or ...` lists instead of one GET each.
 * An org that refuses such a filter (400) gets one GET per app instead: undefined.
 */
async function readAppsById(client: OktaClient, ids: string[]): Promise<Map<string, OktaApp> | undefined> {
  if (ids.length === 0) return new Map();
  const batches = searchBatches(ids, (id) => `id eq ${quote(id)}`);
  try {
    const lists = await Promise.all(
      batches.map((b) => client.getAll<OktaApp>("/api/v1/apps", { filter: b.filter, limit: "200" })),
    );
    return new Map(lists.flat().map((app) => [app.id, app]));
  } catch (error) {
    if (error instanceof OktaApiError && error.status === 400) return undefined;
    throw error;
  }
}

async function readApp(
  client: OktaClient,
  app: AppSpec,
  path: FieldPath,
  problem: Problem,
  byId: Map<string, OktaApp> | undefined,
): Promise<LiveApp | undefined> {
  if (app.id !== undefined) {
    const found = byId
      ? byId.get(app.id)
      : await orNotFound(client.get<OktaApp>(`/api/v1/apps/${encodeURIComponent(app.id)}`));
    if (!found) problem([...path, "id"], `no app with ID ${app.id} in Okta`);
    return found && { app: found };
  }
  const label = app.label!;
  const candidates = await client.getAll<OktaApp>("/api/v1/apps", { q: label, limit: "200" });
  const matches = candidates.filter((a) => a.label === label);
  if (matches.length !== 1) {
    problem(
      [...path, "label"],
      matches.length === 0
        ? `no app labelled "${label}" in Okta`
        : `${matches.length} apps are labelled "${label}" (${matches.map((a) => a.id).join(", ")}); name the app by id`,
    );
    return undefined;
  }
  // The list answer is the app object as GET returns it.
  return { app: matches[0]! };
}

async function readServer(
  client: OktaClient,
  server: AuthorizationServerSpec,
  path: FieldPath,
  problem: Problem,
): Promise<LiveServer | undefined> {
  let id = server.id;
  if (id === undefined) {
    const name = server.name!;
    const matches = (
      await client.getAll<OktaAuthorizationServer>("/api/v1/authorizationServers", { q: name })
    ).filter((s) => s.name === name);
    if (matches.length !== 1) {
      problem(
        [...path, "name"],
        matches.length === 0
          ? `no authorization server named "${name}" in Okta`
          : `${matches.length} authorization servers are named "${name}"; name it by id`,
      );
      return undefined;
    }
    id = matches[0]!.id;
  }
  const claims = await orNotFound(
    client.get<OktaClaim[]>(`/api/v1/authorizationServers/${encodeURIComponent(id)}/claims`),
  );
  if (!claims) {
    problem([...path, "id"], `no authorization server with ID ${id} in Okta`);
    return undefined;
  }
  return { id, name: server.name, claims };
}

/** Resolves group names by exact search, batched; a name must match exactly one group. */
async function resolveGroupNames(
  client: OktaClient,
  loaded: LoadedSpec,
  groups: GroupDirectory,
  problem: Problem,
): Promise<void> {
  const references = groupNamesToResolve(loaded.spec);
  const batches = searchBatches(
    references.map((r) => r.name),
    (name) => `profile.name eq ${quote(name)}`,
  );
  const found = new Map<string, OktaGroup[]>();
  await Promise.all(
    batches.map(async (batch) => {
      const result = await client.getAll<OktaGroup>("/api/v1/groups", { search: batch.filter, limit: "200" });
      const asked = new Set(batch.items);
      for (const group of result) {
        // Okta's `eq` may ignore case; a spec name means this exact name.
        if (!asked.has(group.profile.name)) continue;
        found.set(group.profile.name, [...(found.get(group.profile.name) ?? []), group]);
      }
    }),
  );
  for (const { name, path } of references) {
    const matches = found.get(name) ?? [];
    if (matches.length === 1) groups.add(matches[0]!.id, name);
    else if (matches.length === 0) problem(path, `no group named "${name}" in Okta`);
    else
      problem(
        path,
        `the group name "${name}" matches ${matches.length} groups (${matches.map((g) => g.id).join(", ")}); pin one under groups:`,
      );
  }
}

/** Names of group IDs that the run has not met yet (for reports), by batched ID search. */
export async function nameGroupIds(
  client: OktaClient,
  groups: GroupDirectory,
  ids: Iterable<string>,
): Promise<void> {
  const unknown = [...new Set(ids)].filter((id) => isGroupId(id) && groups.nameOf(id) === undefined);
  const batches = searchBatches(unknown, (id) => `id eq ${quote(id)}`);
  await Promise.all(
    batches.map(async (batch) => {
      for (const group of await client.getAll<OktaGroup>("/api/v1/groups", {
        search: batch.filter,
        limit: "200",
      })) {
        groups.add(group.id, group.profile.name);
      }
    }),
  );
}

function quote(value: string): string {
  return `"${value.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`;
}

/**
 * How long a value is in a query string as the client sends it: form encoding, as
 * URLSearchParams does it (a space is `+`; letters, digits and `*-._` stay; any other byte of
 * the UTF-8 is `%XX`). Counted, not encoded: a spec's thousands of names are measured at once.
 */
export function queryLength(value: string): number {
  let length = 0;
  for (const ch of value) {
    const c = ch.codePointAt(0)!;
    length += c < 0x80 ? ASCII_LENGTH[c]! : 3 * (c < 0x800 ? 2 : c < 0x10000 ? 3 : 4);
  }
  return length;
}

const ASCII_LENGTH = Uint8Array.from({ length: 0x80 }, (_, c) =>
  /[A-Za-z0-9*\-._ ]/.test(String.fromCharCode(c)) ? 1 : 3,
);

/** Splits terms into `or`-joined filters of at most MAX_SEARCH_LENGTH characters on the wire. */
export function searchBatches(
  items: string[],
  term: (item: string) => string,
): { items: string[]; filter: string }[] {
  const separator = " or ";
  const separatorLength = queryLength(separator);
  const batches: { items: string[]; terms: string[]; length: number }[] = [];
  for (const item of items) {
    const t = term(item);
    const length = queryLength(t);
    const current = batches.at(-1);
    if (current && current.length + separatorLength + length <= MAX_SEARCH_LENGTH) {
      current.items.push(item);
      current.terms.push(t);
      current.length += separatorLength + length;
    } else {
      batches.push({ items: [item], terms: [t], length });
    }
  }
  return batches.map((b) => ({ items: b.items, filter: b.terms.join(separator) }));
}

async function orNotFound<T>(request: Promise<T>): Promise<T | undefined> {
  try {
    return await request;
  } catch (error) {
    if (error instanceof OktaApiError && error.status === 404) return undefined;
    throw error;
  }
}
