import type { WriteRequest } from "../model/apply.js";
import type { App, AuthorizationServer, Claim, Group, GroupMember } from "../model/okta.js";
import type { DesiredClaim } from "../model/plan.js";
import { quote, searchBatches } from "./batches.js";
import { OktaClient, type OktaClientSettings, type RequestStats, type WriteOptions } from "./client.js";
import { OktaApiError } from "./errors.js";

/** Whether a write may be resent by the client on a 5xx or a lost answer (here, default: no). */
export type { WriteOptions } from "./client.js";
/** How many requests the client has in flight at most: what a stage may usefully start at once. */
export { DEFAULT_CONCURRENCY } from "./client.js";

/**
 * The questions okta-drift asks of Okta's admin API, one method each. The stages (state,
 * apply, smoke) take this interface, so they can be run against an in-memory tenant; every
 * path, filter, batch, fallback and not-found rule lives in the implementation below.
 */
export interface AdminGateway {
  readonly orgUrl: URL;
  readonly stats: RequestStats;
  /** The apps with these IDs; an ID Okta does not know is absent from the map. */
  appsByIds(ids: string[]): Promise<Map<string, App>>;
  /** Every app whose label is exactly this (Okta's `q` also matches prefixes). */
  appsLabelled(label: string): Promise<App[]>;
  /** Every OIDC app in the org, any status (import --all). */
  oidcApps(): Promise<App[]>;
  /** One app as GET returns it: the whole app a replace must send back. Throws when it is gone. */
  app(id: string): Promise<App>;
  /** The server with this ID, or undefined. */
  server(id: string): Promise<AuthorizationServer | undefined>;
  /** Every custom authorization server in the org (import --all). */
  allServers(): Promise<AuthorizationServer[]>;
  /** Every server whose name is exactly this. */
  serversNamed(name: string): Promise<AuthorizationServer[]>;
  /** A server's claims, or undefined when there is no such server. */
  claims(serverId: string): Promise<Claim[] | undefined>;
  /** One claim, or undefined when it does not exist. */
  claim(serverId: string, claimId: string): Promise<Claim | undefined>;
  /** The groups named exactly so (case counts), by name; a name with no group is absent. */
  groupsNamed(names: string[]): Promise<Map<string, Group[]>>;
  groupsByIds(ids: string[]): Promise<Group[]>;
  /** The groups whose names start with any of these prefixes (Okta's `sw`, which ignores case). */
  groupsStartingWith(prefixes: string[]): Promise<Group[]>;
  /** Every group in the org (plan --impact groups). */
  allGroups(): Promise<Group[]>;
  /** The first `max` members of a group (plan --impact users), and whether it has more. */
  groupMembers(groupId: string, max: number): Promise<{ users: GroupMember[]; truncated: boolean }>;
  replaceApp(app: App, options?: WriteOptions): Promise<void>;
  createClaim(serverId: string, claim: DesiredClaim): Promise<void>;
  replaceClaim(serverId: string, claimId: string, claim: DesiredClaim, options?: WriteOptions): Promise<void>;
  deleteClaim(serverId: string, claimId: string): Promise<void>;
}

const apps = "/api/v1/apps";
/** The `name` of every OIDC app in Okta (its kind, not its label). */
const OIDC_APP_NAME = "oidc_client";
const groups = "/api/v1/groups";
const servers = "/api/v1/authorizationServers";
const id = encodeURIComponent;
const appPath = (appId: string) => `${apps}/${id(appId)}`;
const claimsPath = (serverId: string) => `${servers}/${id(serverId)}/claims`;
const claimPath = (serverId: string, claimId: string) => `${claimsPath(serverId)}/${id(claimId)}`;

/** The request a write sends, as people see it in reports and logs. */
export const writeRequest = {
  replaceApp: (appId: string): WriteRequest => ({ method: "PUT", path: appPath(appId) }),
  createClaim: (serverId: string): WriteRequest => ({ method: "POST", path: claimsPath(serverId) }),
  replaceClaim: (serverId: string, claimId: string): WriteRequest => ({
    method: "PUT",
    path: claimPath(serverId, claimId),
  }),
  deleteClaim: (serverId: string, claimId: string): WriteRequest => ({
    method: "DELETE",
    path: claimPath(serverId, claimId),
  }),
};

