import { type CommandName, chooseCommand } from "./commands.js";
import type { CliIo, Command } from "./io.js";
import { redactingIo } from "./redacting.js";
import { runCommand } from "./run-command.js";

/** Each command's code, loaded only when it runs. */
const LOADERS: Record<CommandName, () => Promise<Command>> = {
  validate: async () => (await import("./validate.js")).validateCommand,
  plan: async () => (await import("./plan.js")).planCommand,
  apply: async () => (await import("./apply.js")).applyCommand,
  smoke: async () => (await import("./smoke.js")).smokeCommand,
  import: async () => (await import("./import.js")).importCommand,
  rules: async () => (await import("./rules.js")).rulesCommand,
  schema: async () => (await import("./schema.js")).schemaCommand,
  emulator: async () => (await import("./emulator.js")).emulatorCommand,
  demo: async () => (await import("./demo.js")).demoCommand,
};

/**
 * Runs one CLI invocation in-process (the tests; the binary, main.ts, loads each command's
 * own bundle instead) and returns its exit code; never calls process.exit.
 */
export async function runCli(argv: string[], given: CliIo): Promise<number> {
  const chosen = chooseCommand(argv, redactingIo(given));
  if (typeof chosen === "number") return chosen;
  return runCommand(chosen.name, await LOADERS[chosen.name](), chosen.rest, given);
}
