import { applyPlan } from "../apply/apply.js";
import { planWithState } from "../engine.js";
import { UserError } from "../errors.js";
import { readSpecFile, specPath } from "../read-spec.js";
import { applyJsonReport, applyTextReport } from "../report/apply.js";
import type { Command } from "./commands.js";
import { EXIT } from "./io.js";
import { formatOption, OKTA_HELP, OKTA_OPTIONS, oktaClient } from "./okta-settings.js";

export const DEFAULT_MAX_CHANGES = 100;

export const applyCommand: Command = {
  usage: "apply --spec FILE [--plan-hash H] [--prune] [--dry-run]",
  summary: "make Okta match the spec (re-reads Okta first)",
  help: `Usage: okta-drift apply [--spec FILE] [--org-url URL] [--plan-hash H] [--prune] [--dry-run]
                        [--max-changes N] [--format text|json]

Re-reads Okta, recomputes the plan and carries it out: app profiles are written whole with
only the managed keys changed (everything else, the client secret included, stays as it is),
claims are created or replaced. Claims the spec does not list are deleted only on servers
whose spec says prune: true, and only when --prune is given too. A second apply right after
writes nothing.

When a write fails midway, apply stops starting new ones, reports what was applied, what
failed (with Okta's error and request id) and what was not tried, and exits 1; running it
again finishes the job. A write whose answer was lost is checked by a read before it is sent
again.

Options:
  --spec FILE         the spec (default: okta-drift.yml)
  --plan-hash H       apply only if the plan is still the one with this hash (from plan)
  --prune             allow the deletes the plan holds (servers with prune: true)
  --dry-run           print the requests that would be sent (secrets masked); send nothing
  --max-changes N     refuse a plan changing more than N resources (default ${DEFAULT_MAX_CHANGES})
  --format F          text (default) or json
${OKTA_HELP}

Exit codes: 0 applied (or nothing to do, or a dry run), 1 refused or failed.`,
  options: {
    spec: { type: "string" },
    "plan-hash": { type: "string" },
    prune: { type: "boolean" },
    "dry-run": { type: "boolean" },
    "max-changes": { type: "string" },
    format: { type: "string" },
    ...OKTA_OPTIONS,
  },
  async run(values, io) {
    const format = formatOption(values, ["text", "json"] as const);
    const maxChanges =
      values["max-changes"] === undefined ? DEFAULT_MAX_CHANGES : Number(values["max-changes"]);
    if (!Number.isInteger(maxChanges) || maxChanges < 0)
      throw new UserError(`--max-changes must be a whole number, not "${values["max-changes"]}"`);
    const planHash = values["plan-hash"] as string | undefined;
    if (planHash !== undefined && !/^[0-9a-f]{64}$/.test(planHash))
      throw new UserError(
        `--plan-hash must be the 64-character hash okta-drift plan prints, not "${planHash}"`,
      );

    const loaded = await readSpecFile(specPath(values));
    const client = oktaClient(values, io, "write");
    const prune = values.prune === true;
    const { plan, live } = await planWithState(loaded, client);
    const outcome = await applyPlan(client, plan, live, {
      maxChanges,
      prune,
      dryRun: values["dry-run"] === true,
      ...(planHash === undefined ? {} : { planHash }),
      log: (message) => io.stderr.write(`okta-drift: ${message}\n`),
    });
    io.stdout.write(
      format === "json" ? `${JSON.stringify(applyJsonReport(outcome), null, 2)}\n` : applyTextReport(outcome),
    );
    return outcome.failed.length > 0 ? EXIT.error : EXIT.ok;
  },
};
