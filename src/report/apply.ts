import type { ApplyOutcome, Write } from "../model/apply.js";
import { changeName } from "./json.js";

function describeWrite(write: Write): string {
  return `${write.method} ${write.path}  (${write.changes.map(changeName).join("; ")})`;
}

/** What apply did, for a terminal or a job log. */
export function applyTextReport(outcome: ApplyOutcome): string {
  const lines: string[] = [];
  if (outcome.writes.length === 0) {
    lines.push("Nothing to apply: Okta matches the spec.");
  } else if (outcome.shown) {
    lines.push(
      `Dry run: ${outcome.shown.length} request(s) would be sent (secrets masked); nothing was written.`,
    );
    for (const { write, body } of outcome.shown) {
      lines.push("", describeWrite(write));
      if (body !== undefined) lines.push(JSON.stringify(body, null, 2));
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
  // A dry run applied nothing: every write is "not attempted", and the requests say what it would send.
  const dryRun = outcome.shown !== undefined;
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
      requestId: error.requestId ?? null,
    })),
    notAttempted: (dryRun ? outcome.writes : outcome.notAttempted).map(row),
    ...(outcome.shown
      ? { requests: outcome.shown.map((s) => ({ ...row(s.write), body: s.body ?? null })) }
      : {}),
  };
}
