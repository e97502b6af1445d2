import { GROUP_ID_LIKE } from "../model/ids.js";
import type { Group } from "../model/okta.js";
import { byCodeUnits } from "../model/order.js";
import type { DraftGroupRef } from "../spec/draft.js";

/** What the spec being added to already says about group names (empty for a new spec). */
export interface KnownNames {
  /** Its pins: name → ID. */
  pins: ReadonlyMap<string, string>;
  /** Names it uses unpinned: a new pin would change what they mean. */
  unpinned: ReadonlySet<string>;
}

export const NO_KNOWN_NAMES: KnownNames = { pins: new Map(), unpinned: new Set() };

/**
 * How the spec names each group: by its name when that name finds this group and no other,
 * by a pin when several groups carry it (one pin per name), else by ID with a note saying why.
 * Never by the first of several matches.
 *
 * `groups` are the groups found by ID; `carrying` the groups found by each of their names.
 */
export function nameGroupRefs(
  ids: string[],
  groups: ReadonlyMap<string, Group>,
  carrying: ReadonlyMap<string, Group[]>,
  known: KnownNames,
): { refs: Map<string, DraftGroupRef>; pins: [name: string, id: string][] } {
  const refs = new Map<string, DraftGroupRef>();
  const pins = new Map<string, string>();
  // Sorted, so which of two groups of one name gets the pin does not depend on answer order.
  for (const id of [...new Set(ids)].sort()) {
    const group = groups.get(id);
    if (!group) {
      refs.set(id, { ref: id, note: "no such group in Okta now; kept as its ID" });
      continue;
    }
    const name = group.profile.name;
    const byId = (note: string) => refs.set(id, { ref: id, note: `${quoted(name)}: ${note}` });
    if (!usableAsName(name)) byId("a name that reads as a group ID");
    else if (known.pins.has(name))
      known.pins.get(name) === id
        ? refs.set(id, { ref: name })
        : byId("the spec pins this name to another group");
    else {
      const holders = carrying.get(name) ?? [];
      if (holders.length === 1 && holders[0]!.id === id) refs.set(id, { ref: name });
      else if (holders.length <= 1) byId("Okta's search by this name does not find this group");
      else if (known.unpinned.has(name))
        byId(`${holders.length} groups carry this name, and the spec uses it unpinned`);
      else if (!pins.has(name)) {
        pins.set(name, id);
        refs.set(id, { ref: name });
      } else byId(`${holders.length} groups carry this name; the pin is for ${pins.get(name)}`);
    }
  }
  return { refs, pins: [...pins].sort(([a], [b]) => byCodeUnits(a, b)) };
}

/** A name the spec can hold as a name: one that does not look like (an attempt at) an ID. */
function usableAsName(name: string): boolean {
  return name.length > 0 && !GROUP_ID_LIKE.test(name);
}

function quoted(name: string): string {
  return JSON.stringify(name);
}
