import { json, notFound, OktaHttpError, page, validationFailed } from "../http.js";
import type { Context, Route } from "../router.js";
import { attributeOf, exactValues, parseFilter } from "../scim-filter.js";
import { type AppRecord, oktaTime, randomToken, type TenantStore } from "../store.js";
import { appGroupJson, appJson, userJson } from "../wire.js";
import { getGroup } from "./groups.js";
import { getUser } from "./users.js";

const READ = { admin: true, scope: "okta.apps.read" } as const;
const MANAGE = { admin: true, scope: "okta.apps.manage" } as const;

/** Auth methods with a shared secret: Okta generates one for these. */
const SECRET_METHODS = new Set(["client_secret_basic", "client_secret_post", "client_secret_jwt"]);

export function getApp(store: TenantStore, id: string): AppRecord {
  const app = store.apps.get(id);
  if (!app) throw notFound(id, "AppInstance");
  return app;
}

type Json = Record<string, unknown>;

/**
 * Validates an app body and fills Okta's defaults, as Okta does on create and on its
 * full-replace PUT: what the body omits is reset, except the client secret, which is kept.
 */
export function normalizeApp(
  body: Json,
  id: string,
  existing?: AppRecord,
): { body: Json; secret: string | undefined } {
  const causes: string[] = [];
  if (typeof body.label !== "string" || body.label === "")
    causes.push("label: The field cannot be left blank");
  if (typeof body.signOnMode !== "string") causes.push("signOnMode: The field cannot be left blank");
  const name = existing ? existing.body.name : body.name;
  if (typeof name !== "string") causes.push("name: The field cannot be left blank");
  const isOidc = body.signOnMode === "OPENID_CONNECT";
  const settings = structuredClone((body.settings ?? {}) as Json);
  const clientSettings = (settings.oauthClient ?? {}) as Json;
  if (isOidc && !Array.isArray(clientSettings.grant_types))
    causes.push("settings.oauthClient.grant_types: The field cannot be left blank");
  if (causes.length > 0) throw validationFailed("app", causes);

  const credentials = structuredClone((body.credentials ?? {}) as Json);
  let secret = existing?.clientSecret;
  if (isOidc) {
    const client = (credentials.oauthClient ?? {}) as Json;
    const existingClient = (existing?.body.credentials as Json | undefined)?.oauthClient as Json | undefined;
    const method = String(client.token_endpoint_auth_method ?? "client_secret_basic");
    const sent = client.client_secret;
    if (typeof sent === "string" && sent !== "") secret = sent;
    else if (!secret && SECRET_METHODS.has(method)) secret = randomToken(48);
    if (!SECRET_METHODS.has(method)) secret = undefined;
    delete client.client_secret;
    credentials.oauthClient = {
      autoKeyRotation: true,
      ...client,
      // client_id is immutable once set.
      client_id: existingClient?.client_id ?? client.client_id ?? id,
      token_endpoint_auth_method: method,
      pkce_required: client.pkce_required ?? false,
    };
    settings.oauthClient = {
      client_uri: null,
      logo_uri: null,
      redirect_uris: [],
      response_types: ["code"],
      application_type: "web",
      consent_method: "TRUSTED",
      issuer_mode: "ORG_URL",
      idp_initiated_login: { mode: "DISABLED", default_scope: [] },
      wildcard_redirect: "DISABLED",
      dpop_bound_access_tokens: false,
      ...clientSettings,
    };
  }
  // biome-ignore lint/suspicious/noTemplateCurlyInString: Okta's own template syntax, not ours.
  credentials.userNameTemplate ??= { template: "${source.login}", type: "BUILT_IN" };
  const { id: _i, status: _s, created: _c, lastUpdated: _l, _links, _embedded, orn: _o, ...rest } = body;
  const object = (value: unknown) => (typeof value === "object" && value !== null ? (value as Json) : {});
  return {
    body: {
      features: [],
      ...rest,
      // Okta fills what a partial object leaves out (recorded: "accessibility":{} comes back full).
      accessibility: {
        selfService: false,
        errorRedirectUrl: null,
        loginRedirectUrl: null,
        ...object(body.accessibility),
      },
      visibility: {
        autoLaunch: false,
        autoSubmitToolbar: false,
        hide: { iOS: true, web: true },
        appLinks: isOidc ? { oidc_client_link: true } : {},
        ...object(body.visibility),
      },
      name,
      credentials,
      settings: {
        app: {},
        manualProvisioning: false,
        implicitAssignment: false,
        emOptInStatus: "NONE",
        ...settings,
        notes: { admin: null, enduser: null, ...object(settings.notes) },
      },
    },
    secret,
  };
}

