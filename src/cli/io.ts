import type { ParseArgsConfig } from "node:util";

/** What a command may touch of its process: passed in, so commands are testable in-process. */
export interface CliIo {
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
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
  usage: string;
  summary: string;
  help: string;
  options: NonNullable<ParseArgsConfig["options"]>;
  run(values: Record<string, string | boolean | undefined>, io: CliIo): Promise<number>;
}
