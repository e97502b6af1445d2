#!/usr/bin/env node
import module from "node:module";

// Node's on-disk cache of compiled code (off with NODE_DISABLE_COMPILE_CACHE=1): a second run
// of the CLI skips compiling what the first one compiled. It must be on before anything loads,
// so the rest of the CLI is imported after it.
module.enableCompileCache?.();
const [{ runCli }, { keepYoungGenerationSmall }] = await Promise.all([
  import("./run.js"),
  import("./heap.js"),
]);

/**
 * SIGINT and SIGTERM end the process at once, as a cancelled CI job expects (exit 130 and
 * 143; requests in flight die with it). Only a command that asks for a clean stop (the
 * emulator) is told of the first signal instead; a second one ends the process all the same.
 */
const EXIT_ON = { SIGINT: 130, SIGTERM: 143 } as const;
let stopping: (() => void) | undefined;
for (const [signal, code] of Object.entries(EXIT_ON)) {
  process.on(signal, () => {
    const stop = stopping;
    stopping = undefined;
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
  stopSignal: () =>
    new Promise<void>((resolve) => {
      stopping = resolve;
    }),
});
// A finished command exits, whatever is still open (the compile cache written first). Output
// to a pipe is written asynchronously: it is drained first, or a long report is cut short.
(module as { flushCompileCache?: () => void }).flushCompileCache?.();
await Promise.all([process.stdout, process.stderr].map(drained));
process.exit();

/** Resolves once what was written to the stream has been handed on (or the reader has gone). */
function drained(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    // A reader that went away (`| head`) is an error on the stream, not the command's failure.
    stream.once("error", () => resolve());
    stream.write("", () => resolve());
  });
}
