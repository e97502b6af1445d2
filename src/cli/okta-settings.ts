import { UserError } from "../errors.js";
import { OktaClient, parseOrgUrl } from "../okta/client.js";
import { Secret } from "../secret.js";
import type { CliIo } from "./io.js";

/** Options every command that talks to Okta takes. */
export const OKTA_OPTIONS = { "org-url": { type: "string" } } as const;

export const OKTA_HELP = `  --org-url URL       the Okta org, e.g. https://example.okta.com (default: OKTA_ORG_URL)

Environment:
  OKTA_ORG_URL        the Okta org, when --org-url is not given
  OKTA_API_TOKEN      an Okta API token (SSWS); never passed as a flag, so it stays out of
                      process lists and shell history`;

type Values = Record<string, string | boolean | undefined>;

/** The Okta org, from --org-url or OKTA_ORG_URL. */
export function orgUrl(values: Values, io: CliIo): URL {
  const raw = (values["org-url"] as string | undefined) ?? io.env.OKTA_ORG_URL;
  if (!raw) throw new UserError("no Okta org: pass --org-url or set OKTA_ORG_URL");
  return parseOrgUrl(raw);
}

/** The one place the CLI reads Okta's address and token, into a client. */
export function oktaClient(values: Values, io: CliIo): OktaClient {
  const url = orgUrl(values, io);
  const token = io.env.OKTA_API_TOKEN;
  if (!token) throw new UserError("no API token: set OKTA_API_TOKEN");
  return new OktaClient({
    orgUrl: url,
    token: new Secret(token),
    log: (message) => io.stderr.write(`okta-drift: ${message}\n`),
  });
}

/** The --format option, one of `allowed` (the first is the default). */
export function formatOption<T extends string>(values: Values, allowed: readonly T[]): T {
  const format = (values.format ?? allowed[0]) as T;
  if (!allowed.includes(format))
    throw new UserError(`--format must be one of ${allowed.join(", ")}, not "${String(values.format)}"`);
  return format;
}
