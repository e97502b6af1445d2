import { writeFile } from "node:fs/promises";
import { plan as planEngine } from "../engine.js";
import { UserError } from "../errors.js";
import { failsRun } from "../model/lint.js";
import type { Plan } from "../model/plan.js";
import { readSpecFile } from "../read-spec.js";
import { jsonReport } from "../report/json.js";
import { countOf } from "../report/lint.js";
import { markdownReport } from "../report/markdown.js";
import { sarifReport } from "../report/sarif.js";
import { textReport } from "../report/text.js";
import { DEFAULTS, impactMaxUsersSetting, impactSetting } from "../settings.js";
import { type CliIo, type Command, EXIT } from "./io.js";
import { OKTA_HELP, OKTA_OPTIONS, oktaAdmin } from "./okta-settings.js";
import { formatOption, specFileOption } from "./options.js";

const FORMATS = ["text", "markdown", "json", "sarif"] as const;
type Format = (typeof FORMATS)[number];

export const planCommand: Command = {
  help: `Usage: okta-drift plan [--spec FILE] [--org-url URL] [--format text|markdown|json|sarif] [--out FILE]

Reads what the spec references from Okta (nothing else) and reports how Okta differs from the
spec. Writes nothing to Okta. The report goes to stdout (or --out); progress and warnings go to
stderr, so --format json | jq always works.

Options:
  --spec FILE         the spec (default: ${DEFAULTS.specFile})
  --format F          text (default), markdown, json or sarif
  --out FILE          write the report to FILE instead of stdout
  --impact users      also list the members of the groups a change moves: who gains and
                      loses a group in each claim, and every user in more allowlisted groups
                      than a claim's limit (an error: their token request fails)
  --impact groups     also list the tenant's groups once, so a GROUPS claim's CONTAINS or
                      REGEX filter shows the groups it matches (STARTS_WITH and EQUALS
                      are found by a search without it); both: --impact users,groups
  --impact-max-users N  members listed per group at most (default ${DEFAULTS.impactMaxUsers}); the
                      report says where it stopped
${OKTA_HELP}

The report includes claim lint (okta-drift rules lists the rules).

Exit codes: 0 no drift, 2 drift, 1 error (bad spec, a claim lint error, auth failure, API
failure). Lint warnings never change the exit code.`,
  options: {
    spec: { type: "string" },
    format: { type: "string" },
    out: { type: "string" },
    impact: { type: "string" },
    "impact-max-users": { type: "string" },
    ...OKTA_OPTIONS,
  },
  async run(values, io) {
    const format = formatOption(values, FORMATS);
    const file = specFileOption(values);
    const loaded = await readSpecFile(file);
    const okta = oktaAdmin(values, io);
    const impact = impactSetting(values.impact as string | undefined, "--impact");
    const maxUsers = impactMaxUsersSetting(
      values["impact-max-users"] as string | undefined,
      "--impact-max-users",
    );
    const { plan } = await planEngine(loaded, okta, {
      ...(impact.users ? { impactUsers: { maxUsers } } : {}),
      impactGroups: impact.groups,
    });
    const report = render(plan, format, file, io, typeof values.out === "string");
    if (typeof values.out === "string")
      await writeFile(values.out, report).catch((error: NodeJS.ErrnoException) => {
        throw new UserError(
          `cannot write the report to ${values.out}: ${error.code === "ENOENT" ? "its folder does not exist" : (error.code ?? error.message)}`,
        );
      });
    else io.stdout.write(report);
    const s = okta.stats;
    io.stderr.write(
      `okta-drift: ${plan.changes.length === 0 ? "no drift" : `${plan.changes.length} change(s)`}; ${s.requests} request(s) to ${okta.orgUrl.host}${s.retries ? `, ${s.retries} retried` : ""}${s.rateLimited ? `, ${s.rateLimited} rate-limited` : ""}\n`,
    );
    if (failsRun(plan.findings)) {
      io.stderr.write(`okta-drift: claim lint: ${countOf(plan.findings)}\n`);
      return EXIT.error;
    }
    return plan.changes.length === 0 ? EXIT.ok : EXIT.drift;
  },
};

function render(plan: Plan, format: Format, specFile: string, io: CliIo, toFile: boolean): string {
  switch (format) {
    case "json":
      return `${JSON.stringify(jsonReport(plan), null, 2)}\n`;
    case "sarif":
      return `${JSON.stringify(sarifReport(plan), null, 2)}\n`;
    case "markdown":
      return markdownReport(plan, {
        specFile,
        applyHint: `To apply: \`okta-drift apply --spec ${specFile} --plan-hash ${plan.hash}\``,
      });
    case "text":
      return textReport(plan, { color: !toFile && io.stdout.isTTY === true });
  }
}
