#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/cli/main.ts
import module from "node:module";
module.enableCompileCache?.();
var [{ runCli }, { keepYoungGenerationSmall }] = await Promise.all([
  import("./cli/run-GFZN46XD.js"),
  import("./cli/heap-Q4KT7VGD.js")
]);
var EXIT_ON = { SIGINT: 130, SIGTERM: 143 };
var stopping;
for (const [signal, code] of Object.entries(EXIT_ON)) {
  process.on(signal, () => {
    const stop = stopping;
    stopping = void 0;
    if (stop) stop();
    else process.exit(code);
  });
}
process.exitCode = await runCli(process.argv.slice(2), {
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  // A command that reads a tenant in bulk keeps a small young generation (heap.ts).
  loaded: ({ readsTenant }) => {
    if (readsTenant) keepYoungGenerationSmall();
  },
  stopSignal: () => new Promise((resolve) => {
    stopping = resolve;
  })
});
module.flushCompileCache?.();
await Promise.all([process.stdout, process.stderr].map(drained));
process.exit();
function drained(stream) {
  return new Promise((resolve) => {
    stream.once("error", () => resolve());
    stream.write("", () => resolve());
  });
}