/** Okta's app update is a full replace; links and embedded resources are its output, not input. */
export function replaceAppBody(app: App): Record<string, unknown> {
  const { _links, _embedded, ...body } = app;
  return body;
}

/** The admin API over the HTTP client (auth, paging, rate limits and retries are the client's). */
export class OktaAdmin implements AdminGateway {
  constructor(private readonly client: OktaClient) {}

  /** The gateway over a new HTTP client for one org. */
  static connect(settings: OktaClientSettings): OktaAdmin {
    return new OktaAdmin(new OktaClient(settings));
  }

  get orgUrl(): URL {
    return this.client.orgUrl;
  }

  get stats(): RequestStats {
    return this.client.stats;
  }

  /**
   * In batched `filter=id eq "..." or ...` lists instead of one GET each. An org that refuses
   * such a filter (400) gets one GET per app instead.
   */
  async appsByIds(ids: string[]): Promise<Map<string, App>> {
    if (ids.length === 0) return new Map();
    const batches = searchBatches(ids, (appId) => `id eq ${quote(appId)}`);
    try {
      const lists = await Promise.all(
        batches.map((b) => this.client.getAll<App>(apps, { filter: b.filter, limit: "200" })),
      );
      return new Map(lists.flat().map((app) => [app.id, app]));
    } catch (error) {
      if (!(error instanceof OktaApiError && error.status === 400)) throw error;
    }
    const found = await Promise.all(ids.map((appId) => orNotFound(this.client.get<App>(appPath(appId)))));
    return new Map(found.flatMap((app) => (app ? [[app.id, app] as const] : [])));
  }

  async appsLabelled(label: string): Promise<App[]> {
    // The list answer is the app object as GET returns it.
    return (await this.client.getAll<App>(apps, { q: label, limit: "200" })).filter((a) => a.label === label);
  }

  /**
   * Filtered by Okta's name for OIDC apps (`oidc_client`); an org that refuses the filter (400)
   * gets the whole app list, filtered here.
   */
  async oidcApps(): Promise<App[]> {
    const isOidc = (app: App) => app.name === OIDC_APP_NAME && app.signOnMode === "OPENID_CONNECT";
    try {
      const found = await this.client.getAll<App>(apps, {
        filter: `name eq ${quote(OIDC_APP_NAME)}`,
        limit: "200",
      });
      return found.filter(isOidc);
    } catch (error) {
      if (!(error instanceof OktaApiError && error.status === 400)) throw error;
    }
    return (await this.client.getAll<App>(apps, { limit: "200" })).filter(isOidc);
  }

  app(appId: string): Promise<App> {
    return this.client.get<App>(appPath(appId));
  }

  server(serverId: string): Promise<AuthorizationServer | undefined> {
    return orNotFound(this.client.get<AuthorizationServer>(`${servers}/${id(serverId)}`));
  }

  allServers(): Promise<AuthorizationServer[]> {
    return this.client.getAll<AuthorizationServer>(servers, { limit: "200" });
  }

  async serversNamed(name: string): Promise<AuthorizationServer[]> {
    return (await this.client.getAll<AuthorizationServer>(servers, { q: name })).filter(
      (s) => s.name === name,
    );
  }

  claims(serverId: string): Promise<Claim[] | undefined> {
    return orNotFound(this.client.getAll<Claim>(claimsPath(serverId)));
  }

  claim(serverId: string, claimId: string): Promise<Claim | undefined> {
    return orNotFound(this.client.get<Claim>(claimPath(serverId, claimId)));
  }

