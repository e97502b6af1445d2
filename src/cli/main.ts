#!/usr/bin/env node
import module from "node:module";
import { chooseCommand } from "./commands.js";
import { keepYoungGenerationSmall } from "./heap.js";
import type { CliIo } from "./io.js";
import { redactingIo } from "./redacting.js";

/**
 * The binary. What it needs before a command is chosen is bundled into this file; each
 * command is one bundle of its own (dist/cli/<command>.js, scripts/build.mjs) holding all the
 * code it can run, so a cold start loads two files, not the dozens of chunks a shared split
 * makes (each costs node's module loader ~1 ms).
 */
interface CommandBundle {
  run(args: string[], io: CliIo): Promise<number>;
}

// Node's on-disk cache of compiled code (off with NODE_DISABLE_COMPILE_CACHE=1): a second run
// of the CLI skips compiling what the first one compiled. It must be on before the command's
// bundle loads.
module.enableCompileCache?.();

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

const io: CliIo = {
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  stopSignal: () =>
    new Promise<void>((resolve) => {
      stopping = resolve;
    }),
};
const chosen = chooseCommand(process.argv.slice(2), redactingIo(io));
if (typeof chosen === "number") process.exitCode = chosen;
else {
  // The name is one of COMMANDS' own keys (chooseCommand): never a path from the command line.
  const bundle: CommandBundle = await import(new URL(`./cli/${chosen.name}.js`, import.meta.url).href);
  // A command that reads a tenant in bulk keeps a small young generation (heap.ts).
  if (chosen.info.readsTenant) keepYoungGenerationSmall();
  process.exitCode = await bundle.run(chosen.rest, io);
}
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
