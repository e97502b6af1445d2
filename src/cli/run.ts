import { parseArgs } from "node:util";
import { SpecError, UserError } from "../errors.js";
import { Redactor } from "../secret.js";
import { VERSION } from "../version.js";
import { COMMANDS } from "./commands.js";
import { type CliIo, type Command, EXIT, type Output } from "./io.js";

const USAGE = `okta-drift ${VERSION}: keeps an Okta tenant's groups claims honest

Usage: okta-drift <command> [options]

Commands:
${Object.values(COMMANDS)
  .map((c) => `  ${c.usage.padEnd(64)} ${c.summary}`)
  .join("\n")}

Run okta-drift <command> --help for a command's options.
Exit codes: 0 ok, 1 error, 2 drift found (plan) or a smoke test failed (smoke).`;

/** What is wrong with the options, in one line; secrets passed as flags get the variable to use. */
function optionProblem(args: string[], message: string): string {
  const flag = args.find((a) => /^--(api-token|token|okta-api-token|private-key|client-secret)(=|$)/.test(a));
  if (flag)
    return `${flag.split("=")[0]} is not an option: secrets are never flags (they would show in process lists and shell history); set OKTA_API_TOKEN, or OKTA_CLIENT_ID and OKTA_PRIVATE_KEY`;
  return message.split("\n")[0]!.replace(/\. To specify a positional argument.*$/, "");
}

/** Runs one CLI invocation and returns its exit code; never calls process.exit. */
export async function runCli(argv: string[], given: CliIo): Promise<number> {
  // Whatever a command prints goes through the redactor: no known secret reaches a terminal.
  const secrets = new Redactor();
  for (const [name, value] of Object.entries(given.env))
    if (/^OKTA_(API_TOKEN|PRIVATE_KEY)(_[A-Z0-9_]+)?$/.test(name)) secrets.add(value);
  const redacting = (out: Output): Output => ({
    write: (text: string) => out.write(secrets.redact(String(text))),
    ...(out.isTTY === undefined ? {} : { isTTY: out.isTTY }),
  });
  const io: CliIo = { ...given, stdout: redacting(given.stdout), stderr: redacting(given.stderr), secrets };
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.stdout.write(`${USAGE}\n`);
    return name === undefined ? EXIT.error : EXIT.ok;
  }
  if (name === "--version") {
    io.stdout.write(`${VERSION}\n`);
    return EXIT.ok;
  }
  const entry = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!entry) {
    io.stderr.write(`okta-drift: unknown command "${name}"\n\n${USAGE}\n`);
    return EXIT.error;
  }
  const command: Command = await entry.load();
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: rest,
      options: { ...command.options, help: { type: "boolean" } },
      strict: true,
    }));
  } catch (error) {
    io.stderr.write(
      `okta-drift ${name}: ${optionProblem(rest, (error as Error).message)}; see okta-drift ${name} --help\n`,
    );
    return EXIT.error;
  }
  if (values.help) {
    io.stdout.write(`${command.help}\n`);
    return EXIT.ok;
  }
  given.loaded?.({ readsTenant: entry.readsTenant === true });
  try {
    return await command.run(values, io);
  } catch (error) {
    if (error instanceof SpecError || error instanceof UserError) {
      io.stderr.write(`okta-drift ${name}: ${error.message}\n`);
      return EXIT.error;
    }
    throw error;
  }
}
