import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  DEFAULTS
} from "./chunk-OCDX2CVE.js";
import {
  UserError
} from "./chunk-GF2GQFVC.js";

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
  specFileOption,
  formatOption
};
