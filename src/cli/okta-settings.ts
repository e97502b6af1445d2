import { UserError } from "../errors.js";
import { type AdminGateway, OktaAdmin } from "../okta/admin.js";
import { parseOrgUrl } from "../okta/client.js";
import { oktaCredentials, type SCOPES } from "../okta/credentials.js";
import { Secret } from "../secret.js";
import type { CliIo } from "./io.js";

/** Options every command that talks to Okta takes. */
export const OKTA_OPTIONS = { "org-url": { type: "string" } } as const;

export const OKTA_HELP = `  --org-url URL       the Okta org, e.g. https://example.okta.com (default: OKTA_ORG_URL)

Environment:
  OKTA_ORG_URL        the Okta org, when --org-url is not given
  OKTA_API_TOKEN      an Okta API token (SSWS); never passed as a flag, so it stays out of
                      process lists and shell history
  OKTA_CLIENT_ID,     instead of a token: an OAuth service app's client ID and its private
  OKTA_PRIVATE_KEY    key (PKCS#8 PEM or JWK), granted okta.apps, okta.groups.read and
                      okta.authorizationServers scopes (read for plan, manage for apply)`;

type Values = Record<string, string | boolean | undefined>;

/** The Okta org, from --org-url or OKTA_ORG_URL. */
export function orgUrl(values: Values, io: CliIo): URL {
  const raw = (values["org-url"] as string | undefined) ?? io.env.OKTA_ORG_URL;
  if (!raw) throw new UserError("no Okta org: pass --org-url or set OKTA_ORG_URL");
  return parseOrgUrl(raw);
}

/** Whether the environment holds Okta credentials at all. */
export function hasOktaCredentials(io: CliIo): boolean {
  return Boolean(io.env.OKTA_API_TOKEN || (io.env.OKTA_CLIENT_ID && io.env.OKTA_PRIVATE_KEY));
}

/**
 * The one place the CLI reads Okta's address and credentials, into the admin gateway: an API
 * token, or a service app asking for the scopes of `access`.
 */
export function oktaAdmin(values: Values, io: CliIo, access: keyof typeof SCOPES = "read"): AdminGateway {
  const url = orgUrl(values, io);
  const { OKTA_API_TOKEN: token, OKTA_CLIENT_ID: clientId, OKTA_PRIVATE_KEY: privateKey } = io.env;
  const credentials = oktaCredentials(
    url,
    {
      apiToken: token ? new Secret(token) : undefined,
      serviceApp: clientId && privateKey ? { clientId, privateKey: new Secret(privateKey) } : undefined,
    },
    access,
  );
  if (!credentials)
    throw new UserError("no Okta credentials: set OKTA_API_TOKEN, or OKTA_CLIENT_ID and OKTA_PRIVATE_KEY");
  return OktaAdmin.connect({
    orgUrl: url,
    credentials,
    log: (message) => io.stderr.write(`okta-drift: ${message}\n`),
  });
}