  /** By batched exact searches; Okta's `eq` may ignore case, a name here means this exact name. */
  async groupsNamed(names: string[]): Promise<Map<string, Group[]>> {
    const found = new Map<string, Group[]>();
    const batches = searchBatches(names, (name) => `profile.name eq ${quote(name)}`);
    await Promise.all(
      batches.map(async (batch) => {
        const asked = new Set(batch.items);
        for (const group of await this.searchGroups(batch.filter)) {
          if (!asked.has(group.profile.name)) continue;
          found.set(group.profile.name, [...(found.get(group.profile.name) ?? []), group]);
        }
      }),
    );
    return found;
  }

  async groupsByIds(ids: string[]): Promise<Group[]> {
    const batches = searchBatches([...new Set(ids)], (groupId) => `id eq ${quote(groupId)}`);
    return (await Promise.all(batches.map((b) => this.searchGroups(b.filter)))).flat();
  }

  async groupsStartingWith(prefixes: string[]): Promise<Group[]> {
    const batches = searchBatches([...new Set(prefixes)], (prefix) => `profile.name sw ${quote(prefix)}`);
    const found = new Map<string, Group>();
    for (const group of (await Promise.all(batches.map((b) => this.searchGroups(b.filter)))).flat())
      found.set(group.id, group);
    return [...found.values()];
  }

  allGroups(): Promise<Group[]> {
    return this.listGroups({ limit: "200", expand: "stats" });
  }

  async groupMembers(groupId: string, max: number): Promise<{ users: GroupMember[]; truncated: boolean }> {
    const { items, truncated } = await this.client.getUpTo<{ id: string; profile?: { login?: unknown } }>(
      `${groups}/${id(groupId)}/users`,
      { limit: String(Math.min(200, Math.max(1, max))) },
      max,
    );
    return {
      users: items.map((u) => ({
        id: u.id,
        login: typeof u.profile?.login === "string" ? u.profile.login : u.id,
      })),
      truncated,
    };
  }

  async replaceApp(app: App, options: WriteOptions = {}): Promise<void> {
    await this.client.put(appPath(app.id), replaceAppBody(app), { retry: options.retry ?? false });
  }

  async createClaim(serverId: string, claim: DesiredClaim): Promise<void> {
    await this.client.post(claimsPath(serverId), claim);
  }

  async replaceClaim(
    serverId: string,
    claimId: string,
    claim: DesiredClaim,
    options: WriteOptions = {},
  ): Promise<void> {
    await this.client.put(claimPath(serverId, claimId), claim, { retry: options.retry ?? false });
  }

  async deleteClaim(serverId: string, claimId: string): Promise<void> {
    await this.client.delete(claimPath(serverId, claimId), { retry: false });
  }

  private searchGroups(filter: string): Promise<Group[]> {
    // Member counts come with the same read (for the impact of a change on tokens).
    return this.listGroups({ search: filter, limit: "200", expand: "stats" });
  }

  /** A group without a name is no group okta-drift can match or show: said as Okta's fault. */
  private async listGroups(query: Record<string, string>): Promise<Group[]> {
    const found = await this.client.getAll<Group>(groups, query);
    const nameless = found.find(
      (g) => typeof (g.profile as { name?: unknown } | undefined)?.name !== "string",
    );
    if (nameless)
      throw new OktaApiError(
        "GET",
        groups,
        200,
        undefined,
        `Okta's group ${nameless.id} has no profile.name`,
      );
    return found.map(slimGroup);
  }
}

/**
 * What okta-drift reads of a group, and nothing else: the groups of search answers are most
 * of a large plan's memory (20,000 for 1,000 apps), and their links and dates are never read.
 */
function slimGroup(group: Group): Group {
  const count = group._embedded?.stats?.usersCount;
  return {
    id: group.id,
    type: group.type,
    profile: { name: group.profile.name },
    ...(count === undefined ? {} : { _embedded: { stats: { usersCount: count } } }),
  };
}

async function orNotFound<T>(request: Promise<T>): Promise<T | undefined> {
  try {
    return await request;
  } catch (error) {
    if (error instanceof OktaApiError && error.status === 404) return undefined;
    throw error;
  }
}
