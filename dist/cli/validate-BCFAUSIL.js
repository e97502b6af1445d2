import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  DEFAULTS,
  specFileOption
} from "./chunk-XBAC2AGD.js";
import {
  readSpecFile
} from "./chunk-P6UB7FDP.js";
import "./chunk-E23DGZL2.js";
import "./chunk-LAQRLFMM.js";
import {
  SpecError
} from "./chunk-H4BAEU2E.js";
import "./chunk-7HFIG22D.js";
import {
  EXIT
} from "./chunk-6E7DBK6M.js";

// src/cli/validate.ts
var validateCommand = {
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
      io.stderr.write(`${file}: valid (${counts})
`);
      return EXIT.ok;
    } catch (error) {
      if (!(error instanceof SpecError)) throw error;
      io.stdout.write(`${error.message}
`);
      io.stderr.write(`${file}: ${error.problems.length} problem${error.problems.length === 1 ? "" : "s"}
`);
      return EXIT.error;
    }
  }
};
export {
  validateCommand
};
