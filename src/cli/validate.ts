import { SpecError } from "../errors.js";
import { readSpecFile } from "../read-spec.js";
import { DEFAULTS } from "../settings.js";
import { type Command, EXIT } from "./io.js";
import { specFileOption } from "./options.js";

export const validateCommand: Command = {
  help: `Usage: okta-drift validate [--spec FILE]

Checks a spec without contacting Okta: its schema, its claim expressions and its references.
Prints every problem, one per line, as file:line:col field: message.

Options:
  --spec FILE   the spec (default: ${DEFAULTS.specFile})

Exit codes: 0 valid, 1 invalid.`,
  options: { spec: { type: "string" } },
  async run(values, io) {
    const file = specFileOption(values);
    try {
      const { spec } = await readSpecFile(file);
      const counts = `${spec.apps.length} apps, ${spec.authorizationServers.length} authorization servers, ${spec.smokeTests.length} smoke tests`;
      io.stderr.write(`${file}: valid (${counts})\n`);
      return EXIT.ok;
    } catch (error) {
      if (!(error instanceof SpecError)) throw error;
      io.stdout.write(`${error.message}\n`);
      io.stderr.write(`${file}: ${error.problems.length} problem${error.problems.length === 1 ? "" : "s"}\n`);
      return EXIT.error;
    }
  },
};
