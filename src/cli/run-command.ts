import { parseArgs } from "node:util";
import { SpecError, UserError } from "../errors.js";
import { type CliIo, type Command, EXIT } from "./io.js";
import { redactingIo } from "./redacting.js";

/** What is wrong with the options, in one line; secrets passed as flags get the variable to use. */
function optionProblem(args: string[], message: string): string {
  const flag = args.find((a) => /^--(api-token|token|okta-api-token|private-key|client-secret)(=|$)/.test(a));
  if (flag)
    return `${flag.split("=")[0]} is not an option: secrets are never flags (they would show in process lists and shell history); set OKTA_API_TOKEN, or OKTA_CLIENT_ID and OKTA_PRIVATE_KEY`;
  return message.split("\n")[0]!.replace(/\. To specify a positional argument.*$/, "");
}

/**
 * Runs one command with its arguments and returns its exit code; never calls process.exit.
 * Its options are checked first (an unknown one is a one-line error), `--help` prints its
 * help, and an error the user can act on is one line, never a stack trace.
 */
export async function runCommand(
  name: string,
  command: Command,
  args: string[],
  given: CliIo,
): Promise<number> {
  // Whatever a command prints goes through the redactor: no known secret reaches a terminal.
  const io = redactingIo(given);
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args,
      options: { ...command.options, help: { type: "boolean" } },
      strict: true,
    }));
  } catch (error) {
    io.stderr.write(
      `okta-drift ${name}: ${optionProblem(args, (error as Error).message)}; see okta-drift ${name} --help\n`,
    );
    return EXIT.error;
  }
  if (values.help) {
    io.stdout.write(`${command.help}\n`);
    return EXIT.ok;
  }
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
