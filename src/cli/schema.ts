import { jsonSchema } from "../spec/schema.js";
import { type Command, EXIT } from "./io.js";

export const schemaCommand: Command = {
  help: `Usage: okta-drift schema

Prints the JSON Schema of the spec to stdout. The same schema is published in the repository as
schema/okta-drift.schema.json; point yaml-language-server at it with a first line such as
  # yaml-language-server: $schema=https://.../okta-drift.schema.json`,
  options: {},
  async run(_values, io) {
    io.stdout.write(`${JSON.stringify(jsonSchema(), null, 2)}\n`);
    return EXIT.ok;
  },
};
