import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  printable
} from "./chunk-YPXYFTOR.js";

// src/model/lint.ts
function failsRun(findings) {
  return findings.some((f) => f.severity === "error" && f.ignored === void 0);
}

// src/report/lint.ts
function findingLine(f) {
  const ignored = f.ignored === void 0 ? "" : ` (ignored: ${f.ignored})`;
  return printable(
    `${f.spec.file}:${f.spec.line}:${f.spec.col} ${f.severity} ${f.rule}: ${f.message}${ignored}`
  );
}
function findingsText(findings) {
  if (findings.length === 0) return [];
  return ["", `Claim lint: ${countOf(findings)}`, ...findings.map((f) => `  ${findingLine(f)}`)];
}
function countOf(findings) {
  const active = findings.filter((f) => f.ignored === void 0);
  const errors = active.filter((f) => f.severity === "error").length;
  const warnings = active.length - errors;
  const ignored = findings.length - active.length;
  return [
    `${errors} error${errors === 1 ? "" : "s"}`,
    `${warnings} warning${warnings === 1 ? "" : "s"}`,
    ...ignored > 0 ? [`${ignored} ignored`] : []
  ].join(", ");
}

export {
  failsRun,
  findingLine,
  findingsText,
  countOf
};
