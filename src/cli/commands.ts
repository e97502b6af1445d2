import type { ParseArgsConfig } from "node:util";
import { applyCommand } from "./apply.js";
import { demoCommand } from "./demo.js";
import { emulatorCommand } from "./emulator.js";
import type { CliIo } from "./io.js";
import { planCommand } from "./plan.js";
import { schemaCommand } from "./schema.js";
import { smokeCommand } from "./smoke.js";
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
  plan: planCommand,
  apply: applyCommand,
  smoke: smokeCommand,
  schema: schemaCommand,
  emulator: emulatorCommand,
  demo: demoCommand,
};
