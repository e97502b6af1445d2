import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  jsonSchema
} from "./chunk-A6RFARTR.js";
import "./chunk-7HFIG22D.js";
import "./chunk-BJWWQOQD.js";
import {
  EXIT
} from "./chunk-6E7DBK6M.js";

// src/cli/schema.ts
var schemaCommand = {
  help: `Usage: okta-drift schema

Prints the JSON Schema of the spec to stdout. The same schema is published in the repository as
schema/okta-drift.schema.json; point yaml-language-server at it with a first line such as
  # yaml-language-server: $schema=https://.../okta-drift.schema.json`,
  options: {},
  async run(_values, io) {
    io.stdout.write(`${JSON.stringify(jsonSchema(), null, 2)}
`);
    return EXIT.ok;
  }
};
export {
  schemaCommand
};
