import type { App, AuthorizationServer, Claim, Group } from "../../src/model/okta.js";
import type { DesiredClaim } from "../../src/model/plan.js";
import type { AdminGateway, WriteOptions } from "../../src/okta/admin.js";
import type { RequestStats } from "../../src/okta/client.js";
import { OktaApiError } from "../../src/okta/errors.js";

/** A call the stage made, by gateway method, in order. */
export interface Call {
  method: keyof AdminGateway;
  args: unknown[];
}

/**
 * An in-memory tenant behind the gateway's interface, for unit tests of the stages that take
 * it (state, apply, smoke). `fail` makes the next calls of a method throw as Okta would.
 */
export class MemoryOkta implements AdminGateway {
  readonly orgUrl = new URL("https://memory.okta.test");
  readonly stats: RequestStats = { requests: 0, byFamily: {}, retries: 0, rateLimited: 0, heldBack: 0 };
  readonly apps = new Map<string, App>();
  readonly groups = new Map<string, Group>();
  readonly servers = new Map<string, AuthorizationServer & { claims: Map<string, Claim> }>();
  readonly calls: Call[] = [];
  private readonly failures: {
    method: keyof AdminGateway;
    error: () => OktaApiError;
    afterWriting: boolean;
  }[] = [];
  private nextId = 0;

  addApp(app: Partial<App> & { id: string }): App {
    const full: App = {
      name: "oidc_client",
      label: app.id,
      status: "ACTIVE",
      signOnMode: "OPENID_CONNECT",
      ...app,
    };
    this.apps.set(full.id, full);
    return full;
  }

  addGroup(id: string, name: string): void {
    this.groups.set(id, { id, type: "OKTA_GROUP", profile: { name } });
  }

  addServer(id: string, name: string, claims: Partial<Claim>[] = []): void {
    this.servers.set(id, {
      id,
      name,
      audiences: [`api://${name}`],
      issuer: `${this.orgUrl.origin}/oauth2/${id}`,
      status: "ACTIVE",
      claims: new Map(claims.map((c) => [c.id!, c as Claim])),
    });
  }

  /**
   * The next call of `method` throws this Okta error; with `afterWriting`, a write takes effect
   * first (its answer was lost on the way back).
   */
  fail(
    method: keyof AdminGateway,
    error: () => OktaApiError,
    options: { afterWriting?: boolean } = {},
  ): void {
    this.failures.push({ method, error, afterWriting: options.afterWriting === true });
  }

  private readonly hooks: { method: keyof AdminGateway; run: () => void }[] = [];

  /** Runs `run` once, just before the next call of `method` (someone else changing the tenant). */
  before(method: keyof AdminGateway, run: () => void): void {
    this.hooks.push({ method, run });
  }

  private record(method: keyof AdminGateway, ...args: unknown[]): { thenFail?: OktaApiError } {
    const hook = this.hooks.findIndex((h) => h.method === method);
    if (hook >= 0) this.hooks.splice(hook, 1)[0]!.run();
    this.calls.push({ method, args });
    this.stats.requests++;
    const i = this.failures.findIndex((f) => f.method === method);
    if (i < 0) return {};
    const [failure] = this.failures.splice(i, 1);
    if (!failure!.afterWriting) throw failure!.error();
    return { thenFail: failure!.error() };
  }

  async appsByIds(ids: string[]) {
    this.record("appsByIds", ids);
    return new Map(
      ids.flatMap((id) => (this.apps.has(id) ? [[id, structuredClone(this.apps.get(id)!)] as const] : [])),
    );
  }

  async appsLabelled(label: string) {
    this.record("appsLabelled", label);
    return [...this.apps.values()].filter((a) => a.label === label).map((a) => structuredClone(a));
  }

  async oidcApps() {
    this.record("oidcApps");
    return [...this.apps.values()]
      .filter((a) => a.signOnMode === "OPENID_CONNECT")
      .map((a) => structuredClone(a));
  }

