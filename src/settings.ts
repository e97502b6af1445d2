import { UserError } from "./errors.js";
import { Secret } from "./secret.js";

/**
 * Defaults and the checks of settings that both shells take (a flag in the CLI, an input in
 * the Action), so the two cannot drift apart. `name` is how the shell calls the setting.
 */
export const DEFAULTS = {
  specFile: "okta-drift.yml",
  /** apply refuses a plan that changes more resources than this. */
  maxChanges: 100,
  /** --impact users lists at most this many members of each group involved. */
  impactMaxUsers: 1000,
} as const;

/** What --impact adds to a plan's reads: the members of the groups involved, the tenant's groups. */
export interface ImpactReads {
  users: boolean;
  groups: boolean;
}

/** --impact / input impact: none (the default), users, groups, or both (`users,groups`). */
export function impactSetting(raw: string | undefined, name: string): ImpactReads {
  const reads = { users: false, groups: false };
  const words = (raw ?? "").split(/[\s,]+/).filter((w) => w !== "");
  if (words.length === 1 && words[0] === "none") return reads;
  for (const word of words) {
    if (word !== "users" && word !== "groups")
      throw new UserError(`${name}: expected none, users, groups or users,groups, not "${raw}"`);
    reads[word] = true;
  }
  return reads;
}

export function impactMaxUsersSetting(raw: string | undefined, name: string): number {
  if (raw === undefined || raw === "") return DEFAULTS.impactMaxUsers;
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(value) || value < 1)
    throw new UserError(`${name}: expected a whole number of at least 1, not "${raw}"`);
  return value;
}

export function maxChangesSetting(raw: string | undefined, name: string): number {
  if (raw === undefined || raw === "") return DEFAULTS.maxChanges;
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(value))
    throw new UserError(`${name}: expected a whole number, not "${raw}"`);
  return value;
}

export function planHashSetting(raw: string | undefined, name: string): string | undefined {
  if (raw === undefined || raw === "") return undefined;
  if (!/^[0-9a-f]{64}$/.test(raw))
    throw new UserError(`${name}: expected the 64-character hash okta-drift plan prints, not "${raw}"`);
  return raw;
}

/** Okta credentials as the environment holds them: an API token, or a service app's pair. */
export interface EnvCredentials {
  apiToken: Secret | undefined;
  serviceApp: { clientId: string; privateKey: Secret } | undefined;
  /** The variables that would hold them, for a message that says which to set. */
  variables: string;
}

/**
 * The environment's Okta credentials: OKTA_API_TOKEN, or OKTA_CLIENT_ID and OKTA_PRIVATE_KEY;
 * for one org of a many-org spec, the same names with _<SUFFIX> (see orgVariableSuffix), and
 * never the unsuffixed ones, so a token meant for one org is not sent to another.
 */
export function credentialsFromEnv(env: Record<string, string | undefined>, suffix?: string): EnvCredentials {
  const at = (name: string) => (suffix === undefined ? name : `${name}_${suffix}`);
  const [token, clientId, privateKey] = [
    env[at("OKTA_API_TOKEN")],
    env[at("OKTA_CLIENT_ID")],
    env[at("OKTA_PRIVATE_KEY")],
  ];
  return {
    apiToken: token ? new Secret(token) : undefined,
    serviceApp: clientId && privateKey ? { clientId, privateKey: new Secret(privateKey) } : undefined,
    variables: `${at("OKTA_API_TOKEN")}, or ${at("OKTA_CLIENT_ID")} and ${at("OKTA_PRIVATE_KEY")}`,
  };
}
