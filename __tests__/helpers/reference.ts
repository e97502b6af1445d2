import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** ../shared/okta-reference beside the repository: the wire reference, its OpenAPI and cassettes. */
export const REFERENCE = join(import.meta.dirname, "..", "..", "..", "shared", "okta-reference");

export function referenceFile(...parts: string[]): string {
  const path = join(REFERENCE, ...parts);
  if (!existsSync(path))
    throw new Error(
      `the Okta wire reference is missing: ${path} (it lives in ../shared beside the repository)`,
    );
  return readFileSync(path, "utf8");
}