async function createApp(ctx: Context) {
  const id = ctx.store.id("0oa");
  const { body, secret } = normalizeApp(await ctx.json(), id);
  const now = oktaTime(ctx.now());
  const app: AppRecord = {
    id,
    created: now,
    lastUpdated: now,
    status: ctx.url.searchParams.get("activate") === "false" ? "INACTIVE" : "ACTIVE",
    body,
    clientSecret: secret,
    groups: new Map(),
    users: new Map(),
  };
  ctx.store.apps.set(id, app);
  return json(200, appJson(ctx.org, app, true));
}

async function replaceApp(ctx: Context) {
  const app = getApp(ctx.store, ctx.params.appId!);
  const { body, secret } = normalizeApp(await ctx.json(), app.id, app);
  app.body = body;
  app.clientSecret = secret;
  app.lastUpdated = oktaTime(ctx.now());
  return json(200, appJson(ctx.org, app, true));
}

function listApps(ctx: Context) {
  let apps = [...ctx.store.apps.values()];
  const q = ctx.url.searchParams.get("q");
  if (q !== null) {
    const prefix = q.toLowerCase();
    apps = apps.filter((a) =>
      [a.body.name, a.body.label].some((v) => String(v).toLowerCase().startsWith(prefix)),
    );
  }
  const filter = ctx.url.searchParams.get("filter");
  const ids = filter === null ? undefined : exactValues(filter, "id");
  if (ids) {
    // The common case (okta-drift's own reads) without evaluating the filter per app.
    const wanted = new Set(ids);
    apps = apps.filter((a) => wanted.has(a.id));
  } else if (filter !== null) {
    const predicate = parseFilter(filter, (a) =>
      /^(id|status|name|credentials\.signing\.kid|settings\.slo\.enabled)$/.test(a),
    );
    apps = apps.filter((a) =>
      predicate((attribute) =>
        attribute === "id" ? a.id : attribute === "status" ? a.status : attributeOf(a.body, attribute),
      ),
    );
  }
  const result = page(apps, ctx, 20, 200);
  return json(
    200,
    result.items.map((a) => appJson(ctx.org, a)),
    { Link: result.links },
  );
}

function deleteApp(ctx: Context) {
  const app = getApp(ctx.store, ctx.params.appId!);
  if (app.status === "ACTIVE")
    throw new OktaHttpError(403, "E0000056", "Delete application forbidden.", [
      "The application must be deactivated before it can be deleted.",
    ]);
  ctx.store.apps.delete(app.id);
  return { status: 204 };
}

function lifecycle(status: "ACTIVE" | "INACTIVE") {
  return (ctx: Context) => {
    const app = getApp(ctx.store, ctx.params.appId!);
    app.status = status;
    app.lastUpdated = oktaTime(ctx.now());
    return json(200, {});
  };
}

async function assignGroup(ctx: Context) {
  const app = getApp(ctx.store, ctx.params.appId!);
  const group = getGroup(ctx.store, ctx.params.groupId!);
  const body = await ctx.json();
  const assignment = {
    priority: typeof body.priority === "number" ? body.priority : app.groups.size,
    profile: (body.profile ?? {}) as Json,
    lastUpdated: oktaTime(ctx.now()),
  };
  app.groups.set(group.id, assignment);
  return json(200, appGroupJson(ctx.org, app.id, group.id, assignment));
}

function getAssignment(ctx: Context) {
  const app = getApp(ctx.store, ctx.params.appId!);
  const assignment = app.groups.get(ctx.params.groupId!);
  if (!assignment) throw notFound(ctx.params.groupId!, "ApplicationGroupAssignment");
  return json(200, appGroupJson(ctx.org, app.id, ctx.params.groupId!, assignment));
}

function listAssignments(ctx: Context) {
  const app = getApp(ctx.store, ctx.params.appId!);
  const items = [...app.groups.entries()].map(([id, a]) => ({ id, ...a }));
  const result = page(items, ctx, 20, 200);
  return json(
    200,
    result.items.map((a) => appGroupJson(ctx.org, app.id, a.id, a)),
    { Link: result.links },
  );
}

