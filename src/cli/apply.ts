import { apply } from "../engine.js";
import { readSpecFile } from "../read-spec.js";
import { applyJsonReport, applyTextReport } from "../report/apply.js";
import { DEFAULTS, maxChangesSetting, planHashSetting } from "../settings.js";
import { type Command, EXIT } from "./io.js";
import { OKTA_HELP, OKTA_OPTIONS, oktaAdmin, orgTargets } from "./okta-settings.js";
import { formatOption, specFileOption } from "./options.js";

export const applyCommand: Command = {
  help: `Usage: okta-drift apply [--spec FILE] [--org-url URL | --org NAME] [--plan-hash H] [--prune] [--dry-run]
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
  --spec FILE         the spec (default: ${DEFAULTS.specFile})
  --plan-hash H       apply only if the plan is still the one with this hash (from plan);
                      with orgs, each org's plan has its own hash: pass the one of --org
  --prune             allow the deletes the plan holds (servers with prune: true)
  --dry-run           print the requests that would be sent (secrets masked); send nothing
  --max-changes N     refuse a plan changing more than N resources (default ${DEFAULTS.maxChanges})
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
    const maxChanges = maxChangesSetting(values["max-changes"] as string | undefined, "--max-changes");
    const planHash = planHashSetting(values["plan-hash"] as string | undefined, "--plan-hash");
    const loaded = await readSpecFile(specFileOption(values));
    // One org at a time: an apply to prod is its own decision, with prod's reviewed hash.
    const target = orgTargets(loaded, values, io)[0]!;
    const outcome = await apply(target.loaded, oktaAdmin(target, io, "write"), {
      maxChanges,
      prune: values.prune === true,
      planHash,
      dryRun: values["dry-run"] === true,
      log: (message) => io.stderr.write(`okta-drift: ${message}\n`),
    });
    io.stdout.write(
      format === "json" ? `${JSON.stringify(applyJsonReport(outcome), null, 2)}\n` : applyTextReport(outcome),
    );
    return outcome.failed.length > 0 ? EXIT.error : EXIT.ok;
  },
};
