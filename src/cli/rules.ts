import { RULES } from "../lint/rules.js";
import { type Command, EXIT } from "./io.js";

export const rulesCommand: Command = {
  help: `Usage: okta-drift rules

Lists the claim lint rules: each one's ID (a spec item silences a rule with
lint: { ignore: [{ rule: ID, reason: ... }] }), its severity, why it matters and how to fix it.
"offline" rules run in validate; "tenant" rules need what plan reads from Okta.

Exit codes: 0.`,
  options: {},
  async run(_values, io) {
    for (const [id, rule] of Object.entries(RULES))
      io.stdout.write(
        `${id}  (${rule.severity}, ${rule.tenant ? "tenant" : "offline"})\n  why: ${rule.why}\n  fix: ${rule.fix}\n\n`,
      );
    return EXIT.ok;
  },
};
