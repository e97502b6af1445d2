import { calleeName, type Expr, transform } from "./ast.js";

/**
 * Replaces the entries of every literal `getFilteredGroups` allowlist: `map` gets each entry
 * (a group name or ID) and returns what to write instead. Used to send IDs to Okta (Okta's
 * allowlist holds IDs) and to show names in reports.
 */
export function mapAllowlistEntries(expr: Expr, map: (entry: string) => string): Expr {
  return transform(expr, (node) => {
    if (node.kind !== "call" || calleeName(node) !== "getFilteredGroups") return node;
    const [allowlist, ...rest] = node.args;
    if (allowlist?.kind !== "array") return node;
    const items = allowlist.items.map(
      (item): Expr => (item.kind === "string" ? { kind: "string", value: map(item.value) } : item),
    );
    return { ...node, args: [{ kind: "array", items }, ...rest] };
  });
}
