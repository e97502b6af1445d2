import { parse } from "../el/parse.js";
import { print } from "../el/print.js";
import { mapAllowlistEntries } from "../el/render.js";
import { isGroupId } from "../okta-ids.js";

/** Group IDs shown with their names; expressions shown with names in their allowlists. */
export class GroupNamer {
  constructor(private readonly names: Record<string, string>) {}

  group(id: string): string {
    const name = this.names[id];
    return name === undefined ? id : `${name} (${id})`;
  }

  /** An expression with allowlisted group IDs replaced by names, for people to read. */
  expression(source: string): string {
    try {
      return print(
        mapAllowlistEntries(parse(source), (entry) =>
          isGroupId(entry) ? (this.names[entry] ?? entry) : entry,
        ),
      );
    } catch {
      return source;
    }
  }

  /** A field's value as one line of text. */
  value(field: string, value: unknown): string {
    if (value === null || value === undefined) return "(none)";
    if (field === "value" && typeof value === "string") return this.expression(value);
    if (Array.isArray(value))
      return value.length === 0
        ? "[]"
        : value.map((v) => (typeof v === "string" && isGroupId(v) ? this.group(v) : String(v))).join(", ");
    if (typeof value === "object") return JSON.stringify(value);
    return String(value);
  }

  /** For allowlists: what the change adds and removes, e.g. `+EastCoastDivision (00g...)`. */
  setDelta(before: unknown, after: unknown): string | undefined {
    if (!Array.isArray(after)) return undefined;
    const old = new Set(Array.isArray(before) ? before.map(String) : []);
    const now = new Set(after.map(String));
    const added = [...now].filter((v) => !old.has(v)).map((v) => `+${this.group(v)}`);
    const removed = [...old].filter((v) => !now.has(v)).map((v) => `-${this.group(v)}`);
    const parts = [...added, ...removed];
    return parts.length > 0 ? parts.join(", ") : "order";
  }
}
