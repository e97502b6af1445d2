// The GitHub Action's entry point; see issue 7. Until the Action lands it only validates the spec.
import * as core from "@actions/core";
import { readSpecFile } from "../cli/spec-file.js";
import { SpecError } from "../errors.js";

try {
  const file = core.getInput("spec") || "okta-drift.yml";
  await readSpecFile(file);
  core.info(`${file}: valid`);
} catch (error) {
  if (error instanceof SpecError) {
    for (const p of error.problems)
      core.error(p.message, { file: p.file, startLine: p.line, startColumn: p.col, title: p.field });
  }
  core.setFailed((error as Error).message);
}