  async allServers() {
    this.record("allServers");
    return [...this.servers.values()].map(({ claims, ...server }) => structuredClone(server));
  }

  async app(id: string) {
    this.record("app", id);
    const app = this.apps.get(id);
    if (!app) throw new OktaApiError("GET", `/api/v1/apps/${id}`, 404, "E0000007", "Not found");
    return structuredClone(app);
  }

  async server(id: string) {
    this.record("server", id);
    return this.servers.get(id);
  }

  async serversNamed(name: string) {
    this.record("serversNamed", name);
    return [...this.servers.values()].filter((s) => s.name === name);
  }

  async claims(serverId: string) {
    this.record("claims", serverId);
    const server = this.servers.get(serverId);
    return server && [...server.claims.values()].map((c) => structuredClone(c));
  }

  async claim(serverId: string, claimId: string) {
    this.record("claim", serverId, claimId);
    return this.servers.get(serverId)?.claims.get(claimId);
  }

  async groupsNamed(names: string[]) {
    this.record("groupsNamed", names);
    const found = new Map<string, Group[]>();
    for (const group of this.groups.values())
      if (names.includes(group.profile.name))
        found.set(group.profile.name, [...(found.get(group.profile.name) ?? []), group]);
    return found;
  }

  async groupsByIds(ids: string[]) {
    this.record("groupsByIds", ids);
    return ids.flatMap((id) => (this.groups.has(id) ? [this.groups.get(id)!] : []));
  }

  async groupsStartingWith(prefixes: string[]) {
    this.record("groupsStartingWith", prefixes);
    return [...this.groups.values()].filter((g) =>
      prefixes.some((p) => g.profile.name.toLowerCase().startsWith(p.toLowerCase())),
    );
  }

  async allGroups() {
    this.record("allGroups");
    return [...this.groups.values()];
  }

  readonly members = new Map<string, { id: string; login: string }[]>();

  async groupMembers(groupId: string, max: number) {
    this.record("groupMembers", groupId, max);
    const all = this.members.get(groupId) ?? [];
    return { users: all.slice(0, max), truncated: all.length > max };
  }

  async replaceApp(app: App, options?: WriteOptions) {
    const { thenFail } = this.record("replaceApp", app, options);
    this.apps.set(app.id, structuredClone(app));
    if (thenFail) throw thenFail;
  }

  async createClaim(serverId: string, claim: DesiredClaim) {
    const { thenFail } = this.record("createClaim", serverId, claim);
    const id = `ocl${String(this.nextId++).padStart(17, "0")}`;
    this.servers.get(serverId)!.claims.set(id, { ...claim, id } as Claim);
    if (thenFail) throw thenFail;
  }

  async replaceClaim(serverId: string, claimId: string, claim: DesiredClaim, options?: WriteOptions) {
    const { thenFail } = this.record("replaceClaim", serverId, claimId, claim, options);
    this.servers.get(serverId)!.claims.set(claimId, { ...claim, id: claimId } as Claim);
    if (thenFail) throw thenFail;
  }

  async deleteClaim(serverId: string, claimId: string) {
    const { thenFail } = this.record("deleteClaim", serverId, claimId);
    this.servers.get(serverId)!.claims.delete(claimId);
    if (thenFail) throw thenFail;
  }

  /** The calls that change the tenant. */
  writes(): Call[] {
    return this.calls.filter((c) =>
      ["replaceApp", "createClaim", "replaceClaim", "deleteClaim"].includes(c.method),
    );
  }
}

/** An answer that never came: the write may or may not have happened. */
export const lostAnswer = () =>
  new OktaApiError("PUT", "/", undefined, "ECONNRESET", "no response from Okta");
export const serverError = () => new OktaApiError("PUT", "/", 503, undefined, "Service Unavailable");
export const refused = () => new OktaApiError("PUT", "/", 400, "E0000001", "Api validation failed");
