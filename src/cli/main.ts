#!/usr/bin/env node
import { loadBundle } from "./code-cache.js";
import { chooseCommand } from "./commands.js";
import { keepYoungGenerationSmall } from "./heap.js";
import { type CliIo, EXIT } from "./io.js";
import { redactingIo } from "./redacting.js";

/**
 * The binary. What it needs before a command is chosen is bundled into this file; each
 * command is one bundle of its own (dist/cli/<command>.js, scripts/build.mjs) holding all the
 * code it can run, so a cold start loads two files, not the dozens of chunks a shared split
 * makes (each costs node's module loader ~1 ms), and compiles the command's bundle with V8's
 * code cache of an earlier run of it (code-cache.ts).
 */
interface CommandBundle {
  run(args: string[], io: CliIo): Promise<number>;
}

/** Each command bundle's content hash, given by the build (scripts/build.mjs). */
declare const OKTA_DRIFT_BUNDLE_HASHES: Record<string, string>;

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
  // A command that reads a tenant in bulk keeps a small young generation (heap.ts).
  if (chosen.info.readsTenant) keepYoungGenerationSmall();
  // The name is one of COMMANDS' own keys (chooseCommand): never a path from the command line.
  const bundle = loadBundle<CommandBundle>(
    new URL(`./cli/${chosen.name}.js`, import.meta.url),
    `${chosen.name}-${OKTA_DRIFT_BUNDLE_HASHES[chosen.name]}`,
    process.env,
  );
  const code = await bundle.exports.run(chosen.rest, io);
  process.exitCode = code;
  // The cache is made from a run that did the command's work (not its --help, not a failure):
  // it holds the code that work compiled.
  if ((code === EXIT.ok || code === EXIT.drift) && !chosen.rest.includes("--help")) bundle.saveCodeCache();
}
// A finished command exits, whatever is still open. Output to a pipe is written
// asynchronously: it is drained first, or a long report is cut short.
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
