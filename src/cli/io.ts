import type { ParseArgsConfig } from "node:util";
import type { Redactor } from "../secret.js";

/** Where a command prints: a stream, or anything that takes text. */
export interface Output {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** What a command may touch of its process: passed in, so commands are testable in-process. */
export interface CliIo {
  env: NodeJS.ProcessEnv;
  stdout: Output;
  stderr: Output;
  /** The secrets known to the run, scrubbed from stdout and stderr (redacting.ts sets it up). */
  secrets?: Redactor;
  /**
   * For a long-running command that stops cleanly: resolves on the next SIGINT or SIGTERM,
   * which then no longer ends the process at once. Other commands never call it.
   */
  stopSignal?: () => Promise<void>;
}

/** Exit codes shared by every command, as in `terraform plan -detailed-exitcode`. */
export const EXIT = { ok: 0, error: 1, drift: 2 } as const;

/** One subcommand: its help, its options and what it does. */
export interface Command {
  help: string;
  options: NonNullable<ParseArgsConfig["options"]>;
  run(values: Record<string, string | boolean | undefined>, io: CliIo): Promise<number>;
}
