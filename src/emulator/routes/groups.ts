import { json, notFound, OktaHttpError, page, validationFailed } from "../http.js";
import type { Context, Route } from "../router.js";
import { attributeOf, exactValues, parseFilter } from "../scim-filter.js";
import { type GroupRecord, oktaTime, type TenantStore } from "../store.js";
import { groupJson, userJson } from "../wire.js";

const READ = { admin: true, scope: "okta.groups.read" } as const;
const MANAGE = { admin: true, scope: "okta.groups.manage" } as const;

/** `q` is a name prefix match without paging, 300 results by default (wire reference §3.2). */
const QUERY_LIMIT = 300;
const LIST_LIMIT = 10_000;
const SEARCH_ATTRIBUTES =
  /^(profile\.[A-Za-z0-9_]+|id|created|lastUpdated|lastMembershipUpdated|type|source\.id)$/;
const FILTER_ATTRIBUTES = /^(id|type|lastUpdated|lastMembershipUpdated)$/;

export function getGroup(store: TenantStore, id: string): GroupRecord {
  const group = store.groups.get(id);
  if (!group) throw notFound(id, "UserGroup");
  return group;
}

function listGroups(ctx: Context) {
  const { url, store, org } = ctx;
  const q = url.searchParams.get("q");
  if (q !== null) {
    const limit = Number.parseInt(url.searchParams.get("limit") ?? "", 10) || QUERY_LIMIT;
    const prefix = q.toLowerCase();
    const found = [...store.groups.values()]
      .filter((g) => g.profile.name.toLowerCase().startsWith(prefix))
      .slice(0, limit);
    return json(
      200,
      found.map((g) => groupJson(org, g)),
    );
  }
  const search = url.searchParams.get("search");
  const filter = url.searchParams.get("filter");
  let groups: GroupRecord[];
  if (search !== null) {
    const names = exactValues(search, "profile.name");
    const ids = names ? undefined : exactValues(search, "id");
    if (names) {
      // The index answers exact-name searches without scanning a large tenant.
      const found = new Set(names.flatMap((n) => store.groupIdsNamed(n)));
      groups = [...found].sort().map((id) => store.groups.get(id)!);
    } else if (ids) {
      // As do searches by ID (okta-drift naming the groups of an allowlist).
      groups = [...new Set(ids)].sort().flatMap((id) => store.groups.get(id) ?? []);
    } else {
      const predicate = parseFilter(search, (a) => SEARCH_ATTRIBUTES.test(a));
      groups = [...store.groups.values()]
        .filter((g) => predicate((a) => attributeOf(g, a)))
        .sort((a, b) => (a.id < b.id ? -1 : 1));
    }
  } else if (filter !== null) {
    const predicate = parseFilter(filter, (a) => FILTER_ATTRIBUTES.test(a));
    groups = [...store.groups.values()].filter((g) => predicate((a) => attributeOf(g, a)));
  } else {
    groups = [...store.groups.values()];
  }
  const sortBy = url.searchParams.get("sortBy");
  if (search !== null && sortBy !== null) groups = sorted(groups, sortBy, url.searchParams.get("sortOrder"));
  const stats = (url.searchParams.get("expand") ?? "").split(",").includes("stats");
  const result = page(groups, ctx, LIST_LIMIT, LIST_LIMIT);
  const assigned = stats ? appsAssigned(store) : undefined;
  return json(
    200,
    result.items.map((g) =>
      assigned
        ? { ...groupJson(org, g), _embedded: { stats: statsOf(store, g, assigned) } }
        : groupJson(org, g),
    ),
    { Link: result.links },
  );
}

/** `sortBy` (search queries only, as Okta documents): equal values ordered by ID. */
function sorted(groups: GroupRecord[], sortBy: string, sortOrder: string | null): GroupRecord[] {
  if (!SEARCH_ATTRIBUTES.test(sortBy))
    throw new OktaHttpError(400, "E0000031", "Invalid search criteria.", [
      `sortBy: ${sortBy} is not a sortable property`,
    ]);
  const sign = sortOrder?.toLowerCase() === "desc" ? -1 : 1;
  const key = (g: GroupRecord) => String(attributeOf(g, sortBy) ?? "");
  return [...groups].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    return x === y ? (a.id < b.id ? -1 : 1) : sign * (x < y ? -1 : 1);
  });
}

/** How many apps each group is assigned to: one pass over the apps per answer, not one per group. */
function appsAssigned(store: TenantStore): Map<string, number> {
  const counts = new Map<string, number>();
  for (const app of store.apps.values())
    for (const groupId of app.groups.keys()) counts.set(groupId, (counts.get(groupId) ?? 0) + 1);
  return counts;
}

