// npm run bench: bundles bench/bench.ts (it drives the engine and the embedded tenant from
// source) and runs it. Needs dist/ built: the memory figure is the real CLI's.
import { mkdirSync } from "node:fs";
import { build } from "esbuild";

mkdirSync(".bench", { recursive: true });
await build({
  entryPoints: {
    bench: "bench/bench.ts",
    "emulator-worker": "bench/emulator-worker.ts",
    "got-floor": "bench/got-floor.ts",
  },
  outdir: ".bench",
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  target: "node24",
  format: "esm",
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  logLevel: "warning",
});
await import(new URL("../.bench/bench.mjs", import.meta.url).href);
