import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  RULES
} from "./chunk-BJWWQOQD.js";
import {
  EXIT
} from "./chunk-4MP7JDIM.js";
import "./chunk-TB6QAKHI.js";

// src/cli/rules.ts
var rulesCommand = {
  help: `Usage: okta-drift rules

Lists the claim lint rules: each one's ID (a spec item silences a rule with
lint: { ignore: [{ rule: ID, reason: ... }] }), its severity, why it matters and how to fix it.
"offline" rules run in validate; "tenant" rules need what plan reads from Okta.

Exit codes: 0.`,
  options: {},
  async run(_values, io) {
    for (const [id, rule] of Object.entries(RULES))
      io.stdout.write(
        `${id}  (${rule.severity}, ${rule.tenant ? "tenant" : "offline"})
  why: ${rule.why}
  fix: ${rule.fix}

`
      );
    return EXIT.ok;
  }
};
export {
  rulesCommand
};
