import { UserError } from "../errors.js";
import { DEFAULTS } from "../settings.js";

/** Options of several commands, apart from Okta's settings so that validate loads no HTTP client. */
type Values = Record<string, string | boolean | undefined>;

/** The spec file: --spec, else the default. */
export function specFileOption(values: Values): string {
  return typeof values.spec === "string" ? values.spec : DEFAULTS.specFile;
}

/** The --format option, one of `allowed` (the first is the default). */
export function formatOption<T extends string>(values: Values, allowed: readonly T[]): T {
  const format = (values.format ?? allowed[0]) as T;
  if (!allowed.includes(format))
    throw new UserError(`--format must be one of ${allowed.join(", ")}, not "${String(values.format)}"`);
  return format;
}
