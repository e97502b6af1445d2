import type { ApplyOutcome } from "../apply/apply.js";
import { maskSecrets, requestBody, type Write } from "../apply/writes.js";
import { changeName } from "./json.js";

function describeWrite(write: Write): string {
  return `${write.method} ${write.path}  (${write.changes.map(changeName).join("; ")})`;
}

/** What apply did, for a terminal or a job log. */
export function applyTextReport(outcome: ApplyOutcome): string {
  const lines: string[] = [];
  if (outcome.writes.length === 0) {
    lines.push("Nothing to apply: Okta matches the spec.");
  } else if (outcome.dryRun) {
    lines.push(
      `Dry run: ${outcome.writes.length} request(s) would be sent (secrets masked); nothing was written.`,
    );
    for (const write of outcome.writes) {
      lines.push("", describeWrite(write));
      const body = requestBody(write);
      if (body !== undefined) lines.push(JSON.stringify(maskSecrets(body), null, 2));
    }
  } else {
    lines.push(
      outcome.failed.length > 0
        ? "Apply stopped at a failure."
        : `Applied ${outcome.applied.length} write(s).`,
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
  return `${lines.join("\n")}\n`;
}

/** The same as JSON, for scripts. */
export function applyJsonReport(outcome: ApplyOutcome): object {
  const row = (write: Write) => ({
    method: write.method,
    path: write.path,
    changes: write.changes.map(changeName),
  });
  return {
    planHash: outcome.plan.hash,
    dryRun: outcome.dryRun,
    applied: outcome.applied.map(row),
    failed: outcome.failed.map(({ write, error }) => ({
      ...row(write),
      status: error.status ?? null,
      errorCode: error.errorCode ?? null,
      errorSummary: error.errorSummary,
      errorCauses: error.errorCauses.map((c) => c.errorSummary),
      requestId: error.requestId ?? null,
    })),
    notAttempted: outcome.notAttempted.map(row),
    ...(outcome.dryRun
      ? { requests: outcome.writes.map((w) => ({ ...row(w), body: maskSecrets(requestBody(w)) ?? null })) }
      : {}),
  };
}
