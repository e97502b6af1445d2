import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  changeName
} from "./chunk-7PITNFYO.js";
import {
  OKTA_HELP,
  OKTA_OPTIONS,
  apply,
  oktaAdmin,
  orgTargets
} from "./chunk-FIOG37SW.js";
import "./chunk-JMQYM5OC.js";
import {
  formatOption,
  specFileOption
} from "./chunk-GVBA5SDU.js";
import {
  DEFAULTS,
  maxChangesSetting,
  planHashSetting,
  readSpecFile
} from "./chunk-OCDX2CVE.js";
import "./chunk-YI5LMORW.js";
import "./chunk-R3L2FULU.js";
import "./chunk-BJWWQOQD.js";
import "./chunk-ITESICWW.js";
import "./chunk-7YQFARGX.js";
import {
  EXIT
} from "./chunk-4MP7JDIM.js";
import "./chunk-EGRNYFG2.js";
import "./chunk-YZTESDR2.js";
import "./chunk-VVA3I4Z3.js";
import "./chunk-TCHIGGQM.js";
import "./chunk-RQZC4SAM.js";
import "./chunk-GF2GQFVC.js";
import "./chunk-EDFCNIIM.js";
import "./chunk-YPXYFTOR.js";
import "./chunk-TB6QAKHI.js";

// src/report/apply.ts
function describeWrite(write) {
  return `${write.method} ${write.path}  (${write.changes.map(changeName).join("; ")})`;
}
function applyTextReport(outcome) {
  const lines = [];
  if (outcome.writes.length === 0) {
    lines.push("Nothing to apply: Okta matches the spec.");
  } else if (outcome.shown) {
    lines.push(
      `Dry run: ${outcome.shown.length} request(s) would be sent (secrets masked); nothing was written.`
    );
    for (const { write, body } of outcome.shown) {
      lines.push("", describeWrite(write));
      if (body !== void 0) lines.push(JSON.stringify(body, null, 2));
    }
  } else {
    lines.push(
      outcome.failed.length > 0 ? "Apply stopped at a failure." : `Applied ${outcome.applied.length} write(s).`
    );
    for (const write of outcome.applied) lines.push(`  applied      ${describeWrite(write)}`);
    for (const { write, error } of outcome.failed) {
      lines.push(`  FAILED       ${describeWrite(write)}`);
      for (const line of error.message.split("\n")) lines.push(`               ${line}`);
    }
    for (const write of outcome.notAttempted) lines.push(`  not tried    ${describeWrite(write)}`);
    if (outcome.failed.length > 0)
      lines.push("", "Run apply again: it re-reads Okta and carries out what is still missing.");
  }
  lines.push("", `Plan hash: ${outcome.plan.hash}`);
  return `${lines.join("\n")}
`;
}
function applyJsonReport(outcome) {
  const row = (write) => ({
    method: write.method,
    path: write.path,
    changes: write.changes.map(changeName)
  });
  const dryRun = outcome.shown !== void 0;
  return {
    planHash: outcome.plan.hash,
    dryRun,
    applied: dryRun ? [] : outcome.applied.map(row),
    failed: outcome.failed.map(({ write, error }) => ({
      ...row(write),
      status: error.status ?? null,
      errorCode: error.errorCode ?? null,
      errorSummary: error.errorSummary,
      errorCauses: error.errorCauses.map((c) => c.errorSummary),
      requestId: error.requestId ?? null
    })),
    notAttempted: (dryRun ? outcome.writes : outcome.notAttempted).map(row),
    ...outcome.shown ? { requests: outcome.shown.map((s) => ({ ...row(s.write), body: s.body ?? null })) } : {}
  };
}

// src/cli/apply.ts
var applyCommand = {
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
    ...OKTA_OPTIONS
  },
  async run(values, io) {
    const format = formatOption(values, ["text", "json"]);
    const maxChanges = maxChangesSetting(values["max-changes"], "--max-changes");
    const planHash = planHashSetting(values["plan-hash"], "--plan-hash");
    const loaded = await readSpecFile(specFileOption(values));
    const target = orgTargets(loaded, values, io)[0];
    const outcome = await apply(target.loaded, oktaAdmin(target, io, "write"), {
      maxChanges,
      prune: values.prune === true,
      planHash,
      dryRun: values["dry-run"] === true,
      log: (message) => io.stderr.write(`okta-drift: ${message}
`)
    });
    io.stdout.write(
      format === "json" ? `${JSON.stringify(applyJsonReport(outcome), null, 2)}
` : applyTextReport(outcome)
    );
    return outcome.failed.length > 0 ? EXIT.error : EXIT.ok;
  }
};
export {
  applyCommand
};
