import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  OKTA_HELP,
  OKTA_OPTIONS,
  hasOktaCredentials,
  oktaAdmin,
  orgTargets,
  smoke
} from "./chunk-FIOG37SW.js";
import "./chunk-JMQYM5OC.js";
import {
  formatOption,
  specFileOption
} from "./chunk-GVBA5SDU.js";
import {
  DEFAULTS,
  orgVariableSuffix,
  readSpecFile
} from "./chunk-OCDX2CVE.js";
import {
  Secret
} from "./chunk-YI5LMORW.js";
import "./chunk-R3L2FULU.js";
import "./chunk-BJWWQOQD.js";
import "./chunk-ITESICWW.js";
import "./chunk-7YQFARGX.js";
import {
  EXIT
} from "./chunk-4MP7JDIM.js";
import {
  OAuthClient
} from "./chunk-EGRNYFG2.js";
import "./chunk-YZTESDR2.js";
import "./chunk-VVA3I4Z3.js";
import "./chunk-TCHIGGQM.js";
import "./chunk-RQZC4SAM.js";
import {
  UserError
} from "./chunk-GF2GQFVC.js";
import "./chunk-EDFCNIIM.js";
import {
  printable
} from "./chunk-YPXYFTOR.js";
import "./chunk-TB6QAKHI.js";

// src/report/smoke.ts
var LABEL = { pass: "PASS ", fail: "FAIL ", error: "ERROR" };
function show(value) {
  if (value === void 0) return "(absent)";
  return printable(Array.isArray(value) ? `[${value.join(", ")}]` : String(value));
}
function smokeTextReport(results, claimOf) {
  const lines = [];
  for (const r of results) {
    lines.push(`${LABEL[r.status]} ${printable(r.name)}`);
    if (r.claims) {
      const c = r.claims;
      lines.push(
        `      sub=${show(c.sub)} aud=${show(c.aud)} scp=${show(c.scp)} ${printable(claimOf(r.name))}=${show(c.value)} jti=${show(c.jti)}`
      );
    }
    for (const p of r.problems) lines.push(`      ${printable(p)}`);
  }
  const count = (s) => results.filter((r) => r.status === s).length;
  lines.push("", `${count("pass")} passed, ${count("fail")} failed, ${count("error")} errored`);
  return `${lines.join("\n")}
`;
}

// src/smoke/secrets.ts
function secretsFromEnv(test, env) {
  const read = (name, what) => {
    if (name === void 0) return void 0;
    const value = env[name];
    if (value === void 0 || value === "")
      throw new UserError(`smoke test "${test.name}": the environment variable ${name} (${what}) is not set`);
    return value;
  };
  const clientSecret = read(test.clientSecretEnv, "the client secret");
  const privateKey = read(test.privateKeyEnv, "the private key");
  const password = read(test.passwordEnv, "the password");
  const username = read(test.usernameEnv, "the username");
  return {
    ...clientSecret === void 0 ? {} : { clientSecret: new Secret(clientSecret) },
    ...privateKey === void 0 ? {} : { privateKey: new Secret(privateKey) },
    ...password === void 0 ? {} : { password: new Secret(password) },
    ...username === void 0 ? {} : { username }
  };
}
function envForOrg(env, suffix) {
  const view = /* @__PURE__ */ Object.create(null);
  Object.assign(view, env);
  const end = `_${suffix}`;
  for (const [name, value] of Object.entries(env))
    if (name.endsWith(end) && name.length > end.length && value !== void 0)
      view[name.slice(0, -end.length)] = value;
  return view;
}

// src/cli/smoke.ts
var smokeCommand = {
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
    ...OKTA_OPTIONS
  },
  async run(values, io) {
    const format = formatOption(values, ["text", "json"]);
    const target = orgTargets(await readSpecFile(specFileOption(values)), values, io)[0];
    const { loaded } = target;
    const env = target.org === void 0 ? io.env : envForOrg(io.env, orgVariableSuffix(target.org));
    for (const test of loaded.spec.smokeTests)
      for (const name of [test.clientSecretEnv, test.passwordEnv, test.privateKeyEnv])
        if (name) io.secrets?.add(env[name]);
    const admin = hasOktaCredentials(target) ? oktaAdmin(target, io) : void 0;
    const results = await smoke(
      loaded,
      { oauth: new OAuthClient(target.url), admin, secrets: (test) => secretsFromEnv(test, env) },
      values.test
    );
    if (format === "json") io.stdout.write(`${JSON.stringify({ results }, null, 2)}
`);
    else
      io.stdout.write(
        smokeTextReport(
          results,
          (name) => loaded.spec.smokeTests.find((t) => t.name === name)?.claim ?? "claim"
        )
      );
    if (results.some((r) => r.status === "error")) return EXIT.error;
    return results.some((r) => r.status === "fail") ? EXIT.drift : EXIT.ok;
  }
};
export {
  smokeCommand
};
