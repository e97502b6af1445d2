import type { ImpactGroup, TokenImpact } from "../model/impact.js";
import { printable } from "../printable.js";
import type { GroupNamer } from "./display.js";

/** `EastCoastDivision (00g…) · 12 users`, as people read a group in an impact. */
export function groupWithMembers(namer: GroupNamer, group: ImpactGroup): string {
  const count =
    group.members === undefined ? "" : ` · ${group.members} user${group.members === 1 ? "" : "s"}`;
  return `${namer.group(group.id)}${count}`;
}

/** The members of the groups that enter or leave: at most this many users gain or lose one. */
export function usersAffected(impact: TokenImpact): number | undefined {
  if (impact.users && !impact.users.truncated)
    return new Set([...impact.users.gaining, ...impact.users.losing]).size;
  if (impact.unknown) return undefined;
  const groups = [...impact.entering, ...impact.leaving];
  if (groups.some((g) => g.members === undefined)) return undefined;
  return groups.reduce((sum, g) => sum + (g.members ?? 0), 0);
}

export function tokenOf(impact: TokenImpact): string {
  return impact.claimType === "RESOURCE" ? "access" : "ID";
}

/** What changes besides groups: the limit, or a side okta-drift could not work out. */
export function impactNotes(impact: TokenImpact): string[] {
  const notes: string[] = [];
  if (impact.limit.before !== impact.limit.after)
    notes.push(`limit ${impact.limit.before ?? "none"} → ${impact.limit.after ?? "none"}`);
  if (impact.filter)
    notes.push(printable(`filter ${impact.filter.before ?? "none"} → ${impact.filter.after ?? "none"}`));
  if (impact.unknown)
    notes.push(
      `groups ${impact.unknown === "both" ? "before and after" : impact.unknown} not worked out (${
        impact.unknownBecause === "group-filter"
          ? "a CONTAINS or REGEX filter: --impact groups lists its groups, unless the REGEX needs back-references or lookaround"
          : "an expression okta-drift cannot read, such as a Groups.* function"
      })`,
    );
  return notes;
}

/** The impact for the text report: a heading and two lines per app and claim. */
export function impactText(impacts: readonly TokenImpact[], namer: GroupNamer): string[] {
  if (impacts.length === 0) return [];
  const lines = ["", "Impact on tokens:"];
  for (const i of impacts) {
    const users = usersAffected(i);
    lines.push(
      `  ${printable(i.appLabel)} · ${printable(i.claimName)} (${tokenOf(i)} token) on ${printable(i.serverName ?? i.serverId)}${users === undefined ? "" : `: ${i.users && !i.users.truncated ? "" : "up to "}${users} user(s) affected`}`,
    );
    const parts = [
      ...i.entering.map((g) => `+${groupWithMembers(namer, g)}`),
      ...i.leaving.map((g) => `-${groupWithMembers(namer, g)}`),
      ...impactNotes(i),
    ];
    lines.push(`    ${parts.join(", ")}`);
    if (i.users) {
      const more = i.users.truncated ? " (and more: the list stopped at --impact-max-users)" : "";
      if (i.users.gaining.length > 0)
        lines.push(`    gaining: ${printable(i.users.gaining.join(", "))}${more}`);
      if (i.users.losing.length > 0) lines.push(`    losing: ${printable(i.users.losing.join(", "))}${more}`);
    }
  }
  return lines;
}
