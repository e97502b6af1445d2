import { smoke } from "../engine.js";
import { OAuthClient } from "../okta/oauth.js";
import { readSpecFile } from "../read-spec.js";
import { smokeTextReport } from "../report/smoke.js";
import { DEFAULTS } from "../settings.js";
import { envForOrg, secretsFromEnv } from "../smoke/secrets.js";
import { orgVariableSuffix } from "../spec/orgs.js";
import { type Command, EXIT } from "./io.js";
import { hasOktaCredentials, OKTA_HELP, OKTA_OPTIONS, oktaAdmin, orgTargets } from "./okta-settings.js";
import { formatOption, specFileOption } from "./options.js";

export const smokeCommand: Command = {
  help: `Usage: okta-drift smoke [--spec FILE] [--test NAME] [--org-url URL | --org NAME] [--format text|json]

For each smoke test of the spec (or the one named): obtains a token from the authorization
server by the test's grant (password; authorization_code without a browser, through the
Authentication API, /v1/authorize with prompt=none and PKCE; client_credentials), verifies it
against the server's published keys (RS256 only; issuer, audience, expiry, the ID token's
nonce), then checks the claim against the test's expectations and the claim's limit.

Secrets come only from the environment variables the spec names (clientSecretEnv,
privateKeyEnv, usernameEnv, passwordEnv); with --org, NAME_<ORG> is read first (e.g.
SMOKE_PASSWORD_PROD), then NAME. A test with orgs: runs only in those orgs. Tokens,
passwords and secrets are never printed; the decoded sub, aud, scp, the claim and the
token's jti are.

Options:
  --spec FILE         the spec (default: ${DEFAULTS.specFile})
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
    const format = formatOption(values, ["text", "json"] as const);
    const target = orgTargets(await readSpecFile(specFileOption(values)), values, io)[0]!;
    const { loaded } = target;
    const env = target.org === undefined ? io.env : envForOrg(io.env, orgVariableSuffix(target.org));
    for (const test of loaded.spec.smokeTests)
      for (const name of [test.clientSecretEnv, test.passwordEnv, test.privateKeyEnv])
        if (name) io.secrets?.add(env[name]);
    const admin = hasOktaCredentials(target) ? oktaAdmin(target, io) : undefined;
    const results = await smoke(
      loaded,
      { oauth: new OAuthClient(target.url), admin, secrets: (test) => secretsFromEnv(test, env) },
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
