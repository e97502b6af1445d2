import type { Expr } from "../el/ast.js";
import { print } from "../el/print.js";
import { mapAllowlistEntries } from "../el/render.js";
import { isGroupId } from "../model/ids.js";
import { printable } from "../printable.js";

/**
 * Group IDs shown with their names; expressions shown with names in their allowlists. What it
 * returns is printable (see printable.ts): names and values come from Okta and the spec.
 */
export class GroupNamer {
  private readonly names: Map<string, string>;

  constructor(names: Record<string, string>) {
    this.names = new Map(Object.entries(names));
  }

  group(id: string): string {
    const name = this.names.get(id);
    return printable(name === undefined ? id : `${name} (${id})`);
  }

  /** An expression with allowlisted group IDs replaced by names, for people to read. */
  expression(expr: Expr): string {
    return printable(
      print(
        mapAllowlistEntries(expr, (entry) => (isGroupId(entry) ? (this.names.get(entry) ?? entry) : entry)),
      ),
    );
  }

  /** A field's value as one line of text; `tree` is the parsed expression of a claim's value. */
  value(field: string, value: unknown, tree?: Expr): string {
    if (value === null || value === undefined) return "(none)";
    if (field === "value" && tree) return this.expression(tree);
    if (Array.isArray(value))
      return value.length === 0
        ? "[]"
        : value
            .map((v) => (typeof v === "string" && isGroupId(v) ? this.group(v) : printable(String(v))))
            .join(", ");
    if (typeof value === "object") return JSON.stringify(value);
    return printable(String(value));
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
