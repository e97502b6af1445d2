import { createRequire } from "node:module";

/**
 * Keeps V8's young generation at its starting size for the rest of a short-lived command.
 *
 * A plan of a large tenant makes its garbage in bursts (the spec, then Okta's answers), and V8
 * doubles the young generation after each burst that survives a collection, up to 3 × 32 MB:
 * about 100 MB of a 1,000-app plan's peak memory, for a process that lives a second or two.
 * Kept small, the young generation is collected more often, at a cost within the bench's noise.
 * Only the doubling is turned off: a full collection may still size it to what survives.
 *
 * Node reads V8's heap sizes only at start, and the CLI cannot pass flags to its own node (a
 * shebang's arguments break npm's Windows shim and Alpine's env), so the growth factor, which
 * V8 reads each time it would grow, is set here. Changing a V8 flag at run time makes V8 refuse
 * code caches made under the old flags, so this runs once the command's code has loaded, and
 * loads first the web streams got's first request would load (`body instanceof ReadableStream`).
 * node:v8 is required here, not imported: loading it costs ~3 ms before got's modules, ~1 after.
 */
export function keepYoungGenerationSmall(): void {
  void globalThis.ReadableStream;
  const v8: typeof import("node:v8") = createRequire(import.meta.url)("node:v8");
  v8.setFlagsFromString("--semi-space-growth-factor=1");
}
