import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/printable.ts
function printable(text) {
  return text.replace(UNPRINTABLE, (c) => `\\u{${c.codePointAt(0).toString(16)}}`);
}
var UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;

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
  printable,
  formatProblem,
  SpecError,
  UserError
};
