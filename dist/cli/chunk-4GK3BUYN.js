import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  UserError
} from "./chunk-H4BAEU2E.js";

// src/settings.ts
var DEFAULTS = {
  specFile: "okta-drift.yml",
  /** apply refuses a plan that changes more resources than this. */
  maxChanges: 100,
  /** --impact users lists at most this many members of each group involved. */
  impactMaxUsers: 1e3
};
function impactSetting(raw, name) {
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
function impactMaxUsersSetting(raw, name) {
  if (raw === void 0 || raw === "") return DEFAULTS.impactMaxUsers;
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(value) || value < 1)
    throw new UserError(`${name}: expected a whole number of at least 1, not "${raw}"`);
  return value;
}
function maxChangesSetting(raw, name) {
  if (raw === void 0 || raw === "") return DEFAULTS.maxChanges;
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(value))
    throw new UserError(`${name}: expected a whole number, not "${raw}"`);
  return value;
}
function planHashSetting(raw, name) {
  if (raw === void 0 || raw === "") return void 0;
  if (!/^[0-9a-f]{64}$/.test(raw))
    throw new UserError(`${name}: expected the 64-character hash okta-drift plan prints, not "${raw}"`);
  return raw;
}

// src/cli/options.ts
function specFileOption(values) {
  return typeof values.spec === "string" ? values.spec : DEFAULTS.specFile;
}
function formatOption(values, allowed) {
  const format = values.format ?? allowed[0];
  if (!allowed.includes(format))
    throw new UserError(`--format must be one of ${allowed.join(", ")}, not "${String(values.format)}"`);
  return format;
}

export {
  DEFAULTS,
  impactSetting,
  impactMaxUsersSetting,
  maxChangesSetting,
  planHashSetting,
  specFileOption,
  formatOption
};
