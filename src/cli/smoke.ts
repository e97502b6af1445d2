import { UserError } from "../errors.js";
import { parseOrgUrl } from "../okta/client.js";
import { OAuthClient } from "../okta/oauth.js";
import { smokeTextReport } from "../report/smoke.js";
import { Secret } from "../secret.js";
import { runSmokeTests, type SmokeSecrets } from "../smoke/run.js";
import type { SmokeTestSpec } from "../spec/model.js";
import type { Command } from "./commands.js";
import { type CliIo, EXIT } from "./io.js";
import { OKTA_HELP, OKTA_OPTIONS, oktaClient } from "./okta-settings.js";
import { readSpecFile, specPath } from "./spec-file.js";

export const smokeCommand: Command = {
  usage: "smoke --spec FILE [--test NAME]",
  summary: "get real tokens, verify them, check the groups claim",
  help: `Usage: okta-drift smoke [--spec FILE] [--test NAME] [--org-url URL] [--format text|json]

For each smoke test of the spec (or the one named): obtains a token from the authorization
server by the test's grant (password; authorization_code without a browser, through the
Authentication API, /v1/authorize with prompt=none and PKCE; client_credentials), verifies it
against the server's published keys (RS256 only; issuer, audience, expiry, the ID token's
nonce), then checks the claim against the test's expectations and the claim's limit.

Secrets come only from the environment variables the spec names (clientSecretEnv,
privateKeyEnv, usernameEnv, passwordEnv). Tokens, passwords and secrets are never printed;
the decoded sub, aud, scp, the claim and the token's jti are.

Options:
  --spec FILE         the spec (default: okta-drift.yml)
  --test NAME         run only this smoke test
  --format F          text (default) or json
${OKTA_HELP}
                      (OKTA_API_TOKEN is needed only when the spec names a server by name,
                      an app by label, or leaves out a test's audience)

Exit codes: 0 all passed, 2 a test failed its expectations (or its token did not verify),
1 an error (Okta refused the grant, a variable is not set, ...).`,
  options: {
    spec: { type: "string" },
    test: { type: "string" },
    format: { type: "string" },
    ...OKTA_OPTIONS,
  },
  async run(values, io) {
    const format = values.format ?? "text";
    if (format !== "text" && format !== "json")
      throw new UserError(`--format must be text or json, not "${format}"`);
    const loaded = await readSpecFile(specPath(values));
    const raw = (values["org-url"] as string | undefined) ?? io.env.OKTA_ORG_URL;
    if (!raw) throw new UserError("no Okta org: pass --org-url or set OKTA_ORG_URL");
    const orgUrl = parseOrgUrl(raw);
    const admin = io.env.OKTA_API_TOKEN ? oktaClient(values, io) : undefined;
    const results = await runSmokeTests(
      loaded,
      { oauth: new OAuthClient(orgUrl), admin, secrets: (test) => secretsOf(test, io) },
      values.test as string | undefined,
    );
    if (format === "json") io.stdout.write(`${JSON.stringify({ results }, null, 2)}\n`);
    else
      io.stdout.write(
        smokeTextReport(
          results,
          (name) => loaded.spec.smokeTests.find((t) => t.name === name)?.claim ?? "claim",
        ),
      );
    if (results.some((r) => r.status === "error")) return EXIT.error;
    return results.some((r) => r.status === "fail") ? EXIT.drift : EXIT.ok;
  },
};

/** Reads a test's secrets from the variables it names; a missing one is an error naming it. */
function secretsOf(test: SmokeTestSpec, io: CliIo): SmokeSecrets {
  const read = (name: string | undefined, what: string) => {
    if (name === undefined) return undefined;
    const value = io.env[name];
    if (value === undefined || value === "")
      throw new UserError(`smoke test "${test.name}": the environment variable ${name} (${what}) is not set`);
    return value;
  };
  const clientSecret = read(test.clientSecretEnv, "the client secret");
  const privateKey = read(test.privateKeyEnv, "the private key");
  const password = read(test.passwordEnv, "the password");
  const username = read(test.usernameEnv, "the username");
  return {
    ...(clientSecret === undefined ? {} : { clientSecret: new Secret(clientSecret) }),
    ...(privateKey === undefined ? {} : { privateKey: new Secret(privateKey) }),
    ...(password === undefined ? {} : { password: new Secret(password) }),
    ...(username === undefined ? {} : { username }),
  };
}
