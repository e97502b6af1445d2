import { UserError } from "../errors.js";
import { isOktaOrLocalOrigin } from "../model/org-url.js";
import { type AdminGateway, OktaAdmin } from "../okta/admin.js";
import { parseOrgUrl } from "../okta/client.js";
import { oktaCredentials, type SCOPES } from "../okta/credentials.js";
import { credentialsFromEnv, type EnvCredentials } from "../settings.js";
import type { LoadedSpec } from "../spec/load.js";
import { chooseOrgs, orgVariableSuffix, specForOrg } from "../spec/orgs.js";
import type { CliIo } from "./io.js";

/** Options every command that talks to Okta takes. */
export const OKTA_OPTIONS = { "org-url": { type: "string" }, org: { type: "string" } } as const;

export const OKTA_HELP = `  --org-url URL       the Okta org, e.g. https://example.okta.com (default: OKTA_ORG_URL);
                      with --org, instead of the org's url in the spec
  --org NAME          with a spec that has orgs: the org to work on (needed when it has
                      more than one)

Environment:
  OKTA_ORG_URL        the Okta org, when --org-url is not given
  OKTA_ORG_URL_<ORG>  with --org: the org's URL, which must be the spec's; needed when the
                      spec's is not on an Okta domain (okta.com, oktapreview.com, ...)
  OKTA_API_TOKEN      an Okta API token (SSWS); never passed as a flag, so it stays out of
                      process lists and shell history
  OKTA_CLIENT_ID,     instead of a token: an OAuth service app's client ID and its private
  OKTA_PRIVATE_KEY    key (PKCS#8 PEM or JWK), granted okta.apps, okta.groups.read and
                      okta.authorizationServers scopes (read for plan, manage for apply)
  OKTA_API_TOKEN_<ORG>, or OKTA_CLIENT_ID_<ORG> and OKTA_PRIVATE_KEY_<ORG>: with --org, the
                      org's own credentials (<ORG> upper-cased, - as _; e.g. OKTA_API_TOKEN_PROD);
                      the unsuffixed ones are never sent to an org of a many-org spec`;

type Values = Record<string, string | boolean | undefined>;

/**
 * Where a command works: the org's address, its credentials from the environment, and the
 * spec as that org sees it. `org` is the name in a many-org spec, undefined for a plain spec.
 */
export interface OrgTarget {
  org: string | undefined;
  url: URL;
  loaded: LoadedSpec;
  /** The environment's credentials for this org (OKTA_API_TOKEN or OKTA_API_TOKEN_<ORG>, ...). */
  credentials: EnvCredentials;
}

/**
 * The orgs a command works on. A plain spec: the one org of --org-url or OKTA_ORG_URL. A
 * many-org spec: the one --org names (or its only org), or every org with `all`.
 */
export function orgTargets(
  loaded: LoadedSpec,
  values: Values,
  io: CliIo,
  options: { all?: boolean; allowAll?: boolean } = {},
): OrgTarget[] {
  const all = options.all === true;
  const named = values.org as string | undefined;
  const choice = chooseOrgs(loaded.spec, { ...(named === undefined ? {} : { names: [named] }), all });
  const file = loaded.source.file;
  if (choice.problem?.kind === "no-orgs")
    throw new UserError(
      `${file} defines no orgs, so ${all ? "--all-orgs" : "--org"} has nothing to pick; use --org-url (or OKTA_ORG_URL)`,
    );
  if (choice.orgs?.length === 0) return [{ ...plainTarget(values, io), loaded }];
  if (all && named !== undefined) throw new UserError("give --org NAME or --all-orgs, not both");
  if (all && values["org-url"] !== undefined)
    throw new UserError("--org-url names one org; with --all-orgs each org's url comes from the spec");
  if (choice.problem?.kind === "ambiguous")
    throw new UserError(
      `${file} serves ${choice.problem.defined.length} orgs (${choice.problem.defined.join(", ")}): pass --org NAME${options.allowAll ? " or --all-orgs" : ""}`,
    );
  if (choice.problem?.kind === "unknown")
    throw new UserError(
      `--org ${choice.problem.name}: ${file} defines no such org (it has ${choice.problem.defined.join(", ")})`,
    );
  const chosen = choice.orgs!;
  // Every org's address is settled before anything is sent to any of them.
  const urls = chosen.map((org) => orgAddress(org, loaded, values["org-url"] as string | undefined, io.env));
  return chosen.map((org, i) => ({
    org,
    url: urls[i]!,
    loaded: specForOrg(loaded, org),
    credentials: credentialsFromEnv(io.env, orgVariableSuffix(org)),
  }));
}