function unassignGroup(ctx: Context) {
  const app = getApp(ctx.store, ctx.params.appId!);
  app.groups.delete(ctx.params.groupId!);
  return { status: 204 };
}

function appUserJson(ctx: Context, app: AppRecord, userId: string) {
  const user = getUser(ctx.store, userId);
  const assignment = app.users.get(userId)!;
  const base = userJson(ctx.org, user);
  return {
    id: user.id,
    externalId: null,
    created: assignment.created,
    lastUpdated: assignment.lastUpdated,
    scope: assignment.scope,
    status: "ACTIVE",
    statusChanged: assignment.created,
    passwordChanged: null,
    syncState: "DISABLED",
    credentials: { userName: user.profile.login },
    profile: {},
    _links: { app: { href: `${ctx.org}/api/v1/apps/${app.id}` }, user: base._links.self },
  };
}

async function assignUser(ctx: Context) {
  const app = getApp(ctx.store, ctx.params.appId!);
  const body = await ctx.json();
  const user = getUser(ctx.store, String(body.id ?? ""));
  const now = oktaTime(ctx.now());
  app.users.set(user.id, { created: now, lastUpdated: now, scope: "USER" });
  return json(200, appUserJson(ctx, app, user.id));
}

export function appRoutes(): Route[] {
  const appById = "/api/v1/apps/:appId";
  return [
    { method: "GET", pattern: "/api/v1/apps", family: "apps", access: READ, handle: listApps },
    { method: "POST", pattern: "/api/v1/apps", family: "apps", access: MANAGE, handle: createApp },
    {
      method: "GET",
      pattern: appById,
      family: "app",
      access: READ,
      handle: (ctx) => json(200, appJson(ctx.org, getApp(ctx.store, ctx.params.appId!))),
    },
    { method: "PUT", pattern: appById, family: "app", access: MANAGE, handle: replaceApp },
    { method: "DELETE", pattern: appById, family: "app", access: MANAGE, handle: deleteApp },
    {
      method: "POST",
      pattern: `${appById}/lifecycle/activate`,
      family: "apps",
      access: MANAGE,
      handle: lifecycle("ACTIVE"),
    },
    {
      method: "POST",
      pattern: `${appById}/lifecycle/deactivate`,
      family: "apps",
      access: MANAGE,
      handle: lifecycle("INACTIVE"),
    },
    { method: "GET", pattern: `${appById}/groups`, family: "apps", access: READ, handle: listAssignments },
    {
      method: "GET",
      pattern: `${appById}/groups/:groupId`,
      family: "apps",
      access: READ,
      handle: getAssignment,
    },
    {
      method: "PUT",
      pattern: `${appById}/groups/:groupId`,
      family: "apps",
      access: MANAGE,
      handle: assignGroup,
    },
    {
      method: "DELETE",
      pattern: `${appById}/groups/:groupId`,
      family: "apps",
      access: MANAGE,
      handle: unassignGroup,
    },
    {
      method: "GET",
      pattern: `${appById}/users`,
      family: "apps",
      access: READ,
      handle: (ctx) => {
        const app = getApp(ctx.store, ctx.params.appId!);
        return json(
          200,
          [...app.users.keys()].map((id) => appUserJson(ctx, app, id)),
        );
      },
    },
    { method: "POST", pattern: `${appById}/users`, family: "apps", access: MANAGE, handle: assignUser },
    {
      method: "GET",
      pattern: `${appById}/users/:userId`,
      family: "apps",
      access: READ,
      handle: (ctx) => {
        const app = getApp(ctx.store, ctx.params.appId!);
        if (!app.users.has(ctx.params.userId!)) throw notFound(ctx.params.userId!, "AppUser");
        return json(200, appUserJson(ctx, app, ctx.params.userId!));
      },
    },
    {
      method: "DELETE",
      pattern: `${appById}/users/:userId`,
      family: "apps",
      access: MANAGE,
      handle: (ctx) => {
        getApp(ctx.store, ctx.params.appId!).users.delete(ctx.params.userId!);
        return { status: 204 };
      },
    },
    // Assigning an Identity Engine authentication policy: accepted, not modelled.
    {
      method: "PUT",
      pattern: `${appById}/policies/:policyId`,
      family: "apps",
      access: MANAGE,
      handle: () => ({ status: 204 }),
    },
  ];
}
