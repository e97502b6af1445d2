import { createRequire } from "node:module";

/**
 * The builtins a command that talks to Okta loads (got's; node:v8 is loaded for the flag).
 * They are loaded before the flag changes: a builtin loaded after it is compiled without the
 * code cache node embeds for it (V8 refuses a cache made under other flags; ~17 ms more).
 * A test of the built CLI fails when one is loaded after the flag.
 */
const BUILTINS_FIRST = [
  "crypto",
  "dns",
  "http",
  "https",
  "net",
  "os",
  "process",
  "stream",
  "stream/promises",
  "timers/promises",
  "tls",
  "zlib",
];

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
 * V8 reads each time it would grow, is set here, before the command's bundle loads (its code
 * cache is made and read under the same flags, code-cache.ts). The web streams got's first
 * request would load (`body instanceof ReadableStream`) are loaded first, with the builtins.
 */
export function keepYoungGenerationSmall(): void {
  const require = createRequire(import.meta.url);
  for (const name of BUILTINS_FIRST) require(`node:${name}`);
  void globalThis.ReadableStream;
  (require("node:v8") as typeof import("node:v8")).setFlagsFromString("--semi-space-growth-factor=1");
}
