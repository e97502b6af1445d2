#!/usr/bin/env node
import { runCli } from "./run.js";

/** Resolves on the first SIGINT or SIGTERM, so long-running commands can stop cleanly. */
const stopSignal = new Promise<void>((resolve) => {
  process.once("SIGINT", () => resolve());
  process.once("SIGTERM", () => resolve());
});

process.exitCode = await runCli(process.argv.slice(2), {
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  stopSignal,
});
// Signal listeners would keep nothing alive, but be explicit: a finished command exits.
process.exit();
