import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  countOf,
  failsRun,
  findingLine
} from "./chunk-AE64PL6H.js";
import {
  specFileOption
} from "./chunk-GVBA5SDU.js";
import {
  DEFAULTS,
  lintSpec,
  readSpecFile,
  specForOrg
} from "./chunk-OCDX2CVE.js";
import "./chunk-YI5LMORW.js";
import "./chunk-R3L2FULU.js";
import "./chunk-BJWWQOQD.js";
import "./chunk-ITESICWW.js";
import "./chunk-7YQFARGX.js";
import {
  EXIT
} from "./chunk-4MP7JDIM.js";
import "./chunk-TCHIGGQM.js";
import "./chunk-RQZC4SAM.js";
import {
  SpecError
} from "./chunk-GF2GQFVC.js";
import "./chunk-EDFCNIIM.js";
import "./chunk-YPXYFTOR.js";
import "./chunk-TB6QAKHI.js";

// src/cli/validate.ts
var validateCommand = {
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
      const views = spec.orgs.size === 0 ? [loaded] : [...spec.orgs.keys()].map((org) => specForOrg(loaded, org));
      const seen = /* @__PURE__ */ new Set();
      const findings = views.flatMap(lintSpec).filter((f) => {
        const key = findingLine(f);
        return !seen.has(key) && seen.add(key) !== void 0;
      }).sort((a, b) => a.spec.line - b.spec.line || a.spec.col - b.spec.col);
      for (const f of findings) io.stdout.write(`${findingLine(f)}
`);
      if (failsRun(findings)) {
        io.stderr.write(`${file}: claim lint: ${countOf(findings)}
`);
        return EXIT.error;
      }
      io.stderr.write(
        `${file}: valid (${counts})${findings.length > 0 ? `; claim lint: ${countOf(findings)}` : ""}
`
      );
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
