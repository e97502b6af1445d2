import type { SourceLocation } from "../errors.js";

/** One finding of a claim lint rule, at the spec field it is about. */
export interface Finding {
  rule: string;
  severity: "error" | "warning";
  message: string;
  spec: SourceLocation & { field: string };
  /** The reason the spec gave for silencing this rule here; an ignored finding is still listed. */
  ignored?: string;
}

/** Whether findings should fail the run: an error that the spec did not silence. */
export function failsRun(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === "error" && f.ignored === undefined);
}
