import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The Okta wire reference the fidelity tests use: Okta's OpenAPI spec and recorded traffic,
 * copied into the repository with their sources and licenses (fixtures/okta-reference/README.md).
 */
export const REFERENCE = join(import.meta.dirname, "..", "fixtures", "okta-reference");

export function referenceFile(...parts: string[]): string {
  const path = join(REFERENCE, ...parts);
  if (!existsSync(path)) throw new Error(`the Okta wire reference is missing: ${path}`);
  return readFileSync(path, "utf8");
}
