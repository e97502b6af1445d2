import { UserError } from "../errors.js";
import { Secret } from "../secret.js";
import type { SmokeTestSpec } from "../spec/model.js";
import type { SmokeSecrets } from "./run.js";

/**
 * A test's secrets, from the environment variables it names. The shells pass their
 * environment in; a missing variable is an error that names it (never a value).
 */
export function secretsFromEnv(test: SmokeTestSpec, env: Record<string, string | undefined>): SmokeSecrets {
  const read = (name: string | undefined, what: string) => {
    if (name === undefined) return undefined;
    const value = env[name];
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

/**
 * The environment as an org's smoke tests read it: NAME_<ORG> where it is set, else NAME. A
 * copy without a prototype, so a variable name from the spec only ever finds a variable.
 */
export function envForOrg(
  env: Record<string, string | undefined>,
  suffix: string,
): Record<string, string | undefined> {
  const view: Record<string, string | undefined> = Object.create(null);
  Object.assign(view, env);
  const end = `_${suffix}`;
  for (const [name, value] of Object.entries(env))
    if (name.endsWith(end) && name.length > end.length && value !== undefined)
      view[name.slice(0, -end.length)] = value;
  return view;
}
