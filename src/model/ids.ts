/**
 * Okta object IDs: a 3-character type prefix and 17 more characters, 20 in all
 * (`00g` group, `0oa` app, `aus` authorization server, `ocl` claim, `00u` user).
 */
export const GROUP_ID = /^00g[0-9A-Za-z]{17}$/;

/** Looks like an attempt at a group ID (so it is not taken for a group named "00g..."). */
export const GROUP_ID_LIKE = /^00g[0-9A-Za-z]{5,40}$/;

export function isGroupId(value: string): boolean {
  // Most values asked about are names: the length and prefix answer those without the regex.
  return value.length === 20 && value.startsWith("00g") && GROUP_ID.test(value);
}

/** A group ID of the wrong length: almost always a copy-paste slip, never a group's name. */
export function isMalformedGroupId(value: string): boolean {
  return GROUP_ID_LIKE.test(value) && !GROUP_ID.test(value);
}

/** An app ID (`0oa` + 17). okta-drift's commands take an app by ID or by label. */
export const APP_ID = /^0oa[0-9A-Za-z]{17}$/;

/** A custom authorization server's ID: `aus` + 17, or Okta's `default` server. */
export const SERVER_ID = /^(aus[0-9A-Za-z]{17}|default)$/;
