import { plan as planEngine } from "../engine.js";
import { SpecError, UserError } from "../errors.js";
import { failsRun } from "../model/lint.js";
import type { OrgPlan } from "../model/orgs.js";
import type { Plan } from "../model/plan.js";
import type { AdminGateway } from "../okta/admin.js";
import { readSpecFile } from "../read-spec.js";
import { jsonReport } from "../report/json.js";
import { countOf } from "../report/lint.js";
import { markdownReport } from "../report/markdown.js";
import { orgsJsonReport, orgsMarkdownReport, orgsSarifReport, orgsTextReport } from "../report/orgs.js";
import { sarifReport } from "../report/sarif.js";
import { textReport } from "../report/text.js";
import { DEFAULTS, impactMaxUsersSetting, impactSetting } from "../settings.js";
import { type CliIo, type Command, EXIT } from "./io.js";
import { OKTA_HELP, OKTA_OPTIONS, type OrgTarget, oktaAdmin, orgTargets } from "./okta-settings.js";
import { formatOption, specFileOption } from "./options.js";

const FORMATS = ["text", "markdown", "json", "sarif"] as const;
type Format = (typeof FORMATS)[number];

export const planCommand: Command = {
  help: `Usage: okta-drift plan [--spec FILE] [--org-url URL | --org NAME | --all-orgs]
                       [--format text|markdown|json|sarif] [--out FILE]

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
  --all-orgs          with a spec that has orgs: plan every org at once, each with its own
                      credentials; the report puts them side by side (a column per org) and
                      each org has its own plan hash; one org's failure is reported beside
                      the others' plans
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
    "all-orgs": { type: "boolean" },
  },
  async run(values, io) {
    const format = formatOption(values, FORMATS);
    const file = specFileOption(values);
    const loaded = await readSpecFile(file);
    const all = values["all-orgs"] === true;
    const targets = orgTargets(loaded, values, io, { all, allowAll: true });
    const impact = impactSetting(values.impact as string | undefined, "--impact");
    const maxUsers = impactMaxUsersSetting(
      values["impact-max-users"] as string | undefined,
      "--impact-max-users",
    );
    const options = { ...(impact.users ? { impactUsers: { maxUsers } } : {}), impactGroups: impact.groups };
    const toFile = typeof values.out === "string";
    let report: string;
    let plans: Plan[];
    let failed = false;
    let summary = () => {};
    if (all) {
      // Every org at once; one org's failure is its cell in the report, not the run's end.
      const outcomes = await Promise.all(targets.map((target) => planOrg(target, options, io)));
      report = renderOrgs(outcomes, format, file, io, toFile);
      plans = outcomes.flatMap((o) => (o.status === "planned" ? [o.plan] : []));
      for (const o of outcomes)
        if (o.status === "error") {
          failed = true;
          io.stderr.write(`okta-drift [${o.org}]: ${o.error}\n`);
        }
    } else {
      const target = targets[0]!;
      const okta = oktaAdmin(target, io);
      const { plan } = await planEngine(target.loaded, okta, options);
      summary = () => summarize(plan, okta, target, io);
      report = render(plan, format, file, io, toFile);
      plans = [plan];
    }
    // node:fs/promises loads only when a report goes to a file (~3 ms of a cold start).
    if (typeof values.out === "string")
      await (await import("node:fs/promises"))
        .writeFile(values.out, report)
        .catch((error: NodeJS.ErrnoException) => {
          throw new UserError(
            `cannot write the report to ${values.out}: ${error.code === "ENOENT" ? "its folder does not exist" : (error.code ?? error.message)}`,
          );
        });
    else io.stdout.write(report);
    summary();
    for (const plan of plans)
      if (failsRun(plan.findings)) {
        io.stderr.write(
          `okta-drift${plan.org ? ` [${plan.org}]` : ""}: claim lint: ${countOf(plan.findings)}\n`,
        );
        failed = true;
      }
    if (failed) return EXIT.error;
    return plans.some((p) => p.changes.length > 0) ? EXIT.drift : EXIT.ok;
  },
};

/** One org's plan, or the error that stopped it (an error the user can act on; a bug still throws). */
async function planOrg(
  target: OrgTarget,
  options: Parameters<typeof planEngine>[2],
  io: CliIo,
): Promise<OrgPlan> {
  const org = target.org ?? "";
  const url = target.url.origin;
  try {
    const okta = oktaAdmin(target, io);
    const { plan } = await planEngine(target.loaded, okta, options);
    summarize(plan, okta, target, io);
    return { org, url, status: "planned", plan };
  } catch (error) {
    if (error instanceof UserError || error instanceof SpecError)
      return { org, url, status: "error", error: error.message };
    throw error;
  }
}

function summarize(plan: Plan, okta: AdminGateway, target: OrgTarget, io: CliIo): void {
  const s = okta.stats;
  io.stderr.write(
    `okta-drift${target.org === undefined ? "" : ` [${target.org}]`}: ${plan.changes.length === 0 ? "no drift" : `${plan.changes.length} change(s)`}; ${s.requests} request(s) to ${okta.orgUrl.host}${s.retries ? `, ${s.retries} retried` : ""}${s.rateLimited ? `, ${s.rateLimited} rate-limited` : ""}\n`,
  );
}

function renderOrgs(
  outcomes: OrgPlan[],
  format: Format,
  specFile: string,
  io: CliIo,
  toFile: boolean,
): string {
  switch (format) {
    case "json":
      return `${JSON.stringify(orgsJsonReport(outcomes), null, 2)}\n`;
    case "sarif":
      return `${JSON.stringify(orgsSarifReport(outcomes), null, 2)}\n`;
    case "markdown":
      return orgsMarkdownReport(outcomes, {
        specFile,
        applyHint: (org, plan) =>
          `To apply: \`okta-drift apply --spec ${specFile} --org ${org} --plan-hash ${plan.hash}\``,
      });
    case "text":
      return orgsTextReport(outcomes, { color: !toFile && io.stdout.isTTY === true });
  }
}

function render(plan: Plan, format: Format, specFile: string, io: CliIo, toFile: boolean): string {
  switch (format) {
    case "json":
      return `${JSON.stringify(jsonReport(plan), null, 2)}\n`;
    case "sarif":
      return `${JSON.stringify(sarifReport(plan), null, 2)}\n`;
    case "markdown":
      return markdownReport(plan, {
        specFile,
        applyHint: `To apply: \`okta-drift apply --spec ${specFile}${plan.org === undefined ? "" : ` --org ${plan.org}`} --plan-hash ${plan.hash}\``,
      });
    case "text":
      return textReport(plan, { color: !toFile && io.stdout.isTTY === true });
  }
}
