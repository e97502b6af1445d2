import { isGroupId } from "./ids.js";
import type { App, Claim } from "./okta.js";

/** What okta-drift read from the tenant: exactly what the spec references, nothing more. */
export interface LiveState {
  /** One per spec app, in spec order. */
  apps: LiveApp[];
  /** One per spec authorization server, in spec order. */
  servers: LiveServer[];
  groups: GroupDirectory;
  /** What the read learned of groups beyond their names (for claim lint). */
  groupFacts: GroupFacts;
}

export interface GroupFacts {
  /** Okta's BUILT_IN groups among those read: Everyone. */
  builtIn: ReadonlySet<string>;
  /** Group IDs the spec names (in allowlists, pins, literal lists) that Okta does not have. */
  missing: ReadonlySet<string>;
  /** Member counts of the groups read (Okta's `expand=stats`), by ID. */
  members: ReadonlyMap<string, number>;
}

export interface LiveApp {
  app: App;
}

export interface LiveServer {
  id: string;
  /** Known when the spec names the server by name; a server named by ID is not fetched. */
  name: string | undefined;
  claims: Claim[];
}

/** Group names and IDs as far as the read learned them (resolved names, pinned names). */
export class GroupDirectory {
  private readonly ids = new Map<string, string>();
  private readonly names = new Map<string, string>();

  constructor(pairs: Iterable<[id: string, name: string]> = []) {
    for (const [id, name] of pairs) {
      this.ids.set(name, id);
      this.names.set(id, name);
    }
  }

  idOf(name: string): string | undefined {
    return this.ids.get(name);
  }

  /** The ID a spec's group reference means: a group ID as written, else the name's ID (pins included). */
  idOfRef(ref: string): string | undefined {
    return isGroupId(ref) ? ref : this.ids.get(ref);
  }

  nameOf(id: string): string | undefined {
    return this.names.get(id);
  }

  /** Every ID → name pair known, for reports. */
  entries(): [id: string, name: string][] {
    return [...this.names];
  }
}
