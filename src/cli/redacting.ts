import { Redactor } from "../secret.js";
import type { CliIo, Output } from "./io.js";

/**
 * The io with stdout and stderr through a redactor of the run's known secrets (the Okta
 * tokens and keys in the environment): whatever a command prints, no known secret reaches a
 * terminal, a log or a report, even one echoed back from a mistyped command line.
 */
export function redactingIo(given: CliIo): CliIo {
  const secrets = new Redactor();
  for (const [name, value] of Object.entries(given.env))
    if (/^OKTA_(API_TOKEN|PRIVATE_KEY)(_[A-Z0-9_]+)?$/.test(name)) secrets.add(value);
  const redacting = (out: Output): Output => ({
    write: (text: string) => out.write(secrets.redact(String(text))),
    ...(out.isTTY === undefined ? {} : { isTTY: out.isTTY }),
  });
  return { ...given, stdout: redacting(given.stdout), stderr: redacting(given.stderr), secrets };
}
