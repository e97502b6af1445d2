import { printable } from "./printable.js";

/** A place in a user's file. Lines and columns are 1-based. */
export interface SourceLocation {
  file: string;
  line: number;
  col: number;
}

/** One problem in a spec, located at the field it is about. */
export interface SpecProblem extends SourceLocation {
  /** The field's path, e.g. `authorizationServers[0].claims[1].valueType`; empty for the file. */
  field: string;
  message: string;
}

/** `file:line:col field: message`, with the spec's own text kept printable (see printable.ts). */
export function formatProblem(p: SpecProblem): string {
  return printable(`${p.file}:${p.line}:${p.col} ${p.field ? `${p.field}: ` : ""}${p.message}`);
}

/** A spec that cannot be used; carries every problem found, not just the first. */
export class SpecError extends Error {
  override name = "SpecError";
  constructor(readonly problems: SpecProblem[]) {
    super(problems.map(formatProblem).join("\n"));
  }
}

/** An error the user can fix (bad input, refused operation); printed without a stack trace. */
export class UserError extends Error {
  override name = "UserError";
}
