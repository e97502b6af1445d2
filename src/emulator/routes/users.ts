import { json, notFound, OktaHttpError, page, validationFailed } from "../http.js";
import type { Context, Route } from "../router.js";
import { attributeOf, parseFilter } from "../scim-filter.js";
import { oktaTime, type TenantStore, type UserRecord } from "../store.js";
import { groupJson, userJson } from "../wire.js";
import { getGroup } from "./groups.js";

const READ = { admin: true, scope: "okta.users.read" } as const;
const MANAGE = { admin: true, scope: "okta.users.manage" } as const;

/** The default user schema's attributes; anything else is refused as Okta refuses it. */
const PROFILE_ATTRIBUTES = new Set([
  "login",
  "email",
  "secondEmail",
  "firstName",
  "lastName",
  "middleName",
  "honorificPrefix",
  "honorificSuffix",
  "title",
  "displayName",
  "nickName",
  "profileUrl",
  "primaryPhone",
  "mobilePhone",
  "streetAddress",
  "city",
  "state",
  "zipCode",
  "countryCode",
  "postalAddress",
  "preferredLanguage",
  "locale",
  "timezone",
  "userType",
  "employeeNumber",
  "costCenter",
  "organization",
  "division",
  "department",
  "managerId",
  "manager",
]);

/** Users by ID or login, as `GET /api/v1/users/{id}` accepts both. */
export function getUser(store: TenantStore, idOrLogin: string): UserRecord {
  const user = store.users.get(idOrLogin) ?? store.userByLogin(idOrLogin);
  if (!user) throw notFound(idOrLogin, "User");
  return user;
}

async function createUser(ctx: Context) {
  const body = await ctx.json();
  const profile = (body.profile ?? {}) as Record<string, unknown>;
  const unknown = Object.keys(profile).filter((k) => !PROFILE_ATTRIBUTES.has(k));
  if (unknown.length > 0)
    throw validationFailed(
      "newUser",
      unknown.map((k) => `Property name '${k}' is not defined in profile`),
    );
  const missing = ["login", "email", "firstName", "lastName"].filter(
    (k) => typeof profile[k] !== "string" || profile[k] === "",
  );
  if (missing.length > 0)
    throw validationFailed(
      "newUser",
      missing.map((k) => `${k}: The field cannot be left blank`),
    );
  if (ctx.store.userByLogin(String(profile.login))) {
    throw validationFailed("login", [
      "login: An object with this field already exists in the current organization",
    ]);
  }
  const password = (body.credentials as { password?: { value?: unknown } } | undefined)?.password?.value;
  const activate = ctx.url.searchParams.get("activate") !== "false";
  const now = oktaTime(ctx.now());
  const status = !activate ? "STAGED" : typeof password === "string" ? "ACTIVE" : "PROVISIONED";
  const user: UserRecord = {
    id: ctx.store.id("00u"),
    status,
    created: now,
    activated: activate ? now : null,
    statusChanged: activate ? now : null,
    lastLogin: null,
    lastUpdated: now,
    passwordChanged: typeof password === "string" ? now : null,
    profile: profile as UserRecord["profile"],
    password: typeof password === "string" ? password : undefined,
  };
  ctx.store.users.set(user.id, user);
  for (const groupId of (body.groupIds as string[] | undefined) ?? [])
    getGroup(ctx.store, groupId).members.add(user.id);
  return json(200, userJson(ctx.org, user));
}

function listUsers(ctx: Context) {
  const { url, store } = ctx;
  let users = [...store.users.values()];
  const search = url.searchParams.get("search") ?? url.searchParams.get("filter");
  if (search !== null) {
    const predicate = parseFilter(search, () => true);
    users = users.filter((u) => predicate((a) => attributeOf(u, a)));
  }
  const q = url.searchParams.get("q");
  if (q !== null) {
    const prefix = q.toLowerCase();
    users = users.filter((u) =>
      [u.profile.login, u.profile.email, u.profile.firstName, u.profile.lastName].some((v) =>
        v.toLowerCase().startsWith(prefix),
      ),
    );
  }
  const result = page(users, ctx, q !== null ? 10 : 200, 200);
  return json(
    200,
    result.items.map((u) => userJson(ctx.org, u)),
    { Link: result.links },
  );
}

/** The first DELETE deactivates, the second deletes (Okta's deleteUser). */
function deleteUser(ctx: Context) {
  const user = getUser(ctx.store, ctx.params.userId!);
  if (user.status !== "DEPROVISIONED") {
    user.status = "DEPROVISIONED";
    user.statusChanged = oktaTime(ctx.now());
    return { status: 204 };
  }
  ctx.store.users.delete(user.id);
  for (const group of ctx.store.groups.values()) group.members.delete(user.id);
  for (const app of ctx.store.apps.values()) app.users.delete(user.id);
  return { status: 204 };
}

function deactivateUser(ctx: Context) {
  const user = getUser(ctx.store, ctx.params.userId!);
  if (user.status === "DEPROVISIONED")
    throw new OktaHttpError(400, "E0000001", "Api validation failed: status", [
      "status: The user is already deactivated",
    ]);
  user.status = "DEPROVISIONED";
  return json(200, {});
}

export function userRoutes(): Route[] {
  return [
    { method: "POST", pattern: "/api/v1/users", family: "users", access: MANAGE, handle: createUser },
    { method: "GET", pattern: "/api/v1/users", family: "users", access: READ, handle: listUsers },
    {
      method: "GET",
      pattern: "/api/v1/users/:userId",
      family: "users",
      access: READ,
      handle: (ctx) => json(200, userJson(ctx.org, getUser(ctx.store, ctx.params.userId!))),
    },
    {
      method: "DELETE",
      pattern: "/api/v1/users/:userId",
      family: "users",
      access: MANAGE,
      handle: deleteUser,
    },
    {
      method: "POST",
      pattern: "/api/v1/users/:userId/lifecycle/deactivate",
      family: "users",
      access: MANAGE,
      handle: deactivateUser,
    },
    {
      method: "GET",
      pattern: "/api/v1/users/:userId/groups",
      family: "users",
      access: READ,
      handle: (ctx) =>
        json(
          200,
          ctx.store.groupsOfUser(getUser(ctx.store, ctx.params.userId!).id).map((g) => groupJson(ctx.org, g)),
        ),
    },
  ];
}
