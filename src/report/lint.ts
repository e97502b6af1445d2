import type { Finding } from "../model/lint.js";
import { printable } from "../printable.js";

/** One finding as a line, like a compiler's: `file:line:col severity rule: message`. */
export function findingLine(f: Finding): string {
  const ignored = f.ignored === undefined ? "" : ` (ignored: ${f.ignored})`;
  return printable(
    `${f.spec.file}:${f.spec.line}:${f.spec.col} ${f.severity} ${f.rule}: ${f.message}${ignored}`,
  );
}

/** The findings for the text report: a heading and a line each; nothing when there are none. */
export function findingsText(findings: readonly Finding[]): string[] {
  if (findings.length === 0) return [];
  return ["", `Claim lint: ${countOf(findings)}`, ...findings.map((f) => `  ${findingLine(f)}`)];
}

export function countOf(findings: readonly Finding[]): string {
  const active = findings.filter((f) => f.ignored === undefined);
  const errors = active.filter((f) => f.severity === "error").length;
  const warnings = active.length - errors;
  const ignored = findings.length - active.length;
  return [
    `${errors} error${errors === 1 ? "" : "s"}`,
    `${warnings} warning${warnings === 1 ? "" : "s"}`,
    ...(ignored > 0 ? [`${ignored} ignored`] : []),
  ].join(", ");
}
