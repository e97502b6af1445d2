import { applyCommand } from "./apply.js";
import { demoCommand } from "./demo.js";
import { emulatorCommand } from "./emulator.js";
import { importCommand } from "./import.js";
import type { Command } from "./io.js";
import { planCommand } from "./plan.js";
import { schemaCommand } from "./schema.js";
import { smokeCommand } from "./smoke.js";
import { validateCommand } from "./validate.js";

export const COMMANDS: Record<string, Command> = {
  validate: validateCommand,
  plan: planCommand,
  apply: applyCommand,
  smoke: smokeCommand,
  import: importCommand,
  schema: schemaCommand,
  emulator: emulatorCommand,
  demo: demoCommand,
};
