import { planJsonSchema } from "../report/json-schema.js";
import { jsonSchema } from "../spec/schema.js";
import { type Command, EXIT } from "./io.js";

export const schemaCommand: Command = {
  help: `Usage: okta-drift schema [--plan]

Prints the JSON Schema of the spec to stdout. The same schema is published in the repository as
schema/okta-drift.schema.json; point yaml-language-server at it with a first line such as
  # yaml-language-server: $schema=https://.../okta-drift.schema.json

Options:
  --plan   print the JSON Schema of plan --format json instead (published as
           schema/okta-drift-plan.schema.json)`,
  options: { plan: { type: "boolean" } },
  async run(values, io) {
    const schema = values.plan ? planJsonSchema() : jsonSchema();
    io.stdout.write(`${JSON.stringify(schema, null, 2)}\n`);
    return EXIT.ok;
  },
};
