import { printable } from "../printable.js";
import type { App, AuthorizationServer } from "./okta.js";

/** The outcome of naming one resource by label or name: the one, or why not. */
export type Lookup<T> = { found: T; problem?: undefined } | { found?: undefined; problem: string };

/**
 * The one rule for a resource named by label or name, wherever it is looked up: exactly one
 * must carry it. Never silently the first of several.
 */
function exactlyOne<T extends { id: string }>(
  matches: T[],
  none: string,
  many: (ids: string) => string,
): Lookup<T> {
  if (matches.length === 1) return { found: matches[0]! };
  return { problem: printable(matches.length === 0 ? none : many(matches.map((m) => m.id).join(", "))) };
}

export function appLabelled(label: string, matches: App[]): Lookup<App> {
  return exactlyOne(
    matches,
    `no app labelled "${label}" in Okta`,
    (ids) => `${matches.length} apps are labelled "${label}" (${ids}); name the app by id`,
  );
}

export function serverNamed(name: string, matches: AuthorizationServer[]): Lookup<AuthorizationServer> {
  return exactlyOne(
    matches,
    `no authorization server named "${name}" in Okta`,
    (ids) => `${matches.length} authorization servers are named "${name}" (${ids}); name it by id`,
  );
}
