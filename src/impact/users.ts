import type { OverLimitUser, TokenImpact } from "../model/impact.js";
import type { GroupMember } from "../model/okta.js";

/** The groups whose members --impact users needs: those that move, and the allowlists with limits. */
export function groupsToList(
  impacts: readonly TokenImpact[],
  allowlists: readonly LimitedAllowlist[],
): string[] {
  return [
    ...impacts.flatMap((i) => [...i.entering, ...i.leaving].map((g) => g.id)),
    ...allowlists.flatMap((a) => a.groups),
  ];
}

/** An app's allowlist as a limited claim reads it after the plan (spec order, group IDs). */
export interface LimitedAllowlist {
  appLabel: string;
  claimName: string;
  claimType: TokenImpact["claimType"];
  groups: string[];
  limit: number;
  path: (string | number)[];
}

/** The impacts with who gains and loses, and the users over a claim's limit. */
export function withUsers(
  impacts: readonly TokenImpact[],
  allowlists: readonly LimitedAllowlist[],
  members: ReadonlyMap<string, GroupMember[]>,
  truncated: ReadonlySet<string>,
): { impacts: TokenImpact[]; overLimit: OverLimitUser[] } {
  const logins = (ids: string[]) =>
    [...new Set(ids.flatMap((id) => (members.get(id) ?? []).map((u) => u.login)))].sort();
  const withLists = impacts.map((i) => {
    const ids = [...i.entering, ...i.leaving].map((g) => g.id);
    return {
      ...i,
      users: {
        gaining: logins(i.entering.map((g) => g.id)),
        losing: logins(i.leaving.map((g) => g.id)),
        truncated: ids.some((id) => truncated.has(id)),
      },
    };
  });
  const overLimit: OverLimitUser[] = [];
  for (const a of allowlists) {
    const count = new Map<string, number>();
    for (const id of new Set(a.groups))
      for (const u of members.get(id) ?? []) count.set(u.login, (count.get(u.login) ?? 0) + 1);
    for (const [login, groups] of [...count].sort(([x], [y]) => (x < y ? -1 : 1)))
      if (groups > a.limit)
        overLimit.push({
          login,
          appLabel: a.appLabel,
          claimName: a.claimName,
          claimType: a.claimType,
          groups,
          limit: a.limit,
          allowlistPath: a.path,
        });
  }
  return { impacts: withLists, overLimit };
}
