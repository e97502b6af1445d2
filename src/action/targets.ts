import * as core from "@actions/core";
import { UserError } from "../errors.js";
import { type AdminGateway, OktaAdmin } from "../okta/admin.js";
import { parseOrgUrl } from "../okta/client.js";
import { oktaCredentials } from "../okta/credentials.js";
import { credentialsFromEnv } from "../settings.js";
import type { LoadedSpec } from "../spec/load.js";
import { chooseOrgs, orgVariableSuffix, specForOrg } from "../spec/orgs.js";
import type { ActionSettings } from "./inputs.js";

/** One org a run works on: where it is, the spec as it sees it, and how to reach its admin API. */
export interface OrgTarget {
  /** The name under the spec's orgs; undefined for a plain spec. */
  org: string | undefined;
  url: URL;
  loaded: LoadedSpec;
  /** Undefined without credentials; `missing` then says which to give. */
  admin: AdminGateway | undefined;
  missing: string;
}

/**
 * The orgs this run works on, each with its view of the spec and its admin gateway (undefined
 * when there are no credentials: `missing` says which to set). A plain spec: the org of the
 * okta-org-url input. A many-org spec: the org input's orgs (or its only one), each at the
 * spec's url (okta-org-url may replace it for one org), with the credential inputs for one org
 * or OKTA_API_TOKEN_<ORG> (or OKTA_CLIENT_ID_<ORG> and OKTA_PRIVATE_KEY_<ORG>) from env.
 */
export function orgTargets(settings: ActionSettings, loaded: LoadedSpec): OrgTarget[] {
  const access = settings.command === "apply" ? "write" : "read";
  const choice = chooseOrgs(
    loaded.spec,
    settings.orgs === "all" ? { all: true } : settings.orgs === undefined ? {} : { names: settings.orgs },
  );
  switch (choice.problem?.kind) {
    case "no-orgs":
      throw new UserError(`input org: ${settings.specFile} defines no orgs; give okta-org-url instead`);
    case "ambiguous":
      throw new UserError(
        `${settings.specFile} serves ${choice.problem.defined.length} orgs (${choice.problem.defined.join(", ")}): set the org input to one of them${settings.command === "plan" ? ", or to all" : ""}`,
      );
    case "unknown":
      throw new UserError(
        `input org: ${settings.specFile} defines no org "${choice.problem.name}" (it has ${choice.problem.defined.join(", ")})`,
      );
  }
  const names = choice.orgs!;
  if (names.length === 0) {
    const { orgUrl } = settings;
    if (!orgUrl) throw new UserError("input okta-org-url is required (e.g. https://example.okta.com)");
    return [connect(undefined, orgUrl, loaded, settings, access)];
  }
  const single = names.length === 1;
  if (!single && (settings.orgUrl || settings.apiToken || settings.serviceApp))
    throw new UserError(
      "okta-org-url, okta-api-token, okta-client-id and okta-private-key are one org's: with several orgs, each org's url comes from the spec and its credentials from env (OKTA_API_TOKEN_<ORG>)",
    );
  return names.map((org) => {
    const s = orgVariableSuffix(org);
    const url = confirmedUrl(
      org,
      loaded,
      single ? settings.orgUrl : undefined,
      settings.env[`OKTA_ORG_URL_${s}`],
    );
    const fromEnv = credentialsFromEnv(settings.env, s);
    const inputs = single && (settings.apiToken || settings.serviceApp) ? settings : fromEnv;
    return connect(org, url, specForOrg(loaded, org), inputs, access);
  });
}

/**
 * An org's URL as the workflow confirms it. The spec comes from the branch being planned, so
 * a pull request could point orgs.prod.url anywhere; credentials go only to the URL the
 * workflow itself names (okta-org-url for one org, or OKTA_ORG_URL_<ORG>), and a spec that
 * says otherwise is refused before anything is sent.
 */
function confirmedUrl(
  org: string,
  loaded: LoadedSpec,
  input: URL | undefined,
  variable: string | undefined,
): URL {
  const s = orgVariableSuffix(org);
  const fromSpec = parseOrgUrl(loaded.spec.orgs.get(org)!.url);
  const given = input ?? (variable ? parseOrgUrl(variable) : undefined);
  if (!given)
    throw new UserError(
      `org ${org}: set OKTA_ORG_URL_${s} (or okta-org-url, for one org) in the workflow to ${fromSpec.origin}; the Action sends ${org}'s credentials only to a URL the workflow names, not to one a branch's spec says`,
    );
  if (given.origin !== fromSpec.origin)
    throw new UserError(
      `org ${org}: the spec says ${fromSpec.origin} but the workflow says ${given.origin}; nothing was sent (change one of them)`,
    );
  return given;
}

function connect(
  org: string | undefined,
  orgUrl: URL,
  loaded: LoadedSpec,
  secrets: Pick<ActionSettings, "apiToken" | "serviceApp">,
  access: "read" | "write",
): OrgTarget {
  const credentials = oktaCredentials(orgUrl, secrets, access);
  const log = (m: string) => core.info(org === undefined ? m : `[${org}] ${m}`);
  const s = org === undefined ? "" : `_${orgVariableSuffix(org)}`;
  return {
    org,
    url: orgUrl,
    loaded,
    admin: credentials && OktaAdmin.connect({ orgUrl, credentials, log }),
    missing:
      org === undefined
        ? "input okta-api-token (or okta-client-id and okta-private-key) is required"
        : `no Okta credentials for org ${org}: give okta-api-token (one org per step), or set OKTA_API_TOKEN${s} (or OKTA_CLIENT_ID${s} and OKTA_PRIVATE_KEY${s}) in the step's env`,
  };
}
