import { printable } from "../printable.js";

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/;
/** The domains of Okta's own orgs (production, preview, EMEA, US government). */
const OKTA_DOMAINS = "(okta|oktapreview|okta-emea|okta-gov)\\.com";
const ADMIN_HOST = new RegExp(`^([a-z0-9-]+)-admin\\.${OKTA_DOMAINS}$`, "i");

/**
 * What is wrong with an Okta org URL, or undefined when it is one: https (plain http only on
 * this machine, for the embedded tenant), just an origin (no path, query, fragment or
 * userinfo, which would send credentials where the URL's reader does not expect), and not the
 * admin console's host. Pure, so the spec's checks and the client share it.
 */
export function orgUrlProblem(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return `the org URL "${printable(raw)}" is not a URL (expected e.g. https://example.okta.com)`;
  }
  const loopback = LOOPBACK.test(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && loopback))
    return `the org URL must use https (plain http is only allowed for 127.0.0.1 and localhost), not ${url.protocol.replace(/:$/, "")}: ${printable(`${url.protocol}//${url.host}${url.pathname}`)}`;
  const admin = ADMIN_HOST.exec(url.hostname);
  if (admin)
    return `${url.host} is the admin console's host; the org URL is https://${admin[1]}.${admin[2]}.com (without -admin)`;
  if (url.pathname !== "/" || url.search || url.hash || url.username || url.password)
    return `the org URL must be just the org's origin, e.g. https://example.okta.com, not ${printable(`${url.protocol}//${url.host}${url.pathname}`)}${url.search || url.hash || url.username ? " (with a query, fragment or user)" : ""}`;
  return undefined;
}

/** Okta's own org domains, where only Okta answers (an org of someone else refuses a token). */
const OKTA_DOMAIN = new RegExp(`^[a-z0-9-]+\\.${OKTA_DOMAINS}$`, "i");

/**
 * Whether an org URL is one a spec may name without the runner confirming it: on Okta's own
 * domains, or this machine (the embedded tenant). Elsewhere (a custom domain, or any host a
 * branch's spec could point at to collect credentials) the runner must name it too.
 */
export function isOktaOrLocalOrigin(url: URL): boolean {
  return OKTA_DOMAIN.test(url.hostname) || LOOPBACK.test(url.hostname);
}
