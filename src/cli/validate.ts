import { SpecError } from "../errors.js";
import { lintSpec } from "../lint/lint.js";
import { failsRun } from "../model/lint.js";
import { readSpecFile } from "../read-spec.js";
import { countOf, findingLine } from "../report/lint.js";
import { DEFAULTS } from "../settings.js";
import { specForOrg } from "../spec/orgs.js";
import { type Command, EXIT } from "./io.js";
import { specFileOption } from "./options.js";

export const validateCommand: Command = {
  help: `Usage: okta-drift validate [--spec FILE]

Checks a spec without contacting Okta: its schema, its claim expressions and its references,
then the claim lint rules that need no tenant (okta-drift rules lists them; plan runs the
rest). Prints every problem, one per line, as file:line:col field: message, and every
finding as file:line:col severity rule: message.

Options:
  --spec FILE   the spec (default: ${DEFAULTS.specFile})

Exit codes: 0 valid (warnings never change it), 1 invalid or a lint error.`,
  options: { spec: { type: "string" } },
  async run(values, io) {
    const file = specFileOption(values);
    try {
      const loaded = await readSpecFile(file);
      const { spec } = loaded;
      const counts = `${spec.apps.length} apps, ${spec.authorizationServers.length} authorization servers, ${spec.smokeTests.length} smoke tests${spec.orgs.size > 0 ? `, ${spec.orgs.size} orgs` : ""}`;
      // The lint rules that need no tenant (plan runs the rest), on each org's view of a
      // many-org spec: an override is linted where it applies. One finding per place.
      const views =
        spec.orgs.size === 0 ? [loaded] : [...spec.orgs.keys()].map((org) => specForOrg(loaded, org));
      const seen = new Set<string>();
      const findings = views
        .flatMap(lintSpec)
        .filter((f) => {
          const key = findingLine(f);
          return !seen.has(key) && seen.add(key) !== undefined;
        })
        .sort((a, b) => a.spec.line - b.spec.line || a.spec.col - b.spec.col);
      for (const f of findings) io.stdout.write(`${findingLine(f)}\n`);
      if (failsRun(findings)) {
        io.stderr.write(`${file}: claim lint: ${countOf(findings)}\n`);
        return EXIT.error;
      }
      io.stderr.write(
        `${file}: valid (${counts})${findings.length > 0 ? `; claim lint: ${countOf(findings)}` : ""}\n`,
      );
      return EXIT.ok;
    } catch (error) {
      if (!(error instanceof SpecError)) throw error;
      io.stdout.write(`${error.message}\n`);
      io.stderr.write(`${file}: ${error.problems.length} problem${error.problems.length === 1 ? "" : "s"}\n`);
      return EXIT.error;
    }
  },
};