/** `expand=stats`: Okta's `_embedded.stats` of a group (users, apps assigned). */
function statsOf(store: TenantStore, g: GroupRecord, assigned: ReadonlyMap<string, number>) {
  return {
    usersCount: g.type === "BUILT_IN" ? store.users.size : g.members.size,
    appsCount: assigned.get(g.id) ?? 0,
    groupPushMappingsCount: 0,
    hasAdminPrivilege: false,
  };
}

async function createGroup(ctx: Context) {
  const body = await ctx.json();
  const profile = body.profile as Record<string, unknown> | undefined;
  if (typeof profile?.name !== "string" || profile.name.trim() === "") {
    throw validationFailed("profile.name", ["name: The field cannot be left blank"]);
  }
  const now = oktaTime(ctx.now());
  const group = ctx.store.addGroup({
    id: ctx.store.id("00g"),
    created: now,
    lastUpdated: now,
    lastMembershipUpdated: now,
    type: "OKTA_GROUP",
    objectClass: ["okta:user_group"],
    profile: { ...profile, name: profile.name, description: String(profile.description ?? "") },
    members: new Set(),
  });
  return json(200, groupJson(ctx.org, group));
}

async function replaceGroup(ctx: Context) {
  const group = getGroup(ctx.store, ctx.params.groupId!);
  if (group.type !== "OKTA_GROUP")
    throw new OktaHttpError(403, "E0000006", "You do not have permission to perform the requested action");
  const profile = (await ctx.json()).profile as Record<string, unknown> | undefined;
  if (typeof profile?.name !== "string" || profile.name.trim() === "")
    throw validationFailed("profile.name", ["name: The field cannot be left blank"]);
  ctx.store.renameGroup(group, profile.name);
  group.profile = { ...profile, name: profile.name, description: String(profile.description ?? "") };
  group.lastUpdated = oktaTime(ctx.now());
  return json(200, groupJson(ctx.org, group));
}

function deleteGroup(ctx: Context) {
  const group = getGroup(ctx.store, ctx.params.groupId!);
  if (group.type === "BUILT_IN")
    throw new OktaHttpError(403, "E0000006", "You do not have permission to perform the requested action");
  ctx.store.deleteGroup(group.id);
  return { status: 204 };
}

function listMembers(ctx: Context) {
  const group = getGroup(ctx.store, ctx.params.groupId!);
  const users = [...ctx.store.users.values()].filter(
    (u) => group.type === "BUILT_IN" || group.members.has(u.id),
  );
  const result = page(users, ctx, 1000, 10_000);
  return json(
    200,
    result.items.map((u) => userJson(ctx.org, u)),
    { Link: result.links },
  );
}

function setMembership(member: boolean) {
  return (ctx: Context) => {
    const group = getGroup(ctx.store, ctx.params.groupId!);
    const userId = ctx.params.userId!;
    if (!ctx.store.users.has(userId)) throw notFound(userId, "User");
    if (member) group.members.add(userId);
    else group.members.delete(userId);
    group.lastMembershipUpdated = oktaTime(ctx.now());
    return { status: 204 };
  };
}

export function groupRoutes(): Route[] {
  return [
    { method: "GET", pattern: "/api/v1/groups", family: "groups", access: READ, handle: listGroups },
    { method: "POST", pattern: "/api/v1/groups", family: "groups", access: MANAGE, handle: createGroup },
    {
      method: "GET",
      pattern: "/api/v1/groups/:groupId",
      family: "group",
      access: READ,
      handle: (ctx) => json(200, groupJson(ctx.org, getGroup(ctx.store, ctx.params.groupId!))),
    },
    {
      method: "PUT",
      pattern: "/api/v1/groups/:groupId",
      family: "group",
      access: MANAGE,
      handle: replaceGroup,
    },
    {
      method: "DELETE",
      pattern: "/api/v1/groups/:groupId",
      family: "group",
      access: MANAGE,
      handle: deleteGroup,
    },
    {
      method: "GET",
      pattern: "/api/v1/groups/:groupId/users",
      family: "group",
      access: READ,
      handle: listMembers,
    },
    {
      method: "PUT",
      pattern: "/api/v1/groups/:groupId/users/:userId",
      family: "group",
      access: MANAGE,
      handle: setMembership(true),
    },
    {
      method: "DELETE",
      pattern: "/api/v1/groups/:groupId/users/:userId",
      family: "group",
      access: MANAGE,
      handle: setMembership(false),
    },
  ];
}