/**
 * Where an org of a many-org spec is. --org-url replaces the spec's url (the person running the
 * command named it). Otherwise the spec's url, which OKTA_ORG_URL_<ORG> must agree with when set;
 * off Okta's own domains it must be set: a spec checked out from someone's branch could point
 * orgs.prod.url at a host that collects OKTA_API_TOKEN_PROD or a smoke test's password.
 */
function orgAddress(org: string, loaded: LoadedSpec, flag: string | undefined, env: CliIo["env"]): URL {
  if (flag !== undefined) return parseOrgUrl(flag);
  const variable = `OKTA_ORG_URL_${orgVariableSuffix(org)}`;
  const fromSpec = parseOrgUrl(loaded.spec.orgs.get(org)!.url);
  const confirmed = env[variable] ? parseOrgUrl(env[variable]) : undefined;
  if (confirmed && confirmed.origin !== fromSpec.origin)
    throw new UserError(
      `org ${org}: ${loaded.source.file} says ${fromSpec.origin} but ${variable} says ${confirmed.origin}; nothing was sent (change one of them)`,
    );
  if (!confirmed && !isOktaOrLocalOrigin(fromSpec))
    throw new UserError(
      `org ${org}: ${fromSpec.origin} (from ${loaded.source.file}) is not on an Okta domain; set ${variable}=${fromSpec.origin} (or pass --org-url) to confirm it before ${org}'s credentials go there; nothing was sent`,
    );
  return confirmed ?? fromSpec;
}

/** The Okta org, from --org-url or OKTA_ORG_URL. */
export function orgUrl(values: Values, io: CliIo): URL {
  const raw = (values["org-url"] as string | undefined) ?? io.env.OKTA_ORG_URL;
  if (!raw) throw new UserError("no Okta org: pass --org-url or set OKTA_ORG_URL");
  return parseOrgUrl(raw);
}

/** The org of --org-url (or OKTA_ORG_URL) with the unsuffixed credentials: a command without a spec. */
export function plainTarget(values: Values, io: CliIo): Omit<OrgTarget, "loaded"> {
  if (values.org !== undefined)
    throw new UserError("--org picks one of a spec's orgs; without a spec, give --org-url (or OKTA_ORG_URL)");
  return { org: undefined, url: orgUrl(values, io), credentials: credentialsFromEnv(io.env) };
}

/** Whether the environment holds Okta credentials for the target at all. */
export function hasOktaCredentials(target: Omit<OrgTarget, "loaded">): boolean {
  const c = target.credentials;
  return Boolean(c.apiToken || c.serviceApp);
}

/**
 * The one place the CLI turns an org's address and credentials into the admin gateway: an API
 * token, or a service app asking for the scopes of `access`.
 */
export function oktaAdmin(
  target: Omit<OrgTarget, "loaded">,
  io: CliIo,
  access: keyof typeof SCOPES = "read",
): AdminGateway {
  const { variables } = target.credentials;
  const credentials = oktaCredentials(target.url, target.credentials, access);
  if (!credentials)
    throw new UserError(
      `no Okta credentials${target.org === undefined ? "" : ` for org ${target.org}`}: set ${variables}`,
    );
  const prefix = target.org === undefined ? "okta-drift" : `okta-drift [${target.org}]`;
  return OktaAdmin.connect({
    orgUrl: target.url,
    credentials,
    log: (message) => io.stderr.write(`${prefix}: ${message}\n`),
  });
}
