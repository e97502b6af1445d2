import { createHash } from "node:crypto";
import { byCodeUnits } from "../model/order.js";
import type { Change } from "../model/plan.js";

/**
 * The plan hash: a SHA-256 of the canonical change set, which includes the live values each
 * change starts from (its `before`s) and the IDs it touches. Spec line numbers and anything
 * rendered are left out, so moving a line or restyling a report keeps the hash, and the same
 * plan hashes the same on every machine. An empty plan has a hash too. A plan of one org of a
 * many-org spec covers the org's name too, so a hash reviewed for preview never applies to prod.
 */
export function planHash(changes: Change[], org?: string): string {
  // The values only: parsed trees ride along for reports and are not part of a plan's identity.
  const fieldsOf = (c: Change) => c.fields.map(({ field, before, after }) => ({ field, before, after }));
  const canonical = changes.map((c) =>
    c.resource === "app-profile"
      ? { resource: c.resource, action: c.action, appId: c.appId, key: c.key, fields: fieldsOf(c) }
      : {
          resource: c.resource,
          action: c.action,
          serverId: c.serverId,
          claimId: c.claimId ?? null,
          claimName: c.claimName,
          claimType: c.claimType,
          fields: fieldsOf(c),
          desired: c.desired ?? null,
        },
  );
  const identity = org === undefined ? canonical : { org, changes: canonical };
  return createHash("sha256").update(stableStringify(identity)).digest("hex");
}

/** JSON with object keys sorted at every level: one spelling for one value. */
export function stableStringify(value: unknown): string {
  if (value === undefined) return "null";
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => byCodeUnits(a, b));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(",")}}`;
}
