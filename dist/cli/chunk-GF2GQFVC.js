import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  printable
} from "./chunk-YPXYFTOR.js";

// src/errors.ts
function formatProblem(p) {
  return printable(`${p.file}:${p.line}:${p.col} ${p.field ? `${p.field}: ` : ""}${p.message}`);
}
var SpecError = class extends Error {
  constructor(problems) {
    super(problems.map(formatProblem).join("\n"));
    this.problems = problems;
  }
  problems;
  name = "SpecError";
};
var UserError = class extends Error {
  name = "UserError";
};

export {
  formatProblem,
  SpecError,
  UserError
};
