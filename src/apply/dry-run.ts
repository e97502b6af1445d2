import type { ShownRequest, Write } from "../model/apply.js";
import { replaceAppBody } from "../okta/admin.js";
import type { Writer } from "./apply.js";
import { withProfile } from "./writes.js";

/** The writer of `--dry-run`: each request with its body (secrets masked), nothing sent. */
export class DryRunWriter implements Writer {
  readonly shown: ShownRequest[] = [];

  async write(write: Write): Promise<void> {
    this.shown.push({ write, body: maskSecrets(requestBody(write)) });
  }
}

/** The body as the gateway would send it, from what the plan read (a real apply re-reads the app). */
function requestBody(write: Write): unknown {
  switch (write.kind) {
    case "app":
      return replaceAppBody(withProfile(write.app, write.profile));
    case "claim-create":
    case "claim-replace":
      return write.desired;
    case "claim-delete":
      return undefined;
  }
}

/**
 * A request's body for the eyes of a person. Everything under `credentials` is masked but the
 * few settings Okta documents there that are no secret; anywhere else, a key that names a
 * secret is masked whatever its value's type, and so is any value shaped like one (a JWT, a
 * PEM key). So a hostile or unusual app (an `apiKey`, `password: {value}`, `sharedSecret: [...]`)
 * shows nothing secret.
 */
export function maskSecrets(value: unknown, underCredentials = false): unknown {
  if (Array.isArray(value)) return value.map((v) => maskSecrets(v, underCredentials));
  if (typeof value === "object" && value !== null)
    return Object.fromEntries(
      Object.entries(value).map(([key, v]) => {
        if (underCredentials) return [key, NOT_SECRET_IN_CREDENTIALS.has(key) ? v : maskSecrets(v, true)];
        if (key === "credentials") return [key, maskSecrets(v, true)];
        return [key, SECRET_KEY.test(key) ? MASK : maskSecrets(v)];
      }),
    );
  if (value === null || value === undefined || typeof value === "boolean") return value;
  if (underCredentials || (typeof value === "string" && SECRET_VALUE.test(value))) return MASK;
  return value;
}

const MASK = "***";
const SECRET_KEY =
  /secret|passw|private_?key|api_?key|credential|^(access_?|refresh_?|id_?|session_?|bearer_?)?token$/i;
const SECRET_VALUE = /^eyJ[\w-]+\.[\w-]+\.|-----BEGIN [A-Z ]*PRIVATE KEY-----|^SSWS /;
/** Settings under an app's credentials that Okta documents and that are no secret. */
const NOT_SECRET_IN_CREDENTIALS = new Set([
  "token_endpoint_auth_method",
  "autoKeyRotation",
  "pkce_required",
  "client_id",
  "userNameTemplate",
]);
