import type { ParseArgsConfig } from "node:util";
import { emulatorCommand } from "./emulator.js";
import type { CliIo } from "./io.js";
import { schemaCommand } from "./schema.js";
import { validateCommand } from "./validate.js";

export interface Command {
  usage: string;
  summary: string;
  help: string;
  options: NonNullable<ParseArgsConfig["options"]>;
  run(values: Record<string, string | boolean | undefined>, io: CliIo): Promise<number>;
}

export const COMMANDS: Record<string, Command> = {
  validate: validateCommand,
  schema: schemaCommand,
  emulator: emulatorCommand,
};
